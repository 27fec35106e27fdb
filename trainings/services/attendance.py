"""Check-in: one by one at the door, in bulk from the signed sheet, and by head count per remote site."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import Attendance
from ..models import Participant, RemoteSite, Training
from ..models.training import remote_site_head_count_problem


class AttendanceError(ValueError):
    """A check-in that cannot be recorded; the message says why, in Vietnamese."""


def participant_check_in(*, participant: Participant, at=None) -> Participant:
    """Mark one person present now (or at ``at``). Side effects: none beyond the row."""
    participant.attendance = Attendance.PRESENT
    participant.checked_in_at = at or timezone.now()
    participant.save(update_fields=["attendance", "checked_in_at", "updated_at"])
    return participant


def participants_set_attendance(*, training: Training, participant_ids: Iterable[int], attendance: str) -> int:
    """Set the attendance of the listed people of ``training``; returns how many rows changed.

    Present people keep their check-in time; anyone else loses it (the database forbids a
    check-in time without presence).
    """
    if attendance not in Attendance.values:
        raise AttendanceError(_("Trạng thái điểm danh không hợp lệ."))
    rows = Participant.objects.filter(training=training, pk__in=list(participant_ids))
    if attendance == Attendance.PRESENT:
        return rows.update(attendance=attendance, updated_at=timezone.now())
    return rows.update(attendance=attendance, checked_in_at=None, updated_at=timezone.now())


@dataclass(frozen=True)
class SignInSheetResult:
    present: int
    absent: int


def sign_in_sheet_record(*, training: Training, present_ids: Iterable[int]) -> SignInSheetResult:
    """Record the printed sign-in sheet after the event: who signed came, who did not was absent.

    People already marked "excused" stay excused; people checked in at the door stay
    present with their time. Side effects: none beyond the rows, in one transaction.
    """
    present_ids = set(present_ids)
    with transaction.atomic():
        people = Participant.objects.select_for_update().filter(training=training)
        known = set(people.values_list("pk", flat=True))
        unknown = present_ids - known
        if unknown:
            raise AttendanceError(_("Có người trong danh sách ký không thuộc hội nghị này."))
        now = timezone.now()
        present = people.filter(pk__in=present_ids).exclude(attendance=Attendance.PRESENT)
        present.update(attendance=Attendance.PRESENT, updated_at=now)
        absent = people.exclude(pk__in=present_ids).exclude(attendance=Attendance.EXCUSED)
        absent_count = absent.update(attendance=Attendance.ABSENT, checked_in_at=None, updated_at=now)
    return SignInSheetResult(present=len(present_ids), absent=absent_count)


def remote_site_record_head_count(*, site: RemoteSite, head_count: int) -> RemoteSite:
    """Record how many people were counted at a remote site. Side effects: none beyond the row."""
    problem = remote_site_head_count_problem(head_count=head_count, expected_count=site.expected_count)
    if problem:
        raise AttendanceError(problem)
    site.head_count = head_count
    site.counted_at = timezone.now()
    site.save(update_fields=["head_count", "counted_at"])
    return site
