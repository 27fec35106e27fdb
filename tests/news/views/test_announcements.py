"""Tests of news/views/announcements.py: the announcements' pages, file and feeds, and the work schedule's
week, print view and calendar; nothing unpublished leaks, and each page runs a fixed number of queries."""

import datetime

import pytest
import time_machine
from defusedxml import ElementTree
from django.core.files.base import ContentFile
from django.utils import timezone
from icalendar import Calendar

from news.models import work_week_url
from news.services.announcements import work_week_publish
from tests.conftest import sitemap_locations
from tests.factories.news import (
    AnnouncementFactory,
    DocumentFactory,
    WorkEntryFactory,
    WorkWeekFactory,
    document_pdf,
)

pytestmark = pytest.mark.django_db


def _monday() -> datetime.date:
    today = timezone.localdate()
    return today - datetime.timedelta(days=today.weekday())


# --- announcements ------------------------------------------------------------------------------


def test_the_list_puts_pinned_ones_first_and_hides_drafts_and_scheduled_ones(client):
    old_pinned = AnnouncementFactory(
        published=True,
        title="Lịch tiếp công dân",
        publish_at=timezone.now() - datetime.timedelta(days=3),
        pinned_until=timezone.now() + datetime.timedelta(days=3),
    )
    newest = AnnouncementFactory(published=True, title="Thông báo nghỉ Tết")
    AnnouncementFactory(title="Bản nháp chưa đăng")
    AnnouncementFactory(status="published", publish_at=timezone.now() + datetime.timedelta(hours=1), title="Hẹn giờ")
    response = client.get("/thong-bao/")
    html = response.content.decode()
    assert response.status_code == 200
    assert list(response.context["page"].object_list) == [old_pinned, newest]
    assert "Bản nháp chưa đăng" not in html
    assert "Hẹn giờ" not in html


def test_the_list_and_a_page_run_a_fixed_number_of_queries(client, django_assert_num_queries, settings, site_profile):
    settings.PAGE_CACHE_SECONDS = 0
    announcements = [AnnouncementFactory(published=True, document=DocumentFactory()) for _ in range(25)]
    client.get("/")  # the shell's cached parts
    with django_assert_num_queries(2):  # count, page (the document joined)
        client.get("/thong-bao/")
    with django_assert_num_queries(1):  # the announcement with its document
        response = client.get(announcements[0].get_absolute_url())
    assert response.status_code == 200
    assert str(announcements[0].document) in response.content.decode()


@pytest.mark.parametrize("fields", [{}, {"status": "unpublished", "publish_at": None}, {"scheduled": True}])
def test_an_announcement_not_public_is_a_404_with_its_file(client, private_root, fields):
    if fields.pop("scheduled", False):
        fields = {"status": "published", "publish_at": timezone.now() + datetime.timedelta(days=1)}
    announcement = AnnouncementFactory(**fields)
    announcement.file.save("ke-hoach.pdf", ContentFile(document_pdf()))
    assert client.get(announcement.get_absolute_url()).status_code == 404
    assert client.get(announcement.get_file_url()).status_code == 404


def test_a_pdf_opens_in_the_browser_and_downloads_on_request(client, private_root):
    announcement = AnnouncementFactory(published=True, file_title="Kế hoạch tuyển sinh")
    announcement.file.save("ke-hoach-tuyen-sinh.pdf", ContentFile(document_pdf()))
    response = client.get(announcement.get_file_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        "inline; filename=\"ke-hoach-tuyen-sinh.pdf\"; filename*=utf-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20tuy%E1%BB%83n%20sinh.pdf"
    )
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["X-Content-Type-Options"] == "nosniff"
    download = client.get(announcement.get_file_url() + "?tai-ve=1")
    assert download["Content-Disposition"].startswith('attachment; filename="ke-hoach-tuyen-sinh.pdf"; ')


