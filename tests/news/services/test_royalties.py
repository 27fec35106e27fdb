"""news/services/royalties.py: grading credits and a month's statement from draft to paid, by role."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from news.enums import RoyaltyPeriodStatus
from news.notifications import period_mail_once
from news.selectors.royalties import royalty_statement
from news.services.royalties import (
    RoyaltyError,
    credit_grade,
    royalty_adjustment_add,
    royalty_period_approve,
    royalty_period_create,
    royalty_period_mark_paid,
    royalty_period_return,
    royalty_period_submit,
)
from portal.owed import OWED_AFTER, owed_sweep
from tests.factories.news import ContributorFactory, RoyaltyPeriodFactory
from tests.news.royalty_helpers import live_credit, rate

pytestmark = pytest.mark.django_db


def test_an_editor_grades_a_credit_within_its_rate(mid_month, editor):
    credit = live_credit()
    graded = credit_grade(credit=credit, rate=rate("text", "1", "3"), coefficient="2,5", by=editor)
    credit.refresh_from_db()
    assert (credit.coefficient, credit.graded_by, credit.graded_at) == (Decimal("2.50"), editor, timezone.now())
    assert graded.rate.label == "Mức text 1-3"


@pytest.mark.parametrize("typed", ["3.01", "0.5", "abc", "NaN"])
def test_a_coefficient_outside_its_range_or_not_a_number_is_refused(mid_month, editor, typed):
    credit = live_credit()
    with pytest.raises(RoyaltyError):
        credit_grade(credit=credit, rate=rate("text", "1", "3"), coefficient=typed, by=editor)
    credit.refresh_from_db()
    assert credit.coefficient is None


def test_the_range_error_says_the_range_in_vietnamese(mid_month, editor):
    with pytest.raises(RoyaltyError, match=r"Hệ số 4 nằm ngoài khung “Mức text 1-3”: từ 1 đến 3\."):
        credit_grade(credit=live_credit(), rate=rate("text", "1", "3"), coefficient="4", by=editor)


def test_a_rate_of_another_kind_of_work_is_refused(mid_month, editor):
    with pytest.raises(RoyaltyError, match="không dùng cho loại"):
        credit_grade(credit=live_credit(kind="photo"), rate=rate("text"), coefficient="2", by=editor)


def test_a_collaborator_cannot_grade(mid_month, collaborator):
    with pytest.raises(PermissionDenied):
        credit_grade(credit=live_credit(), rate=rate(), coefficient="2", by=collaborator)


def test_an_editor_cannot_grade_their_own_credit(mid_month, editor):
    credit = live_credit(contributor=ContributorFactory(user=editor))
    with pytest.raises(PermissionDenied, match="không tự chấm"):
        credit_grade(credit=credit, rate=rate(), coefficient="2", by=editor)


def test_a_credit_of_a_draft_or_a_scheduled_article_is_not_graded(mid_month, editor):
    scheduled = live_credit(hours_ago=-3)
    with pytest.raises(RoyaltyError, match="bài đã đăng"):
        credit_grade(credit=scheduled, rate=rate(), coefficient="2", by=editor)
    scheduled.article.status = "draft"
    scheduled.article.save()
    with pytest.raises(RoyaltyError, match="bài đã đăng"):
        credit_grade(credit=scheduled, rate=rate(), coefficient="2", by=editor)


def test_a_period_needs_a_positive_whole_unit_value_and_a_free_month(mid_month, editor):
    for bad in ("0", "-5000", "abc", Decimal("1000.5")):
        with pytest.raises(RoyaltyError, match="số đồng nguyên, lớn hơn 0"):
            royalty_period_create(month=mid_month, unit_value=bad, by=editor)
    period = royalty_period_create(month=mid_month.replace(day=9), unit_value="100.000", by=editor)
    assert (period.month, period.unit_value) == (mid_month, Decimal(100000))
    with pytest.raises(RoyaltyError, match="đã có bảng nhuận bút"):
        royalty_period_create(month=mid_month, unit_value=90000, by=editor)


def test_a_period_is_not_submitted_while_a_credit_is_ungraded(mid_month, editor):
    graded = live_credit()
    credit_grade(credit=graded, rate=rate(), coefficient="2", by=editor)
    live_credit()
    period = RoyaltyPeriodFactory(month=mid_month, created_by=editor)
    with pytest.raises(RoyaltyError, match="Còn 1 tác giả"):
        royalty_period_submit(period=period, by=editor)
    period.refresh_from_db()
    assert period.status == RoyaltyPeriodStatus.DRAFT


def _submitted(month, editor):
    credit = live_credit()
    credit_grade(credit=credit, rate=rate(), coefficient="2", by=editor)
    period = RoyaltyPeriodFactory(month=month, created_by=editor)
    return credit, royalty_period_submit(period=period, by=editor)


def test_a_leader_approves_the_statement_they_read_and_it_is_frozen(mid_month, editor, second_editor, leader):
    credit, period = _submitted(mid_month, editor)
    approved = royalty_period_approve(period=period, by=leader, digest=royalty_statement(period).digest)
    assert (approved.status, approved.approved_by) == (RoyaltyPeriodStatus.APPROVED, leader)
    with pytest.raises(RoyaltyError, match="đã được duyệt"):
        credit_grade(credit=credit, rate=rate(), coefficient="3", by=second_editor)
    credit.refresh_from_db()
    assert credit.coefficient == Decimal("2.00")
    paid = royalty_period_mark_paid(period=period, by=editor)
    assert paid.status == RoyaltyPeriodStatus.PAID
    with pytest.raises(RoyaltyError):
        credit_grade(credit=credit, rate=None, coefficient="", by=second_editor)


def test_an_editor_cannot_approve(mid_month, editor):
    _credit, period = _submitted(mid_month, editor)
    with pytest.raises(PermissionDenied):
        royalty_period_approve(period=period, by=editor, digest=period.submitted_digest)


def test_approving_a_statement_changed_since_it_was_submitted_is_refused(mid_month, editor, second_editor, leader):
    credit, period = _submitted(mid_month, editor)
    seen = royalty_statement(period).digest
    credit_grade(credit=credit, rate=rate(), coefficient="3", by=second_editor)
    with pytest.raises(RoyaltyError, match="đã thay đổi sau khi được trình"):
        royalty_period_approve(period=period, by=leader, digest=seen)
    period.refresh_from_db()
    assert period.status == RoyaltyPeriodStatus.SUBMITTED


def test_a_new_article_gone_live_in_the_month_also_changes_the_statement(mid_month, editor, leader):
    _credit, period = _submitted(mid_month, editor)
    seen = royalty_statement(period).digest
    live_credit(hours_ago=1)
    with pytest.raises(RoyaltyError, match="đã thay đổi"):
        royalty_period_approve(period=period, by=leader, digest=seen)


def test_a_leader_returns_a_statement_to_the_editors(mid_month, editor, leader):
    _credit, period = _submitted(mid_month, editor)
    returned = royalty_period_return(period=period, by=leader)
    assert (returned.status, returned.submitted_digest) == (RoyaltyPeriodStatus.DRAFT, "")


def test_a_period_of_a_month_without_graded_credits_is_not_submitted(mid_month, editor):
    period = RoyaltyPeriodFactory(month=mid_month, created_by=editor)
    with pytest.raises(RoyaltyError, match="chưa có bài nào"):
        royalty_period_submit(period=period, by=editor)


def test_an_article_of_the_previous_month_belongs_to_the_previous_period(mid_month, editor):
    previous = (mid_month - datetime.timedelta(days=1)).replace(day=1)
    last_month = live_credit(hours_ago=24 * 20)
    this_month = live_credit()
    for credit in (last_month, this_month):
        credit_grade(credit=credit, rate=rate(), coefficient="1", by=editor)
    old = RoyaltyPeriodFactory(month=previous, created_by=editor)
    assert [line.credit for line in royalty_statement(old).lines] == [last_month]


def test_the_leaders_are_mailed_once_when_a_statement_is_submitted(mid_month, editor, leader, mailoutbox):
    leader.email = "lanhdao@sgddt.example.vn"
    leader.save()
    _credit, period = _submitted(mid_month, editor)
    assert period_mail_once(period_id=period.pk) is True
    assert period_mail_once(period_id=period.pk) is False
    assert [(m.to, m.subject) for m in mailoutbox] == [
        (
            ["lanhdao@sgddt.example.vn"],
            f"[Cổng thông tin] Bảng nhuận bút tháng {mid_month:%m/%Y} chờ lãnh đạo duyệt",
        )
    ]
    assert f"/lanh-dao/nhuan-but/{period.pk}/" in mailoutbox[0].body
    # Returned and submitted again: announced again.
    royalty_period_return(period=period, by=leader)
    royalty_period_submit(period=period, by=editor)
    assert period_mail_once(period_id=period.pk) is True
    assert len(mailoutbox) == 2


def test_a_statement_whose_mail_task_was_lost_is_announced_by_the_owed_work_sweep(
    mid_month, editor, leader, mailoutbox
):
    _credit, period = _submitted(mid_month, editor)  # the task queued after commit never ran here
    later = timezone.now() + OWED_AFTER + datetime.timedelta(minutes=1)
    assert owed_sweep(now=later).get("news.royalty_mails") == 1
    assert owed_sweep(now=later).get("news.royalty_mails") is None
    assert len(mailoutbox) == 1


def test_a_correction_of_an_approved_month_is_a_line_of_the_next_statement(mid_month, editor, leader):
    previous = (mid_month - datetime.timedelta(days=1)).replace(day=1)
    old = live_credit(hours_ago=24 * 20)
    credit_grade(credit=old, rate=rate(), coefficient="1", by=editor)
    approved = RoyaltyPeriodFactory(month=previous, created_by=editor, status=RoyaltyPeriodStatus.APPROVED)
    this_month = RoyaltyPeriodFactory(month=mid_month, created_by=editor, unit_value=100000)
    with pytest.raises(RoyaltyError, match="đang lập"):
        royalty_adjustment_add(
            period=approved, contributor=old.contributor, amount=50000, reason="Chấm thiếu", by=editor
        )
    with pytest.raises(RoyaltyError, match="khác 0"):
        royalty_adjustment_add(period=this_month, contributor=old.contributor, amount=0, reason="Chấm thiếu", by=editor)
    royalty_adjustment_add(
        period=this_month,
        contributor=old.contributor,
        article=old.article,
        amount="50.000",
        reason="Chấm thiếu hệ số ảnh tháng trước",
        by=editor,
    )
    statement = royalty_statement(this_month)
    assert [(line.kind, line.amount) for line in statement.lines] == [
        ("Điều chỉnh: Chấm thiếu hệ số ảnh tháng trước", Decimal(50000))
    ]
    assert statement.total == Decimal(50000)
    assert royalty_statement(approved).total == Decimal(100000)  # the approved month is as it was
