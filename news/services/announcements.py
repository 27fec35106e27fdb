"""State changes of announcements and the weekly work schedule: saving, publishing, the sweep.

Each service checks the user's permission itself; the public side follows
``published()`` alone, and the sweep (``news.publish_due``) does the side effects of a time
that came (docs/architecture.md: what the public sees is decided in one place).
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.permissions import require_permission
from portal.text import normalize_search_text

from ..cache import purge_announcement, purge_work_schedule
from ..enums import AnnouncementStatus, WorkWeekStatus
from ..models import Announcement, WorkEntry, WorkWeek


class AnnouncementError(Exception):
    """A change the announcement's state or times do not allow; the message is for the user."""


def _purge_after_commit(announcement: Announcement) -> None:
    pk = announcement.pk
    transaction.on_commit(lambda: purge_announcement(announcement_id=pk))


def _check_times(announcement: Announcement) -> None:
    start = announcement.publish_at
    if start and announcement.pinned_until and announcement.pinned_until <= start:
        raise AnnouncementError(_("Thời điểm hết ghim phải sau thời điểm đăng."))
    if start and announcement.unpublish_at and announcement.unpublish_at <= start:
        raise AnnouncementError(_("Thời điểm gỡ phải sau thời điểm đăng."))


# Written by an edit only when the form changed them (the times), or never (the workflow's).
_NOT_EDITED = {"id", "status", "publish_at", "unpublish_at", "went_live_at", "expired_at", "created_by", "created_at"}


def announcement_save(*, announcement: Announcement, by, is_new: bool, changed_fields=()) -> Announcement:
    """Save an announcement written in the admin.

    Side effects: the search text is refreshed; when the times of a published announcement
    move, its go-live or expiry is processed again at the new time; a published
    announcement's pages are purged after the commit.
    """
    require_permission(by, "news.add_announcement" if is_new else "news.change_announcement")
    changed = set(changed_fields)
    if changed & {"publish_at", "unpublish_at"} and announcement.status == AnnouncementStatus.PUBLISHED:
        require_permission(by, "news.publish_announcement")
    _check_times(announcement)
    if is_new:
        announcement.created_by = by
    announcement.search_text = normalize_search_text(f"{announcement.title} {announcement.body}")
    if announcement.file and not announcement.file_title:
        announcement.file_title = announcement.file.name.rsplit("/", 1)[-1]
    if is_new:
        announcement.save()
    else:
        # An edit never writes the status the form was opened with: a publication or removal
        # made meanwhile by someone else stands.
        update_fields = [f.name for f in Announcement._meta.concrete_fields if f.name not in _NOT_EDITED]
        if "publish_at" in changed:
            announcement.went_live_at = None
            update_fields += ["publish_at", "went_live_at"]
        if "unpublish_at" in changed:
            announcement.expired_at = None
            update_fields += ["unpublish_at", "expired_at"]
        announcement.save(update_fields=update_fields)
        announcement.refresh_from_db(fields=["status", "publish_at", "unpublish_at"])
    if announcement.status == AnnouncementStatus.PUBLISHED:
        _purge_after_commit(announcement)
    return announcement


def announcement_publish(
    *, announcement: Announcement, by, publish_at: datetime.datetime | None = None
) -> Announcement:
    """Publish now or at ``publish_at``. Side effects: purge after the commit (a scheduled one is
    purged again by the sweep at its time)."""
    require_permission(by, "news.publish_announcement")
    with transaction.atomic():
        Announcement.objects.select_for_update().filter(pk=announcement.pk).values_list("pk").get()
        announcement.publish_at = publish_at or announcement.publish_at or timezone.now()
        _check_times(announcement)
        announcement.status = AnnouncementStatus.PUBLISHED
        announcement.went_live_at = None
        announcement.expired_at = None
        announcement.save(update_fields=["status", "publish_at", "went_live_at", "expired_at", "updated_at"])
    _purge_after_commit(announcement)
    return announcement


def announcement_unpublish(*, announcement: Announcement, by) -> Announcement:
    """Take an announcement off the site. Side effect: its pages purged."""
    require_permission(by, "news.publish_announcement")
    with transaction.atomic():
        Announcement.objects.select_for_update().filter(pk=announcement.pk).values_list("pk").get()
        announcement.status = AnnouncementStatus.UNPUBLISHED
        announcement.save(update_fields=["status", "updated_at"])
    _purge_after_commit(announcement)
    return announcement


def announcements_sweep(*, now: datetime.datetime | None = None) -> list[int]:
    """Process the announcements whose publication or removal time has come: each purged once.

    Due rows are locked with ``skip_locked`` and marked in the same transaction, so a second
    sweep, at the same time or later, finds nothing to do.
    """
    now = now or timezone.now()
    done = []
    with transaction.atomic():
        published = Announcement.objects.select_for_update(skip_locked=True).filter(status=AnnouncementStatus.PUBLISHED)
        for announcement in published.filter(publish_at__lte=now, went_live_at__isnull=True)[:200]:
            announcement.went_live_at = now
            announcement.save(update_fields=["went_live_at"])
            _purge_after_commit(announcement)
            done.append(announcement.pk)
        for announcement in published.filter(unpublish_at__lte=now, expired_at__isnull=True)[:200]:
            announcement.expired_at = now
            announcement.save(update_fields=["expired_at"])
            _purge_after_commit(announcement)
            done.append(announcement.pk)
    return done


# --- the work schedule ----------------------------------------------------------------------


class WorkScheduleError(Exception):
    """A change the week's state does not allow; the message is for the user."""


