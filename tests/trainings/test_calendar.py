"""Tests of trainings/calendar.py: the public .ics of a training, without the meeting link."""

import pytest

from tests.factories.trainings import TrainingFactory
from tests.trainings.conftest import at

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]


def test_the_ics_download_is_a_calendar_event_without_the_meeting_link(client):
    training = TrainingFactory(
        title="Tập huấn phát ngôn", venue="Hội trường Sở", online_url="https://meet.example.vn/abc?pwd=123", **at(3)
    )
    response = client.get(f"/hoi-nghi-tap-huan/{training.slug}/lich.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{training.slug}.ics"'
    body = response.content.decode()
    assert "BEGIN:VCALENDAR" in body
    assert "SUMMARY:Tập huấn phát ngôn" in body
    assert "DTSTART:20251104T020000Z" in body
    assert "LOCATION:Hội trường Sở" in body
    assert "meet.example.vn" not in body  # the link and its passcode go to invited people only
