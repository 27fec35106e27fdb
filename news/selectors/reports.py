"""The newsroom's report for any span of days: per contributor and per unit, what was published, read and rated.

Counted from the credits of the articles that went live in the span (those taken down since
included): an article counts once for each contributor it credits for text, a photo credit
counts as photos. A unit's figures are those of its contributors, so an editor who posts a
school's e-mailed article no longer takes the school's credit.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from portal.models import Unit

from ..enums import ArticleStatus, CreditKind
from ..models import Credit


@dataclass
class ReportRow:
    name: str
    unit_name: str = ""
    articles: set = field(default_factory=set)
    photo_articles: set = field(default_factory=set)
    views: int = 0
    rating_sum: int = 0
    rating_count: int = 0
    target: int | None = None

    @property
    def article_count(self) -> int:
        return len(self.articles)

    @property
    def photo_count(self) -> int:
        return len(self.photo_articles)

    @property
    def rating_average(self) -> float | None:
        return round(self.rating_sum / self.rating_count, 1) if self.rating_count else None

    @property
    def short_of_target(self) -> bool:
        return self.target is not None and self.article_count < self.target


@dataclass
class ContributionReport:
    start: datetime.date
    end: datetime.date
    by_contributor: list[ReportRow]
    by_unit: list[ReportRow]
    silent_units: list[Unit]
    target_per_month: int | None
    unit_target: int | None


def months_in(start: datetime.date, end: datetime.date) -> int:
    """Calendar months the span touches (01/09–30/11 is three), for a monthly target."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def contribution_report(
    *, start: datetime.date, end: datetime.date, target_per_month: int | None = None
) -> ContributionReport:
    """Per contributor and per unit between ``start`` and ``end`` (both included, Vietnamese days); units with nothing listed.

    ``target_per_month``: the number of articles each unit is asked to send a month; the unit rows
    and the silent units carry that target times the months of the span. Two queries.
    """
    zone = timezone.get_current_timezone()
    since = datetime.datetime.combine(start, datetime.time.min, tzinfo=zone)
    until = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)
    credits = (
        Credit.objects.filter(
            article__status__in=[ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED],
            article__publish_at__gte=since,
            article__publish_at__lt=until,
            article__publish_at__lte=timezone.now(),
        )
        .order_by("contributor__unit__name", "contributor__full_name", "pk")
        .values_list(
            "contributor_id",
            "contributor__full_name",
            "contributor__unit_id",
            "contributor__unit__name",
            "kind",
            "article_id",
            "article__view_count",
            "article__rating_sum",
            "article__rating_count",
        )
    )
    target = target_per_month * months_in(start, end) if target_per_month else None
    people: dict[int, ReportRow] = {}
    units: dict[int | None, ReportRow] = {}
    counted: set[tuple[str, object, int]] = set()
    for contributor_id, name, unit_id, unit_name, kind, article_id, views, rating_sum, rating_count in credits:
        unit_label = unit_name or "—"
        person = people.setdefault(contributor_id, ReportRow(name, unit_label))
        unit = units.setdefault(unit_id, ReportRow(unit_label, target=target if unit_id else None))
        for key, row in (("person", person), ("unit", unit)):
            owner = contributor_id if key == "person" else unit_id
            (row.photo_articles if kind == CreditKind.PHOTO else row.articles).add(article_id)
            # An article's views and ratings count once per row, however many credits it gives the row.
            if (key, owner, article_id) not in counted:
                counted.add((key, owner, article_id))
                row.views += views
                row.rating_sum += rating_sum
                row.rating_count += rating_count
    silent = list(Unit.objects.active().exclude(pk__in=[pk for pk in units if pk]).order_by("order", "name"))
    return ContributionReport(
        start=start,
        end=end,
        by_contributor=list(people.values()),
        by_unit=list(units.values()),
        silent_units=silent,
        target_per_month=target_per_month,
        unit_target=target,
    )
