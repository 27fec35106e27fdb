"""Tests of trainings/admin/people.py: checking participants in one by one from their list."""

import pytest

from tests.factories.trainings import ParticipantFactory
from trainings.enums import Attendance

pytestmark = pytest.mark.django_db


def test_check_in_one_by_one_from_the_participant_list(editor_client):
    person = ParticipantFactory()
    editor_client.post(
        "/admin/trainings/participant/", {"action": "check_in_now", "_selected_action": [person.pk]}, follow=True
    )
    person.refresh_from_db()
    assert person.attendance == Attendance.PRESENT
    assert person.checked_in_at is not None
