"""Tests of news/admin/announcements.py: announcements and the work schedule written in the admin, through the services."""

import datetime

import pytest
from django.utils import timezone

from news.enums import AnnouncementStatus, WorkWeekStatus
from news.models import Announcement, WorkEntry
from tests.factories.news import AnnouncementFactory, WorkEntryFactory, WorkWeekFactory

pytestmark = pytest.mark.django_db


def _local(moment: datetime.datetime) -> tuple[str, str]:
    local = timezone.localtime(moment)
    return local.strftime("%d/%m/%Y"), local.strftime("%H:%M")


def _inline(prefix: str = "entries", total: int = 0, initial: int = 0) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_an_editor_writes_and_publishes_an_announcement(client, editor):
    client.force_login(editor)
    start = timezone.now() + datetime.timedelta(hours=1)
    pin = start + datetime.timedelta(days=2)
    response = client.post(
        "/admin/news/announcement/add/",
        {
            "title": "Thông báo lịch thi học kỳ I",
            "body": "Các trường tổ chức thi theo lịch chung của Sở.",
            "publish_at_0": _local(start)[0],
            "publish_at_1": _local(start)[1],
            "pinned_until_0": _local(pin)[0],
            "pinned_until_1": _local(pin)[1],
            "is_important": "on",
        },
    )
    assert response.status_code == 302
    announcement = Announcement.objects.get()
    assert (announcement.created_by, announcement.search_text) == (
        editor,
        "thong bao lich thi hoc ky i cac truong to chuc thi theo lich chung cua so.",
    )
    client.post(
        "/admin/news/announcement/",
        {"action": "publish_selected", "_selected_action": [announcement.pk]},
    )
    announcement.refresh_from_db()
    assert announcement.status == AnnouncementStatus.PUBLISHED
    assert announcement.publish_at == start.replace(second=0, microsecond=0)


def test_a_pin_ending_before_the_start_gets_a_vietnamese_message_and_nothing_is_saved(client, editor):
    client.force_login(editor)
    start = timezone.now() + datetime.timedelta(days=1)
    pin = start - datetime.timedelta(hours=2)
    response = client.post(
        "/admin/news/announcement/add/",
        {
            "title": "Ghim sai",
            "publish_at_0": _local(start)[0],
            "publish_at_1": _local(start)[1],
            "pinned_until_0": _local(pin)[0],
            "pinned_until_1": _local(pin)[1],
        },
    )
    assert response.status_code == 200
    assert "Thời điểm hết ghim phải sau thời điểm đăng." in response.content.decode()
    assert not Announcement.objects.exists()


def test_a_collaborator_cannot_reach_announcements(client, collaborator):
    AnnouncementFactory()
    client.force_login(collaborator)
    assert client.get("/admin/news/announcement/").status_code == 403


def test_copy_last_weeks_rows_from_the_list(client, editor):
    previous = WorkEntryFactory(
        week=WorkWeekFactory(starts_on=WorkWeekFactory.starts_on.function() - datetime.timedelta(days=7))
    ).week
    week = WorkWeekFactory()
    client.force_login(editor)
    response = client.post(
        "/admin/news/workweek/", {"action": "copy_previous_week", "_selected_action": [week.pk]}, follow=True
    )
    assert f"{week}: đã chép 1 mục từ tuần trước." in response.content.decode()
    assert week.entries.get().day == previous.starts_on + datetime.timedelta(days=7)


def test_a_row_outside_a_new_week_is_refused_in_the_form(client, editor):
    client.force_login(editor)
    monday = WorkWeekFactory.starts_on.function() + datetime.timedelta(days=7)
    outside = monday + datetime.timedelta(days=7)
    response = client.post(
        "/admin/news/workweek/add/",
        {
            "starts_on": monday.strftime("%d/%m/%Y"),
            "note": "",
            **_inline(total=1),
            "entries-0-day": outside.strftime("%d/%m/%Y"),
            "entries-0-title": "Họp ngoài tuần",
            "entries-0-order": "0",
        },
    )
    assert response.status_code == 200
    assert f"Ngày {outside:%d/%m/%Y} không thuộc tuần này" in response.content.decode()
    assert not WorkEntry.objects.exists()


def test_a_row_outside_the_week_is_refused_in_the_form(client, editor):
    week = WorkWeekFactory()
    client.force_login(editor)
    outside = week.starts_on + datetime.timedelta(days=8)
    response = client.post(
        f"/admin/news/workweek/{week.pk}/change/",
        {
            "starts_on": week.starts_on.strftime("%d/%m/%Y"),
            "note": "",
            **_inline(total=1),
            "entries-0-day": outside.strftime("%d/%m/%Y"),
            "entries-0-title": "Họp ngoài tuần",
            "entries-0-order": "0",
        },
    )
    assert response.status_code == 200
    assert "Ngày phải nằm trong tuần của lịch (từ thứ Hai đến Chủ nhật)." in response.content.decode()
    assert not WorkEntry.objects.exists()


def test_editing_a_published_week_marks_the_row_adjusted(client, editor):
    entry = WorkEntryFactory(week=WorkWeekFactory(published=True))
    client.force_login(editor)
    response = client.post(
        f"/admin/news/workweek/{entry.week.pk}/change/",
        {
            "starts_on": entry.week.starts_on.strftime("%d/%m/%Y"),
            "note": "",
            **_inline(total=1, initial=1),
            "entries-0-id": str(entry.pk),
            "entries-0-week": str(entry.week.pk),
            "entries-0-day": entry.day.strftime("%d/%m/%Y"),
            "entries-0-starts_at": "09:30",
            "entries-0-title": entry.title,
            "entries-0-location": entry.location,
            "entries-0-order": "0",
        },
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.starts_at == datetime.time(9, 30)
    assert entry.adjusted_at is not None
    assert entry.week.status == WorkWeekStatus.PUBLISHED
