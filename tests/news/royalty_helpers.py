"""What the royalty tests share: the middle of this month, a row of the royalty table, a published article's credit."""

import datetime

from django.utils import timezone

from news.models import RoyaltyRate
from tests.factories.news import ArticleFactory, ContributorFactory, CreditFactory


def middle_of_this_month() -> datetime.datetime:
    """10:00 Vietnamese time on the 15th of the real current month: far from either end of the month."""
    today = timezone.localdate()
    return datetime.datetime.combine(today.replace(day=15), datetime.time(10), tzinfo=timezone.get_current_timezone())


def rate(kind: str = "text", low: str = "1", high: str = "3") -> RoyaltyRate:
    """A row of the royalty table of its own (the example table of the migration stays as it is)."""
    row = RoyaltyRate.objects.create(
        kind=kind, label=f"Mức {kind} {low}-{high}", min_coefficient=low, max_coefficient=high
    )
    row.refresh_from_db()
    return row


def live_credit(*, hours_ago: int = 2, **kwargs):
    """A credit of an article that went live ``hours_ago`` hours before now."""
    moment = timezone.now() - datetime.timedelta(hours=hours_ago)
    article = kwargs.pop("article", None) or ArticleFactory(status="published", publish_at=moment, went_live_at=moment)
    kwargs.setdefault("contributor", ContributorFactory())
    return CreditFactory(article=article, **kwargs)
