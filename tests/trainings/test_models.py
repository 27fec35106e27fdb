"""The database keeps the training record consistent, whatever the form or import in front of it."""

import datetime

import pytest
from django.db import IntegrityError

from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import ParticipantFactory, SessionFactory, TrainingFactory
from trainings.enums import Attendance, ReviewStatus
from trainings.models import Participant, Review

pytestmark = pytest.mark.django_db


def test_a_training_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError):
        TrainingFactory(ends_at=datetime.datetime(2025, 10, 15, 0, 0, tzinfo=datetime.UTC))


def test_a_session_cannot_end_before_it_starts():
    training = TrainingFactory()
    with pytest.raises(IntegrityError):
        SessionFactory(training=training, ends_at=training.starts_at - datetime.timedelta(minutes=1))


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


def test_a_signed_off_record_has_its_time():
    training = TrainingFactory()
    training.review_status = ReviewStatus.SIGNED_OFF
    with pytest.raises(IntegrityError):
        training.save()


def test_a_training_has_one_sign_off():
    training = TrainingFactory()
    leader = UserFactory()
    Review.objects.create(training=training, author=leader, is_sign_off=True)
    with pytest.raises(IntegrityError):
        Review.objects.create(training=training, author=leader, is_sign_off=True)


def test_slug_and_search_text_transliterate_vietnamese():
    training = TrainingFactory(title="Tập huấn kỹ năng phát ngôn", venue="Đắk Lắk")
    assert training.slug == "tap-huan-ky-nang-phat-ngon"
    assert training.search_text == "tap huan ky nang phat ngon dak lak"
    assert training.get_absolute_url() == "/hoi-nghi-tap-huan/tap-huan-ky-nang-phat-ngon/"
    assert training.get_leaders_url() == "/lanh-dao/hoi-nghi/tap-huan-ky-nang-phat-ngon/"
