"""Tests of news/services/announcements.py: saving, publishing, the sweep, and the work schedule's services."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from news.enums import AnnouncementStatus, WorkWeekStatus
from news.models import Announcement, WorkEntry, WorkWeek
from news.services.announcements import (
    AnnouncementError,
    WorkScheduleError,
    announcement_publish,
    announcement_save,
    announcement_unpublish,
    announcements_sweep,
    work_entries_save,
    work_week_copy_previous,
    work_week_publish,
    work_week_save,
    work_weeks_sweep,
)
from portal.pagecache import HOME, _key
from tests.factories.news import AnnouncementFactory, WorkEntryFactory, WorkWeekFactory

pytestmark = pytest.mark.django_db


def _generation(scope) -> int:
    return cache.get(_key(*scope)) or 0


def test_save_fills_the_search_text_without_diacritics(editor):
    announcement = Announcement(title="Thông báo Lịch thi", body="Kỳ thi tuyển sinh")
    announcement_save(announcement=announcement, by=editor, is_new=True)
    announcement.refresh_from_db()
    assert announcement.search_text == "thong bao lich thi ky thi tuyen sinh"
    assert announcement.created_by == editor
    assert announcement.status == AnnouncementStatus.DRAFT


def test_a_pin_ending_before_the_start_is_refused_with_a_message(editor):
    start = timezone.now() + datetime.timedelta(days=1)
    announcement = Announcement(title="Ghim sai", publish_at=start, pinned_until=start - datetime.timedelta(hours=1))
    with pytest.raises(AnnouncementError, match="Thời điểm hết ghim phải sau thời điểm đăng."):
        announcement_save(announcement=announcement, by=editor, is_new=True)
    assert not Announcement.objects.exists()


def test_the_database_refuses_a_pin_ending_before_the_start(editor):
    start = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        AnnouncementFactory(publish_at=start, pinned_until=start - datetime.timedelta(minutes=1))


def test_a_collaborator_cannot_publish(collaborator):
    announcement = AnnouncementFactory()
    with pytest.raises(PermissionDenied):
        announcement_publish(announcement=announcement, by=collaborator)
    announcement.refresh_from_db()
    assert announcement.status == AnnouncementStatus.DRAFT


def test_a_scheduled_announcement_appears_at_its_minute_and_the_sweep_purges_once(
    editor, django_capture_on_commit_callbacks
):
    announcement = AnnouncementFactory()
    start = timezone.now() + datetime.timedelta(hours=2)
    announcement_publish(announcement=announcement, by=editor, publish_at=start)
    assert not Announcement.objects.published().exists()
    with time_machine.travel(start + datetime.timedelta(seconds=1), tick=False):
        assert list(Announcement.objects.published()) == [announcement]
        before = _generation(HOME)
        with django_capture_on_commit_callbacks(execute=True):
            assert announcements_sweep() == [announcement.pk]
        assert _generation(HOME) == before + 1
        with django_capture_on_commit_callbacks(execute=True):
            assert announcements_sweep() == []
        assert _generation(HOME) == before + 1


def test_an_expired_announcement_leaves_and_the_sweep_purges(editor, django_capture_on_commit_callbacks):
    announcement = AnnouncementFactory(published=True, unpublish_at=timezone.now() + datetime.timedelta(hours=1))
    with time_machine.travel(announcement.unpublish_at, tick=False):
        assert not Announcement.objects.published().exists()
        with django_capture_on_commit_callbacks(execute=True):
            assert announcements_sweep() == [announcement.pk]
        announcement.refresh_from_db()
        assert announcement.expired_at == announcement.unpublish_at


def test_unpublish_takes_it_off(editor):
    announcement = AnnouncementFactory(published=True)
    announcement_unpublish(announcement=announcement, by=editor)
    assert not Announcement.objects.published().exists()


# --- the work schedule ------------------------------------------------------------------------


def test_copy_previous_week_moves_each_row_seven_days_on(editor):
    previous = WorkWeekFactory(starts_on=WorkWeekFactory.starts_on.function() - datetime.timedelta(days=7))
    WorkEntryFactory(week=previous, day=previous.starts_on + datetime.timedelta(days=2), title="Giao ban tháng")
    week = WorkWeekFactory()
    assert work_week_copy_previous(week=week, by=editor) == 1
    entry = week.entries.get()
    assert (entry.day, entry.title, entry.starts_at) == (
        week.starts_on + datetime.timedelta(days=2),
        "Giao ban tháng",
        datetime.time(8, 0),
    )
    with pytest.raises(WorkScheduleError, match="Tuần này đã có lịch"):
        work_week_copy_previous(week=week, by=editor)
    assert week.entries.count() == 1


def test_copy_without_a_previous_week_says_so(editor):
    with pytest.raises(WorkScheduleError, match="Tuần trước chưa có lịch để chép."):
        work_week_copy_previous(week=WorkWeekFactory(), by=editor)


def test_a_change_after_publication_is_marked_adjusted(editor):
    entry = WorkEntryFactory(week=WorkWeekFactory())
    week = entry.week
    work_entries_save(week=week, by=editor, saved=[entry], deleted=[])
    entry.refresh_from_db()
    assert entry.adjusted_at is None  # a draft's edits are no adjustments
    work_week_publish(week=week, by=editor)
    now = timezone.now().replace(microsecond=0)
    with time_machine.travel(now + datetime.timedelta(hours=3), tick=False):
        entry.location = "Hội trường tầng 3"
        work_entries_save(week=week, by=editor, saved=[entry], deleted=[])
        entry.refresh_from_db()
        week.refresh_from_db()
        assert entry.adjusted_at == now + datetime.timedelta(hours=3)
        assert week.adjusted_at == now + datetime.timedelta(hours=3)


def test_a_row_outside_its_week_is_refused(editor):
    week = WorkWeekFactory()
    entry = WorkEntry(day=week.starts_on + datetime.timedelta(days=7), title="Ngoài tuần")
    with pytest.raises(WorkScheduleError, match="Ngày phải nằm trong tuần"):
        work_entries_save(week=week, by=editor, saved=[entry], deleted=[])
    assert not WorkEntry.objects.exists()


def test_a_week_must_start_on_monday_in_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        WorkWeekFactory(starts_on=WorkWeekFactory.starts_on.function() + datetime.timedelta(days=1))


def test_a_week_scheduled_ahead_is_hidden_until_its_time_and_swept_once(editor, django_capture_on_commit_callbacks):
    week = WorkWeekFactory()
    at = timezone.now() + datetime.timedelta(hours=5)
    work_week_publish(week=week, by=editor, published_at=at)
    assert week.status == WorkWeekStatus.PUBLISHED
    assert not WorkWeek.objects.published().exists()
    with time_machine.travel(at, tick=False):
        assert list(WorkWeek.objects.published()) == [week]
        with django_capture_on_commit_callbacks(execute=True):
            assert work_weeks_sweep() == [week.pk]
            assert work_weeks_sweep() == []


def test_an_edit_opened_before_a_publication_does_not_undo_it(editor):
    announcement = AnnouncementFactory()
    stale = Announcement.objects.get(pk=announcement.pk)
    announcement_publish(announcement=announcement, by=editor)
    stale.title = "Tiêu đề đã sửa"
    announcement_save(announcement=stale, by=editor, is_new=False, changed_fields=["title"])
    announcement.refresh_from_db()
    assert (announcement.status, announcement.title) == (AnnouncementStatus.PUBLISHED, "Tiêu đề đã sửa")
    assert stale.status == AnnouncementStatus.PUBLISHED


def test_a_weeks_edit_opened_before_its_publication_does_not_undo_it(editor):
    week = WorkWeekFactory()
    stale = WorkWeek.objects.get(pk=week.pk)
    work_week_publish(week=week, by=editor)
    stale.note = "Liên hệ Văn phòng Sở khi có thay đổi."
    work_week_save(week=stale, by=editor, is_new=False)
    week.refresh_from_db()
    assert (week.status, week.note, week.published_at) == (
        WorkWeekStatus.PUBLISHED,
        "Liên hệ Văn phòng Sở khi có thay đổi.",
        stale.published_at,
    )
