"""Tests of trainings/models/records.py: a training has one sign-off."""

import pytest
from django.db import IntegrityError

from tests.factories.portal import UserFactory
from tests.factories.trainings import TrainingFactory
from trainings.models import Review

pytestmark = pytest.mark.django_db


def test_a_training_has_one_sign_off():
    training = TrainingFactory()
    leader = UserFactory()
    Review.objects.create(training=training, author=leader, is_sign_off=True)
    with pytest.raises(IntegrityError):
        Review.objects.create(training=training, author=leader, is_sign_off=True)
