"""Tests of trainings/services/attendance.py: check-in one by one, from the signed sheet in bulk, and by head count
per remote site."""

import datetime

import pytest
import time_machine
from django.db import IntegrityError, transaction

from tests.factories.trainings import HCM, ParticipantFactory, RemoteSiteFactory, TrainingFactory
from trainings.enums import Attendance
from trainings.models import RemoteSite
from trainings.services.attendance import (
    AttendanceError,
    participant_check_in,
    participants_set_attendance,
    remote_site_record_head_count,
    sign_in_sheet_record,
)

pytestmark = pytest.mark.django_db


MOMENT = datetime.datetime(2025, 10, 15, 7, 25, tzinfo=HCM)


def test_check_in_at_the_door_marks_present_with_the_time():
    person = ParticipantFactory()
    with time_machine.travel(MOMENT, tick=False):
        participant_check_in(participant=person)
    person.refresh_from_db()
    assert (person.attendance, person.checked_in_at) == (Attendance.PRESENT, MOMENT)


def test_the_signed_sheet_marks_signers_present_others_absent_and_keeps_the_excused():
    training = TrainingFactory()
    signed, at_door, unsigned, excused = ParticipantFactory.create_batch(4, training=training)
    other_training_person = ParticipantFactory()
    participant_check_in(participant=at_door, at=MOMENT)
    participants_set_attendance(training=training, participant_ids=[excused.pk], attendance=Attendance.EXCUSED)
    result = sign_in_sheet_record(training=training, present_ids=[signed.pk, at_door.pk])
    assert (result.present, result.absent) == (2, 1)
    states = {p.pk: (p.attendance, p.checked_in_at) for p in training.participants.all()}
    assert states == {
        signed.pk: (Attendance.PRESENT, None),
        at_door.pk: (Attendance.PRESENT, MOMENT),
        unsigned.pk: (Attendance.ABSENT, None),
        excused.pk: (Attendance.EXCUSED, None),
    }
    other_training_person.refresh_from_db()
    assert other_training_person.attendance == Attendance.UNKNOWN


def test_the_sheet_refuses_people_of_another_training():
    training = TrainingFactory()
    ParticipantFactory(training=training)
    stranger = ParticipantFactory()
    with pytest.raises(AttendanceError, match="không thuộc hội nghị này"):
        sign_in_sheet_record(training=training, present_ids=[stranger.pk])


def test_marking_absent_clears_the_check_in_time():
    person = ParticipantFactory()
    participant_check_in(participant=person, at=MOMENT)
    assert participants_set_attendance(training=person.training, participant_ids=[person.pk], attendance="absent") == 1
    person.refresh_from_db()
    assert (person.attendance, person.checked_in_at) == (Attendance.ABSENT, None)


def test_a_remote_site_head_count_is_recorded_with_its_time():
    site = RemoteSiteFactory()
    with time_machine.travel(MOMENT, tick=False):
        remote_site_record_head_count(site=site, head_count=42)
    site.refresh_from_db()
    assert (site.head_count, site.counted_at) == (42, MOMENT)
    with pytest.raises(AttendanceError):
        remote_site_record_head_count(site=site, head_count=-1)


def test_a_head_count_ten_times_the_expected_number_is_refused_and_nothing_is_saved():
    site = RemoteSiteFactory(expected_count=30, head_count=25)
    with pytest.raises(AttendanceError) as error:
        remote_site_record_head_count(site=site, head_count=301)
    assert str(error.value) == ("Số người có mặt (301) vượt quá 10 lần số dự kiến (30); hãy kiểm tra lại số đã nhập.")
    site.refresh_from_db()
    assert site.head_count == 25
    remote_site_record_head_count(site=site, head_count=300)  # a whole school came: allowed


def test_the_database_refuses_an_implausible_head_count_written_around_the_service():
    site = RemoteSiteFactory(expected_count=5)
    with pytest.raises(IntegrityError), transaction.atomic():
        RemoteSite.objects.filter(pk=site.pk).update(head_count=51)
