"""Seeds the contributors, the demo articles' credits and the royalties of the last two months from ``data/royalties.toml``.

Through the services, as the admin does it: credits with ``article_credits_save`` (which builds the
byline), grades with ``credit_grade``, the months with ``royalty_period_create``, ``royalty_period_submit``
and the leader's ``royalty_period_approve``. Idempotent: an article that has credits and a month
that has a statement are left alone.
"""

import datetime
from itertools import cycle

from django.db import transaction
from django.utils import timezone

from news.enums import CreditKind
from news.models import Article, Credit, RoyaltyPeriod, RoyaltyRate
from news.selectors.royalties import month_credits, royalty_statement
from news.services.articles import article_save
from news.services.credits import article_credits_save, contributor_for_user, contributor_get_or_create
from news.services.royalties import (
    credit_grade,
    royalty_period_approve,
    royalty_period_create,
    royalty_period_submit,
)
from portal.models.core import Unit, User

from .content import DemoDataError, load, pick


@transaction.atomic
def seed(*, stdout) -> None:
    data = load("royalties")
    users = {
        user.username: user
        for user in User.objects.filter(username__in=[data["editor"], data["leader"], *data["graders"]])
    }
    editor, leader = pick(users, data["editor"], what="editor"), pick(users, data["leader"], what="leader")
    graders = [pick(users, name, what="grader") for name in data["graders"]]
    units = {unit.code: unit for unit in Unit.objects.exclude(code="")}
    by_pen_name = {}
    for row in data["contributors"]:
        contributor, created = contributor_get_or_create(
            full_name=row["full_name"],
            unit=pick(units, row["unit"], what=f"unit of {row['full_name']}"),
            pen_name=row.get("pen_name", ""),
            phone=row.get("phone", ""),
            email=row.get("email", ""),
        )
        by_pen_name[contributor.byline_name] = contributor
    photographer = pick(by_pen_name, data["photographer"], what="photographer (a contributor's pen name or name)")

    credited = 0
    for article in Article.objects.filter(credits__isnull=True).select_related("created_by").order_by("pk"):
        author = by_pen_name.get(article.byline)
        if author is None:
            if article.byline:
                article.byline_custom = True  # an office's name, not a person's: kept as typed
                article_save(article=article, by=editor, is_new=False, changed_fields=["byline_custom"])
            author = contributor_for_user(user=article.created_by)
        credits = [Credit(contributor=author, kind=CreditKind.TEXT, share=100)]
        if article.cover and photographer != author:
            credits.append(Credit(contributor=photographer, kind=CreditKind.PHOTO, share=100, order=1))
        article_credits_save(article=article, by=editor, saved=credits, deleted=[])
        credited += 1

    grades = _grades(data["grades"])
    this_month = timezone.localdate().replace(day=1)
    last_month = (this_month - datetime.timedelta(days=1)).replace(day=1)
    made = []
    for month, every in ((last_month, 1), (this_month, 2)):
        if RoyaltyPeriod.objects.filter(month=month).exists():
            continue
        period = royalty_period_create(month=month, unit_value=data["unit_value"], by=editor)
        for index, credit in enumerate(month_credits(month)):
            if index % every == 0:
                rate, coefficient = next(grades[credit.kind])
                grader = next(g for g in graders if g.pk != credit.contributor.user_id)
                credit_grade(credit=credit, rate=rate, coefficient=coefficient, by=grader)
        if month == last_month:
            royalty_period_submit(period=period, by=editor)
            royalty_period_approve(period=period, by=leader, digest=royalty_statement(period).digest)
        made.append(period)
    stdout.write(f"Nhuận bút mẫu: {credited} bài được ghi tác giả, {len(made)} bảng nhuận bút mới.")


def _grades(rows: list[dict]) -> dict[str, cycle]:
    """Per kind of work, the (rate, coefficient) pairs to grade with in turn; a kind the file leaves out gets its lowest."""
    rates = list(RoyaltyRate.objects.all())
    by_kind: dict[str, list] = {}
    for row in rows:
        rate = next((r for r in rates if r.kind == row["kind"] and r.label.startswith(row["rate"])), None)
        if rate is None:
            raise DemoDataError(
                f"royalties.toml: no row of kind {row['kind']} of the royalty table starts with {row['rate']!r}"
            )
        by_kind.setdefault(row["kind"], []).append((rate, row["coefficient"]))
    for rate in rates:
        by_kind.setdefault(rate.kind, [(rate, rate.min_coefficient)])
    return {kind: cycle(pairs) for kind, pairs in by_kind.items()}
