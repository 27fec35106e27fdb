"""Announcements, the work schedule and the one search in Chromium on a phone: from the home page's block
to an announcement and its PDF, through the weeks of the schedule, one search across kinds; nothing
overflows, axe finds nothing serious."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from news.models import work_week_url
from tests.e2e.test_accessibility import report, serious_violations
from tests.factories.news import (
    AnnouncementFactory,
    DocumentFactory,
    WorkEntryFactory,
    WorkWeekFactory,
    document_pdf,
)

pytestmark = pytest.mark.django_db(transaction=True)

OVERFLOW = "[document.documentElement.scrollWidth, window.innerWidth]"


def fits(page) -> None:
    scroll_width, inner_width = page.evaluate(OVERFLOW)
    assert scroll_width <= inner_width, f"{page.url}: {scroll_width} px wide on a {inner_width} px screen"


def test_a_reader_opens_an_announcement_from_the_home_page_on_a_phone(phone_page, site_profile, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    page = phone_page
    notice = AnnouncementFactory(
        published=True,
        is_important=True,
        title="Thông báo lịch đăng ký dự tuyển vào lớp 10 trung học phổ thông năm học 2027-2028",
        body="Học sinh lớp 9 đăng ký nguyện vọng tại trường THCS nơi đang học.",
        file_title="Kế hoạch tuyển sinh",
    )
    notice.file.save("ke-hoach.pdf", ContentFile(document_pdf()))
    AnnouncementFactory(title="Thông báo chưa đăng")
    page.goto("/")
    assert page.get_by_text("Thông báo chưa đăng").count() == 0
    block = page.locator("section.announcements-block")
    block.get_by_role("link", name=notice.title).click()
    page.wait_for_url(f"**{notice.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == notice.title
    fits(page)
    viewer = page.get_by_role("link", name="Xem tệp: Kế hoạch tuyển sinh (PDF)")
    response = page.request.get(viewer.get_attribute("href"))
    assert response.headers["content-disposition"].startswith("inline; ")
    found = {"home": [], "announcement": serious_violations(page)}
    page.goto("/")
    found["home"] = serious_violations(page)
    assert not any(found.values()), report(found)


def test_a_reader_walks_the_weeks_of_the_schedule_on_a_phone(phone_page, site_profile):
    page = phone_page
    this_week = WorkWeekFactory(published=True)
    last_week = WorkWeekFactory(published=True, starts_on=this_week.starts_on - datetime.timedelta(days=7))
    WorkEntryFactory(week=this_week, title="Giao ban lãnh đạo Sở đầu tuần", adjusted_at=timezone.now())
    WorkEntryFactory(week=last_week, title="Kiểm tra công tác thi học kỳ tại huyện Krông Pắc")
    page.goto("/")
    page.goto("/lich-cong-tac/")
    assert page.get_by_text("Giao ban lãnh đạo Sở đầu tuần").is_visible()
    assert page.get_by_text("Điều chỉnh lúc").is_visible()
    fits(page)
    page.get_by_role("link", name="‹ Tuần trước").click()
    page.wait_for_url(f"**{work_week_url(last_week.starts_on)}")
    assert page.get_by_text("Kiểm tra công tác thi học kỳ tại huyện Krông Pắc").is_visible()
    page.get_by_role("link", name="Tuần sau ›").click()
    page.wait_for_url(f"**{work_week_url(this_week.starts_on)}")
    page.get_by_role("link", name="Tuần sau ›").click()
    assert page.get_by_text("Lịch công tác tuần này chưa được đăng.").is_visible()
    page.get_by_role("link", name="Tuần này").click()
    page.wait_for_url(f"**{work_week_url(this_week.starts_on)}")
    assert not serious_violations(page)


def test_one_search_from_the_phone_menu_finds_every_kind(phone_page, site_profile):
    page = phone_page
    notice = AnnouncementFactory(published=True, title="Thông báo lịch thi tuyển sinh lớp 10")
    for n in range(4):
        AnnouncementFactory(published=True, title=f"Tuyển sinh lớp 10: hướng dẫn số {n + 1}")
    document = DocumentFactory(summary="Kế hoạch tuyển sinh vào lớp 10 năm học mới")
    AnnouncementFactory(title="Tuyển sinh: thông báo chưa đăng")
    page.goto("/")
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("searchbox", name="Tìm kiếm").fill("tuyen sinh")
    page.locator("#site-nav").get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/tim-kiem/?q=tuyen+sinh")
    assert page.get_by_role("heading", name="Thông báo (5)").is_visible()
    assert page.get_by_role("link", name=str(document.title)).is_visible()
    assert page.get_by_text("chưa đăng").count() == 0
    fits(page)
    page.get_by_role("link", name="Xem cả 5 kết quả thông báo").click()
    page.wait_for_url("**loai=thong-bao")
    assert page.get_by_role("status").inner_text() == "Thông báo: tìm thấy 5 kết quả."
    assert page.get_by_role("link", name=notice.title).is_visible()
    assert not serious_violations(page)
