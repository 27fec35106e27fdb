"""Tests of trainings/models/training.py: the database keeps a training and its sessions consistent."""

import datetime

import pytest
from django.db import IntegrityError

from tests.factories.trainings import SessionFactory, TrainingFactory
from trainings.enums import ReviewStatus

pytestmark = pytest.mark.django_db


def test_a_training_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError):
        TrainingFactory(ends_at=datetime.datetime(2025, 10, 15, 0, 0, tzinfo=datetime.UTC))


def test_a_session_cannot_end_before_it_starts():
    training = TrainingFactory()
    with pytest.raises(IntegrityError):
        SessionFactory(training=training, ends_at=training.starts_at - datetime.timedelta(minutes=1))


def test_a_signed_off_record_has_its_time():
    training = TrainingFactory()
    training.review_status = ReviewStatus.SIGNED_OFF
    with pytest.raises(IntegrityError):
        training.save()


def test_slug_and_search_text_transliterate_vietnamese():
    training = TrainingFactory(title="Tập huấn kỹ năng phát ngôn", venue="Đắk Lắk")
    assert training.slug == "tap-huan-ky-nang-phat-ngon"
    assert training.search_text == "tap huan ky nang phat ngon dak lak"
    assert training.get_absolute_url() == "/hoi-nghi-tap-huan/tap-huan-ky-nang-phat-ngon/"
    assert training.get_leaders_url() == "/lanh-dao/hoi-nghi/tap-huan-ky-nang-phat-ngon/"
