"""trainings/personal_data.py: delegates' contacts end with their period; names and counts stay."""

import datetime

import pytest
import time_machine

from portal.personal_data import personal_data_sweep
from tests.factories.trainings import ParticipantFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def test_delegates_contacts_are_erased_a_year_after_the_training_and_their_names_kept():
    training = TrainingFactory()
    ParticipantFactory(training=training, full_name="Nguyễn Văn An", email="an@example.vn", phone="0905 111 222")
    ParticipantFactory(training=training, full_name="Lê Thị Bình", email="", phone="0905 333 444")
    later = TrainingFactory(starts_at=training.starts_at + datetime.timedelta(days=300))
    ParticipantFactory(training=later, email="con@example.vn")

    with time_machine.travel(training.ends_at + datetime.timedelta(days=366)):
        report = personal_data_sweep()
    assert report.counts["delegate_contact"] == 2
    assert sorted(training.participants.values_list("full_name", "email", "phone")) == [
        ("Lê Thị Bình", "", ""),
        ("Nguyễn Văn An", "", ""),
    ]
    assert later.participants.get().email == "con@example.vn"
