"""Tests of trainings/models/people.py: one row per person and training, and a check-in time means present."""

import datetime

import pytest
from django.db import IntegrityError

from tests.factories.portal import UnitFactory
from tests.factories.trainings import ParticipantFactory, TrainingFactory
from trainings.enums import Attendance
from trainings.models import Participant

pytestmark = pytest.mark.django_db


def test_one_participant_row_per_email_per_training_whatever_the_case():
    person = ParticipantFactory(email="nguyen.an@example.vn")
    with pytest.raises(IntegrityError):
        ParticipantFactory(training=person.training, email="Nguyen.An@Example.VN")


def test_without_email_the_same_name_in_the_same_unit_is_the_same_person():
    unit = UnitFactory()
    person = ParticipantFactory(email="", full_name="Hồ Thị Hoa", unit=unit)
    ParticipantFactory(training=person.training, email="", full_name="Hồ Thị Hoa", unit=UnitFactory())
    with pytest.raises(IntegrityError):
        ParticipantFactory(training=person.training, email="", full_name="HỒ THỊ HOA", unit=unit)


def test_the_same_person_may_attend_two_trainings():
    person = ParticipantFactory(email="a@example.vn")
    ParticipantFactory(email="a@example.vn", training=TrainingFactory())
    assert Participant.objects.filter(email="a@example.vn").count() == 2
    assert person.person_key == "e:a@example.vn"


def test_a_check_in_time_means_present():
    with pytest.raises(IntegrityError):
        ParticipantFactory(attendance=Attendance.ABSENT, checked_in_at=datetime.datetime.now(datetime.UTC))
