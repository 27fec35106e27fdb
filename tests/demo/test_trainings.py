"""The demo seeds believable trainings, the same ones however often it runs."""

import re

import pytest
from django.db.models import Count

from trainings.enums import ReviewStatus
from trainings.models.people import Participant
from trainings.models.reminders import Reminder
from trainings.models.training import RemoteSite, Training

pytestmark = pytest.mark.django_db


def test_seed_demo_makes_the_trainings_of_the_issue_and_is_idempotent(demo):
    tmp_path = demo.root
    assert (Training.objects.count(), Participant.objects.count(), Reminder.objects.count()) == demo.first["trainings"]

    big = Training.objects.annotate(n=Count("participants"), units=Count("participants__unit", distinct=True)).get(
        expected_participants=1000
    )
    assert (big.n, big.units) == (1000, 60)
    online = Training.objects.get(format="online")
    assert RemoteSite.objects.filter(training=online).count() == 15
    upcoming = Training.objects.get(status="open")
    assert sorted(upcoming.reminders.values_list("hours_before", flat=True)) == [2, 72]
    registered = Participant.objects.filter(training=upcoming, invitation__isnull=False)
    assert (upcoming.invitations.count(), upcoming.invitations.answered().count(), registered.count()) == (8, 5, 10)
    assert Training.objects.filter(review_status=ReviewStatus.SIGNED_OFF).count() == 1
    assert big.photos.count() == 2
    assert big.materials.filter(is_public=True).count() == 2
    # Papers and materials are in the private storage, in random folders; only photos are media.
    files = [m.file for m in big.materials.all()] + [p.file for p in big.papers.all()]
    assert [re.sub(r"/[0-9a-f]{32}/", "/<random>/", f.name) for f in files] == [
        "trainings/materials/<random>/tai-lieu-1.pdf",
        "trainings/materials/<random>/tai-lieu-2.pdf",
        "trainings/materials/<random>/tai-lieu-3.pdf",
        "trainings/papers/<random>/tham-luan-1.pdf",
        "trainings/papers/<random>/tham-luan-2.pdf",
        "trainings/papers/<random>/tham-luan-3.pdf",
    ]
    assert all((tmp_path / "private" / f.name).is_file() for f in files)
    assert sorted(p.name for p in (tmp_path / "media" / "trainings").iterdir()) == ["photos"]
