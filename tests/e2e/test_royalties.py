"""Royalties in Chromium: an editor grades the month's credits and submits the statement; a leader, on a phone, approves it."""

import datetime

import pytest
from django.utils import timezone

from news.enums import RoyaltyPeriodStatus
from news.models import RoyaltyPeriod, RoyaltyRate
from news.selectors.royalties import went_live_month
from portal import roles
from tests.factories.news import ArticleFactory, ContributorFactory, CreditFactory, RoyaltyPeriodFactory
from tests.factories.portal import UnitFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Trường THCS Nguyễn Du tổ chức ngày hội đọc sách"


def sign_in(page, username: str) -> None:
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill("MatKhauThu@2026")
    page.get_by_role("button", name="Đăng nhập").click()


def test_an_editor_grades_the_month_and_a_leader_approves_the_statement(desktop_page, phone_page):
    editor = UserFactory(username="bientapvien", role=roles.EDITOR)
    UserFactory(username="lanhdao", role=roles.LEADER, last_name="Nguyễn Văn", first_name="Thành")
    moment = timezone.now() - datetime.timedelta(minutes=5)
    article = ArticleFactory(title=TITLE, status="published", publish_at=moment, went_live_at=moment)
    teacher = ContributorFactory(full_name="Hoàng Thị Mai", unit=UnitFactory(name="Trường THCS Nguyễn Du"))
    credit = CreditFactory(article=article, contributor=teacher)
    RoyaltyRate.objects.create(kind="text", label="Tin sâu, bài phản ánh", min_coefficient=3, max_coefficient=6)
    # The month the article went live in, whatever the minute the test runs.
    period = RoyaltyPeriodFactory(month=went_live_month(article), unit_value=123457, created_by=editor)

    page = desktop_page
    page.goto(f"/admin/news/royaltyperiod/{period.pk}/bang-ke/")
    sign_in(page, "bientapvien")
    page.wait_for_url(f"**/admin/news/royaltyperiod/{period.pk}/bang-ke/")
    assert page.get_by_text("1 tác giả của bài đã đăng chưa được chấm hệ số").is_visible()
    page.get_by_role("link", name="Chấm hệ số").click()
    page.get_by_label("Khung").select_option(label="Tin sâu, bài phản ánh (3–6)")
    page.get_by_label("Hệ số").fill("7")
    page.get_by_role("button", name="Lưu hệ số").click()
    assert page.get_by_text("Hệ số 7 nằm ngoài khung “Tin sâu, bài phản ánh”: từ 3 đến 6.").is_visible()
    page.get_by_label("Hệ số").fill("4,5")
    page.get_by_role("button", name="Lưu hệ số").click()
    page.get_by_text("Đã lưu hệ số của 1 tác giả.").wait_for()
    page.get_by_role("link", name=str(period)).click()
    assert page.get_by_role("cell", name="555.557").first.is_visible()  # 4,5 × 100% × 123.457, to the đồng
    page.get_by_role("button", name="Trình lãnh đạo duyệt").click()
    page.get_by_text("Đã trình bảng nhuận bút cho lãnh đạo duyệt.").wait_for()

    leader = phone_page
    leader.goto("/lanh-dao/nhuan-but/")
    sign_in(leader, "lanhdao")
    leader.get_by_role("link", name=str(period)).click()
    assert leader.get_by_text("Tổng số tiền: 555.557 đồng.").is_visible()
    leader.get_by_role("button", name="Duyệt bảng nhuận bút").click()
    leader.get_by_text("Đã duyệt bảng nhuận bút").wait_for()
    period.refresh_from_db()
    assert (period.status, period.approved_by.username) == (RoyaltyPeriodStatus.APPROVED, "lanhdao")
    credit.refresh_from_db()
    assert credit.coefficient == 4.5
    assert RoyaltyPeriod.objects.count() == 1