def test_staff_who_edit_announcements_see_a_drafts_file_privately(client, private_root, editor):
    announcement = AnnouncementFactory()
    announcement.file.save("du-thao.pdf", ContentFile(document_pdf()))
    client.force_login(editor)
    response = client.get(announcement.get_file_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_a_private_document_is_not_shown_on_the_announcement(client):
    hidden = DocumentFactory(is_public=False, summary="Văn bản nội bộ chưa công khai")
    announcement = AnnouncementFactory(published=True, document=hidden)
    html = client.get(announcement.get_absolute_url()).content.decode()
    assert "Văn bản nội bộ chưa công khai" not in html
    assert str(hidden) not in html


def test_the_feeds_list_only_published_announcements(client):
    important = AnnouncementFactory(published=True, title="Lịch thi học kỳ I", is_important=True)
    AnnouncementFactory(title="Nháp không được lộ")
    AnnouncementFactory(status="published", publish_at=timezone.now() + datetime.timedelta(hours=1), title="Hẹn giờ")
    rss = ElementTree.fromstring(client.get("/thong-bao/rss/").content)
    assert [item.findtext("title") for item in rss.iter("item")] == ["[Quan trọng] Lịch thi học kỳ I"]
    assert rss.find("channel/item/link").text == f"http://testserver{important.get_absolute_url()}"
    atom = ElementTree.fromstring(client.get("/thong-bao/atom/").content)
    titles = [
        entry.findtext("{http://www.w3.org/2005/Atom}title")
        for entry in atom.iter("{http://www.w3.org/2005/Atom}entry")
    ]
    assert titles == ["[Quan trọng] Lịch thi học kỳ I"]


def test_the_cached_list_expires_at_the_next_go_live(client):
    AnnouncementFactory(published=True, title="Đã đăng")
    start = timezone.now() + datetime.timedelta(minutes=10)
    AnnouncementFactory(status="published", publish_at=start, title="Thông báo hẹn giờ")
    assert "Thông báo hẹn giờ" not in client.get("/thong-bao/").content.decode()
    with time_machine.travel(start + datetime.timedelta(seconds=1), tick=False):
        assert "Thông báo hẹn giờ" in client.get("/thong-bao/").content.decode()


def test_the_sitemap_lists_only_published_announcements_and_weeks(client):
    public = AnnouncementFactory(published=True)
    draft = AnnouncementFactory()
    week = WorkWeekFactory(published=True)
    hidden_week = WorkWeekFactory(starts_on=week.starts_on + datetime.timedelta(days=7))
    locations = sitemap_locations(client)
    assert f"http://testserver{public.get_absolute_url()}" in locations
    assert f"http://testserver{draft.get_absolute_url()}" not in locations
    assert f"http://testserver{week.get_absolute_url()}" in locations
    assert f"http://testserver{hidden_week.get_absolute_url()}" not in locations


# --- the work schedule --------------------------------------------------------------------------


def test_this_weeks_schedule_groups_rows_by_day_with_navigation(client):
    week = WorkWeekFactory(published=True)
    monday = WorkEntryFactory(week=week, title="Giao ban đầu tuần", starts_at=datetime.time(7, 30))
    wednesday = WorkEntryFactory(
        week=week, day=week.starts_on + datetime.timedelta(days=2), starts_at=None, title="Kiểm tra trường học"
    )
    response = client.get("/lich-cong-tac/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["days"] == [(week.starts_on, [monday]), (wednesday.day, [wednesday])]
    assert f'href="{work_week_url(week.starts_on - datetime.timedelta(days=7))}" rel="prev"' in html
    assert f'href="{work_week_url(week.starts_on + datetime.timedelta(days=7))}" rel="next"' in html
    assert "Cả ngày" in html


def test_an_unpublished_week_shows_nothing_of_its_rows(client):
    week = WorkWeekFactory()
    WorkEntryFactory(week=week, title="Làm việc với đoàn thanh tra (chưa công bố)")
    assert "chưa công bố" not in client.get("/lich-cong-tac/").content.decode()
    response = client.get(week.get_absolute_url())
    assert response.status_code == 404
    assert "Lịch công tác tuần này chưa được đăng." in response.content.decode()
    assert client.get(work_week_url(week.starts_on, "news:work_schedule_ics")).status_code == 404
    assert "chưa công bố" not in client.get(work_week_url(week.starts_on, "news:work_schedule_print")).content.decode()


def test_a_week_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, settings, site_profile):
    settings.PAGE_CACHE_SECONDS = 0
    week = WorkWeekFactory(published=True)
    for day in range(7):
        for _ in range(4):
            WorkEntryFactory(week=week, day=week.starts_on + datetime.timedelta(days=day))
    client.get("/")
    with django_assert_num_queries(2):  # the week, its rows
        response = client.get(week.get_absolute_url())
    assert sum(len(entries) for _day, entries in response.context["days"]) == 28


def test_an_adjusted_row_is_marked_with_its_time(client):
    entry = WorkEntryFactory(week=WorkWeekFactory(published=True), adjusted_at=timezone.now())
    html = client.get(entry.week.get_absolute_url()).content.decode()
    assert f"Điều chỉnh lúc {timezone.localtime(entry.adjusted_at):%H:%M %d/%m/%Y}" in html


def test_the_calendar_file_has_one_event_per_row(client, settings):
    settings.SITE_URL = "https://sgddt.example.vn"
    week = WorkWeekFactory(published=True)
    timed = WorkEntryFactory(week=week, starts_at=datetime.time(14, 0), title="Họp hội đồng thi đua")
    WorkEntryFactory(week=week, starts_at=None, title="Đi cơ sở cả ngày")
    response = client.get(work_week_url(week.starts_on, "news:work_schedule_ics"))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(event["summary"]) for event in events] == ["Họp hội đồng thi đua", "Đi cơ sở cả ngày"]
    start = timezone.make_aware(datetime.datetime.combine(week.starts_on, datetime.time(14, 0)))
    assert events[0].decoded("dtstart") == start
    assert events[1].decoded("dtstart") == week.starts_on
    assert str(events[0]["uid"]) == f"work-entry-{timed.pk}@sgddt.example.vn"


def test_the_print_view_shows_the_week_as_a_table(client):
    week = WorkWeekFactory(published=True)
    WorkEntryFactory(week=week, title="Hội nghị tổng kết năm học")
    response = client.get(work_week_url(week.starts_on, "news:work_schedule_print"))
    assert response.status_code == 200
    assert "Hội nghị tổng kết năm học" in response.content.decode()


def test_a_week_scheduled_ahead_appears_at_its_time_on_a_cached_page(client, editor):
    week = WorkWeekFactory()
    WorkEntryFactory(week=week, title="Tiếp đoàn công tác của Bộ")
    at = timezone.now() + datetime.timedelta(minutes=30)
    work_week_publish(week=week, by=editor, published_at=at)
    assert client.get(week.get_absolute_url()).status_code == 404
    assert "Tiếp đoàn công tác" not in client.get("/lich-cong-tac/").content.decode()
    with time_machine.travel(at + datetime.timedelta(seconds=1), tick=False):
        assert "Tiếp đoàn công tác" in client.get("/lich-cong-tac/").content.decode()


@pytest.mark.parametrize(
    "path", ["/lich-cong-tac/2026/tuan-54/", "/lich-cong-tac/1/tuan-1/", "/lich-cong-tac/99999/tuan-1/in/"]
)
def test_a_week_that_does_not_exist_is_a_404(client, path):
    assert client.get(path).status_code == 404