def _purge_schedule_after_commit() -> None:
    transaction.on_commit(purge_work_schedule)


def work_week_copy_previous(*, week: WorkWeek, by) -> int:
    """Start a week from the week before: its rows copied, each moved seven days on.

    Only into a week without rows, so a second click copies nothing. Returns the number of
    rows copied. Side effect: the schedule's pages purged when the week is public.
    """
    require_permission(by, "news.change_workweek")
    with transaction.atomic():
        WorkWeek.objects.select_for_update().filter(pk=week.pk).values_list("pk").get()
        if week.entries.exists():
            raise WorkScheduleError(_("Tuần này đã có lịch; chỉ chép lịch tuần trước vào tuần còn trống."))
        previous = WorkWeek.objects.filter(starts_on=week.starts_on - datetime.timedelta(days=7)).first()
        if previous is None or not previous.entries.exists():
            raise WorkScheduleError(_("Tuần trước chưa có lịch để chép."))
        copies = [
            WorkEntry(
                week=week,
                day=entry.day + datetime.timedelta(days=7),
                starts_at=entry.starts_at,
                title=entry.title,
                location=entry.location,
                presiding=entry.presiding,
                attendees=entry.attendees,
                unit_in_charge=entry.unit_in_charge,
                order=entry.order,
            )
            for entry in previous.entries.all()
        ]
        WorkEntry.objects.bulk_create(copies)
        if week.is_public():
            _purge_schedule_after_commit()
    return len(copies)


def work_entries_save(*, week: WorkWeek, by, saved, deleted) -> None:
    """Save the rows edited with a week; delete the removed ones.

    Side effects: once the week is public, each changed row is marked "điều chỉnh" with the
    time (``adjusted_at``) and the week records its last adjustment (a removed row leaves no
    row to mark); the schedule's pages are purged.
    """
    require_permission(by, "news.change_workweek")
    for entry in [*saved, *deleted]:
        if entry.pk and entry.week_id != week.pk:
            raise WorkScheduleError(_("Mục lịch không thuộc tuần này."))
    now = timezone.now()
    public = week.is_public(now)
    for entry in saved:
        if not week.starts_on <= entry.day <= week.ends_on:
            raise WorkScheduleError(_("Ngày phải nằm trong tuần của lịch (từ thứ Hai đến Chủ nhật)."))
        entry.week = week
        if public:
            entry.adjusted_at = now
        entry.save()
    for entry in deleted:
        entry.delete()
    if public and (saved or deleted):
        WorkWeek.objects.filter(pk=week.pk).update(adjusted_at=now)
        week.adjusted_at = now
    if week.status == WorkWeekStatus.PUBLISHED:
        _purge_schedule_after_commit()


def work_week_save(*, week: WorkWeek, by, is_new: bool) -> WorkWeek:
    """Save a week's own fields. Side effect: the schedule's pages purged when it is published."""
    require_permission(by, "news.add_workweek" if is_new else "news.change_workweek")
    if week.starts_on.weekday() != 0:
        raise WorkScheduleError(_("Tuần phải bắt đầu vào thứ Hai."))
    if is_new:
        week.save()
    else:
        # Only the week's own fields: a publication made meanwhile by someone else stands.
        fields = ["starts_on", "note", "updated_at"]
        with transaction.atomic():
            stored = WorkWeek.objects.select_for_update().values_list("status", flat=True).get(pk=week.pk)
            if stored == WorkWeekStatus.DRAFT:
                fields.append("published_at")  # a draft's planned time; a published week's is the publish action's
            week.save(update_fields=fields)
        week.refresh_from_db(fields=["status", "published_at", "went_live_at", "adjusted_at"])
    if week.status == WorkWeekStatus.PUBLISHED:
        _purge_schedule_after_commit()
    return week


def work_week_publish(*, week: WorkWeek, by, published_at: datetime.datetime | None = None) -> WorkWeek:
    """Publish a week now or at ``published_at``. Side effect: purge (again by the sweep at a later time)."""
    require_permission(by, "news.publish_workweek")
    with transaction.atomic():
        WorkWeek.objects.select_for_update().filter(pk=week.pk).values_list("pk").get()
        week.refresh_from_db(fields=["status"])
        if week.status == WorkWeekStatus.PUBLISHED and week.is_public():
            raise WorkScheduleError(_("Lịch tuần này đã được đăng."))
        week.status = WorkWeekStatus.PUBLISHED
        week.published_at = published_at or timezone.now()
        week.went_live_at = None
        week.adjusted_at = None
        week.save(update_fields=["status", "published_at", "went_live_at", "adjusted_at", "updated_at"])
    _purge_schedule_after_commit()
    return week


def work_week_unpublish(*, week: WorkWeek, by) -> WorkWeek:
    """Take a week off the site (back to a draft). Side effect: purge."""
    require_permission(by, "news.publish_workweek")
    week.status = WorkWeekStatus.DRAFT
    week.save(update_fields=["status", "updated_at"])
    _purge_schedule_after_commit()
    return week


def work_weeks_sweep(*, now: datetime.datetime | None = None) -> list[int]:
    """Purge the schedule once for the weeks whose publication time has come; a second run finds nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        due = list(
            WorkWeek.objects.select_for_update(skip_locked=True)
            .filter(status=WorkWeekStatus.PUBLISHED, published_at__lte=now, went_live_at__isnull=True)
            .values_list("pk", flat=True)[:200]
        )
        if due:
            WorkWeek.objects.filter(pk__in=due).update(went_live_at=now)
            _purge_schedule_after_commit()
    return due
