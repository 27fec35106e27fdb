"""Reads of the royalties (nhuận bút): a month's credits, and its statement, the one computation every view uses."""

import datetime
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from ..enums import ArticleStatus, CreditKind, RoyaltyPeriodStatus
from ..models import Article, Credit, RoyaltyAdjustment, RoyaltyPeriod
from ..models.credits import royalty_amount


def month_start(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def _next_month(month: datetime.date) -> datetime.date:
    return (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def month_bounds(month: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The month as two aware moments in the portal's time zone (a month starts at 00:00 Vietnamese time)."""
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(month, datetime.time.min, tzinfo=zone)
    return start, datetime.datetime.combine(_next_month(month), datetime.time.min, tzinfo=zone)


def went_live_month(article: Article) -> datetime.date | None:
    """The month whose statement pays the article: the month it went live in, Vietnamese time."""
    if article.publish_at is None or article.status not in (ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED):
        return None
    return month_start(timezone.localdate(article.publish_at))


def month_credits(month: datetime.date, *, now=None) -> QuerySet[Credit]:
    """Credits of the articles that went live in ``month`` (and were not merely scheduled), those taken down since included."""
    start, end = month_bounds(month)
    now = now or timezone.now()
    return (
        Credit.objects.filter(
            article__status__in=[ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED],
            article__publish_at__gte=start,
            article__publish_at__lt=end,
            article__publish_at__lte=now,
        )
        .select_related("contributor", "contributor__unit", "rate", "article")
        .order_by("contributor__unit__name", "contributor__full_name", "article__publish_at", "pk")
    )


def frozen_period_of(*, article: Article, lock: bool = False) -> RoyaltyPeriod | None:
    """The approved (or paid) period that pays ``article``, if any: its credits may no longer change.

    With ``lock`` the period's row is locked until the transaction ends, so that a grade and the
    leader's approval never cross.
    """
    month = went_live_month(article)
    if month is None:
        return None
    periods = RoyaltyPeriod.objects.filter(month=month)
    if lock:
        periods = periods.select_for_update()
    period = periods.first()
    return period if period is not None and period.is_frozen else None


@dataclass
class StatementLine:
    """A graded credit, or a correction of an earlier month (``credit`` None, ``adjustment`` set)."""

    credit: Credit | None
    contributor_name: str
    unit_name: str
    article_title: str
    kind: str
    rate_label: str
    coefficient: Decimal | None
    share: Decimal | None
    amount: Decimal
    adjustment: RoyaltyAdjustment | None = None


@dataclass
class StatementTotal:
    name: str
    unit_name: str = ""
    lines: int = 0
    amount: Decimal = Decimal(0)


@dataclass
class RoyaltyStatement:
    period: RoyaltyPeriod
    lines: list[StatementLine] = field(default_factory=list)
    ungraded: list[Credit] = field(default_factory=list)
    by_contributor: list[StatementTotal] = field(default_factory=list)
    by_unit: list[StatementTotal] = field(default_factory=list)
    total: Decimal = Decimal(0)

    @property
    def digest(self) -> str:
        """What the leader approves: every line and the unit value, hashed; any change gives another digest."""
        parts = [str(self.period.unit_value)]
        parts += [
            f"{line.credit.pk}:{line.credit.contributor_id}:{line.credit.kind}:{line.coefficient}:{line.share}:{line.amount}"
            if line.credit
            else f"adjustment:{line.adjustment.pk}:{line.adjustment.contributor_id}:{line.amount}"
            for line in self.lines
        ]
        parts += [f"ungraded:{credit.pk}" for credit in sorted(self.ungraded, key=lambda credit: credit.pk)]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()


def royalty_statement(period: RoyaltyPeriod) -> RoyaltyStatement:
    """The statement of ``period``: one line per graded credit, the ungraded ones apart, totals per contributor and unit.

    Amounts are rounded per line to the đồng; the totals add the rounded lines, so the printed
    statement adds up. Corrections of earlier months paid in this one are lines too. Two queries.
    """
    statement = RoyaltyStatement(period=period)
    kinds = dict(CreditKind.choices)
    by_contributor: dict[int, StatementTotal] = {}
    by_unit: dict[int | None, StatementTotal] = {}
    no_unit = "—"
    for credit in month_credits(period.month):
        if credit.coefficient is None:
            statement.ungraded.append(credit)
            continue
        contributor = credit.contributor
        unit_name = contributor.unit.name if contributor.unit_id else no_unit
        amount = royalty_amount(coefficient=credit.coefficient, share=credit.share, unit_value=period.unit_value)
        statement.lines.append(
            StatementLine(
                credit=credit,
                contributor_name=contributor.full_name,
                unit_name=unit_name,
                article_title=credit.article.title,
                kind=str(kinds.get(credit.kind, credit.kind)),
                rate_label=credit.rate.label if credit.rate_id else "",
                coefficient=credit.coefficient,
                share=credit.share,
                amount=amount,
            )
        )
        person = by_contributor.setdefault(contributor.pk, StatementTotal(contributor.full_name, unit_name))
        unit = by_unit.setdefault(contributor.unit_id, StatementTotal(unit_name))
        for total in (person, unit):
            total.lines += 1
            total.amount += amount
        statement.total += amount
    # Corrections of earlier months, paid in this one: after the month's own lines.
    adjustments = RoyaltyAdjustment.objects.filter(period=period).select_related(
        "contributor", "contributor__unit", "article"
    )
    for adjustment in adjustments:
        contributor = adjustment.contributor
        unit_name = contributor.unit.name if contributor.unit_id else no_unit
        statement.lines.append(
            StatementLine(
                credit=None,
                contributor_name=contributor.full_name,
                unit_name=unit_name,
                article_title=adjustment.article.title if adjustment.article_id else "",
                kind=gettext("Điều chỉnh: %(reason)s") % {"reason": adjustment.reason},
                rate_label="",
                coefficient=None,
                share=None,
                amount=adjustment.amount,
                adjustment=adjustment,
            )
        )
        person = by_contributor.setdefault(contributor.pk, StatementTotal(contributor.full_name, unit_name))
        unit = by_unit.setdefault(contributor.unit_id, StatementTotal(unit_name))
        for total in (person, unit):
            total.lines += 1
            total.amount += adjustment.amount
        statement.total += adjustment.amount
    # In the order of the lines (the database's collation sorts Vietnamese names as people read them).
    statement.by_contributor = list(by_contributor.values())
    statement.by_unit = list(by_unit.values())
    return statement


def periods_awaiting_leaders() -> QuerySet[RoyaltyPeriod]:
    return RoyaltyPeriod.objects.filter(status=RoyaltyPeriodStatus.SUBMITTED).order_by("month")
