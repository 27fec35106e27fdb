"""The royalty (nhuận bút) writes: grading a credit, and a month's statement from draft to paid.

Money is ``Decimal`` in whole đồng (``news.models.credits.royalty_amount``). A grade and the
leader's approval lock the period's row, so they never cross; an approved period freezes the
grades of its month.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.jobs import queue_after_commit
from portal.permissions import require_permission

from ..enums import RoyaltyPeriodStatus
from ..models import Article, Credit, RoyaltyAdjustment, RoyaltyPeriod, RoyaltyRate
from ..selectors.royalties import frozen_period_of, month_start, royalty_statement, went_live_month
from ..tasks import notify_period_task

GRADE_PERMISSION = "news.grade_credit"
APPROVE_PERMISSION = "news.approve_royaltyperiod"


class RoyaltyError(Exception):
    """A royalty step refused; the message is for the user, and nothing was saved."""


def _coefficient(value) -> Decimal:
    try:
        coefficient = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise RoyaltyError(_("Hệ số “%(value)s” không phải là một số.") % {"value": value}) from None
    if not coefficient.is_finite():
        raise RoyaltyError(_("Hệ số “%(value)s” không phải là một số.") % {"value": value})
    return coefficient


def credit_grade(*, credit: Credit, rate: RoyaltyRate | None, coefficient, by) -> Credit:
    """Grade one credit of a published article: a row of the royalty table and a coefficient within its range.

    ``rate=None`` clears the grade. Refused: without the permission, for one's own credit, for
    an article not live, a rate of another kind of work, a coefficient out of the rate's range,
    and when the month's statement is approved. Two editors grading at once: the credit's row is
    locked and the second grade is the one kept, each checked on its own.
    Side effects: ``graded_by`` and ``graded_at``.
    """
    require_permission(by, GRADE_PERMISSION)
    with transaction.atomic():
        credit = Credit.objects.select_for_update().select_related("contributor", "article").get(pk=credit.pk)
        if credit.contributor.user_id is not None and credit.contributor.user_id == by.pk:
            raise PermissionDenied(_("Bạn không tự chấm nhuận bút cho bài của chính mình."))
        article: Article = credit.article
        if went_live_month(article) is None or article.publish_at > timezone.now():
            raise RoyaltyError(_("Chỉ chấm nhuận bút cho bài đã đăng."))
        if frozen_period_of(article=article, lock=True) is not None:
            raise RoyaltyError(
                _(
                    "Bảng nhuận bút tháng %(month)s đã được duyệt: không sửa hệ số được nữa; khoản điều chỉnh "
                    "ghi vào kỳ sau."
                )
                % {"month": went_live_month(article).strftime("%m/%Y")}
            )
        if rate is None:
            credit.rate, credit.coefficient = None, None
        else:
            value = _coefficient(coefficient)
            if rate.kind != credit.kind:
                raise RoyaltyError(
                    _("Khung “%(rate)s” không dùng cho loại “%(kind)s”.")
                    % {"rate": rate.label, "kind": credit.get_kind_display()}
                )
            if not rate.min_coefficient <= value <= rate.max_coefficient:
                raise RoyaltyError(
                    _("Hệ số %(value)s nằm ngoài khung “%(rate)s”: từ %(low)s đến %(high)s.")
                    % {
                        "value": f"{value.normalize():f}",
                        "rate": rate.label,
                        "low": f"{rate.min_coefficient.normalize():f}",
                        "high": f"{rate.max_coefficient.normalize():f}",
                    }
                )
            credit.rate, credit.coefficient = rate, value.quantize(Decimal("0.01"))
        credit.graded_by, credit.graded_at = by, timezone.now()
        credit.save(update_fields=["rate", "coefficient", "graded_by", "graded_at"])
    return credit


def _unit_value(value) -> Decimal:
    try:
        # Typed as Vietnamese write money ("100.000"): the dots separate thousands.
        amount = value if isinstance(value, Decimal | int) else Decimal(str(value).strip().replace(".", ""))
        amount = Decimal(amount)
    except (InvalidOperation, ValueError):
        amount = None
    if amount is None or not amount.is_finite() or amount != amount.to_integral_value() or amount <= 0:
        raise RoyaltyError(_("Giá trị một hệ số phải là số đồng nguyên, lớn hơn 0."))
    return amount


def royalty_period_create(*, month: datetime.date, unit_value, by, note: str = "") -> RoyaltyPeriod:
    """Open the statement of ``month``. Refused for a month that already has one. Side effects: the row."""
    require_permission(by, "news.add_royaltyperiod")
    month = month_start(month)
    value = _unit_value(unit_value)
    existing = RoyaltyPeriod.objects.filter(month=month).first()
    if existing is not None:
        raise RoyaltyError(
            _("Tháng %(month)s đã có bảng nhuận bút (%(status)s); sửa bảng đó thay vì lập bảng mới.")
            % {"month": month.strftime("%m/%Y"), "status": existing.get_status_display()}
        )
    try:
        with transaction.atomic():
            return RoyaltyPeriod.objects.create(month=month, unit_value=value, note=note, created_by=by)
    except IntegrityError:
        raise RoyaltyError(_("Tháng %(month)s đã có bảng nhuận bút.") % {"month": month.strftime("%m/%Y")}) from None


def royalty_period_update(*, period: RoyaltyPeriod, unit_value, note: str, by) -> RoyaltyPeriod:
    """Change the unit value or note of a statement still being drawn up. Side effects: the row."""
    require_permission(by, "news.change_royaltyperiod")
    value = _unit_value(unit_value)
    with transaction.atomic():
        period = RoyaltyPeriod.objects.select_for_update().get(pk=period.pk)
        if period.status != RoyaltyPeriodStatus.DRAFT:
            raise RoyaltyError(_("Chỉ sửa được bảng đang lập; bảng đã trình phải được trả lại trước."))
        period.unit_value, period.note = value, note
        period.save(update_fields=["unit_value", "note"])
    return period


def royalty_period_submit(*, period: RoyaltyPeriod, by) -> RoyaltyPeriod:
    """Send the statement to the leaders. Refused while a credit of the month is ungraded.

    Side effects: the digest of the lines as submitted (what the leader approves); the leaders'
    mail, owed on the row and sent once by a task or the owed-work sweep.
    """
    require_permission(by, GRADE_PERMISSION)
    with transaction.atomic():
        period = RoyaltyPeriod.objects.select_for_update().get(pk=period.pk)
        if period.status != RoyaltyPeriodStatus.DRAFT:
            raise RoyaltyError(_("Bảng này không còn ở bước lập."))
        statement = royalty_statement(period)
        if statement.ungraded:
            raise RoyaltyError(
                _("Còn %(count)s tác giả của bài đã đăng chưa được chấm hệ số; chấm xong mới trình được.")
                % {"count": len(statement.ungraded)}
            )
        if not statement.lines:
            raise RoyaltyError(_("Tháng này chưa có bài nào được chấm nhuận bút."))
        period.status = RoyaltyPeriodStatus.SUBMITTED
        period.submitted_by, period.submitted_at = by, timezone.now()
        period.submitted_digest = statement.digest
        period.leaders_mailed_at = None  # a statement submitted again is announced again
        period.save(update_fields=["status", "submitted_by", "submitted_at", "submitted_digest", "leaders_mailed_at"])
    queue_after_commit(notify_period_task, period_id=period.pk)
    return period


def royalty_period_return(*, period: RoyaltyPeriod, by) -> RoyaltyPeriod:
    """Send a submitted statement back to be drawn up again (a leader's refusal, or the editors' own correction)."""
    if not (by.has_perm(APPROVE_PERMISSION) or by.has_perm(GRADE_PERMISSION)):
        raise PermissionDenied(_("Bạn không có quyền thực hiện thao tác này."))
    with transaction.atomic():
        period = RoyaltyPeriod.objects.select_for_update().get(pk=period.pk)
        if period.status != RoyaltyPeriodStatus.SUBMITTED:
            raise RoyaltyError(_("Chỉ trả lại được bảng đang chờ lãnh đạo duyệt."))
        period.status, period.submitted_digest = RoyaltyPeriodStatus.DRAFT, ""
        period.save(update_fields=["status", "submitted_digest"])
    return period


def royalty_period_approve(*, period: RoyaltyPeriod, by, digest: str) -> RoyaltyPeriod:
    """A leader approves the statement they read (``digest``), which freezes the month's grades.

    Refused when the statement changed since it was submitted or since the leader opened it.
    Side effects: ``approved_by``, ``approved_at``.
    """
    require_permission(by, APPROVE_PERMISSION)
    with transaction.atomic():
        period = RoyaltyPeriod.objects.select_for_update().get(pk=period.pk)
        if period.status != RoyaltyPeriodStatus.SUBMITTED:
            raise RoyaltyError(_("Bảng này không ở trạng thái chờ duyệt."))
        current = royalty_statement(period).digest
        if current != period.submitted_digest or digest != current:
            raise RoyaltyError(_("Bảng nhuận bút đã thay đổi sau khi được trình; hãy xem lại bảng mới rồi duyệt."))
        period.status = RoyaltyPeriodStatus.APPROVED
        period.approved_by, period.approved_at = by, timezone.now()
        period.save(update_fields=["status", "approved_by", "approved_at"])
    return period


def royalty_period_mark_paid(*, period: RoyaltyPeriod, by) -> RoyaltyPeriod:
    """Record that the finance office paid an approved statement. Side effects: ``paid_at``."""
    require_permission(by, "news.change_royaltyperiod")
    with transaction.atomic():
        period = RoyaltyPeriod.objects.select_for_update().get(pk=period.pk)
        if period.status != RoyaltyPeriodStatus.APPROVED:
            raise RoyaltyError(_("Chỉ ghi đã chi trả cho bảng lãnh đạo đã duyệt."))
        period.status, period.paid_at = RoyaltyPeriodStatus.PAID, timezone.now()
        period.save(update_fields=["status", "paid_at"])
    return period


def royalty_adjustment_add(
    *, period: RoyaltyPeriod, contributor, amount, reason: str, by, article=None
) -> RoyaltyAdjustment:
    """Record a correction of an earlier (approved) month as a line of ``period``, a statement still being drawn up.

    Side effects: the row; the statement's lines and totals include it.
    """
    require_permission(by, GRADE_PERMISSION)
    reason = (reason or "").strip()
    if not reason:
        raise RoyaltyError(_("Hãy ghi lý do điều chỉnh (ví dụ: chấm thiếu hệ số bài tháng trước)."))
    try:
        value = amount if isinstance(amount, Decimal | int) else Decimal(str(amount).strip().replace(".", ""))
        value = Decimal(value)
    except (InvalidOperation, ValueError):
        value = None
    if value is None or not value.is_finite() or value != value.to_integral_value() or value == 0:
        raise RoyaltyError(_("Số tiền điều chỉnh phải là số đồng nguyên khác 0 (số âm để trừ)."))
    with transaction.atomic():
        period = RoyaltyPeriod.objects.select_for_update().get(pk=period.pk)
        if period.status != RoyaltyPeriodStatus.DRAFT:
            raise RoyaltyError(_("Chỉ ghi khoản điều chỉnh vào bảng nhuận bút đang lập."))
        return RoyaltyAdjustment.objects.create(
            period=period, contributor=contributor, article=article, amount=value, reason=reason, created_by=by
        )
