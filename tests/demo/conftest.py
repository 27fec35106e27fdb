"""The demo, seeded once for the whole package rather than twice per test (a minute each).

``seed_demo`` runs twice, as the tests check it is idempotent, inside a transaction that is
rolled back after the package; each test then runs in a savepoint of it, so what a test
changes goes with the test. Its files go to a folder of the package's own.
"""

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings

from awards.models import AwardForm, Commendation, Decision
from news.models import Document
from portal.models.core import Unit, User
from portal.models.feedback import Question
from portal.models.organisation import AboutPage, AgencyLink, Leader, Office, PressBriefing, Spokesperson
from trainings.models.people import Participant
from trainings.models.reminders import Reminder
from trainings.models.training import Training

ORGANISATION_MODELS = (AboutPage, Leader, Office, Spokesperson, PressBriefing, AgencyLink, Question)


def counts() -> dict[str, object]:
    """What the idempotency checks compare between the first and the second run."""
    return {
        "units_users": (Unit.objects.count(), User.objects.count()),
        "organisation": [model.objects.count() for model in ORGANISATION_MODELS],
        "awards": (AwardForm.objects.count(), Decision.objects.count(), Commendation.objects.count()),
        "documents": Document.objects.count(),
        "trainings": (Training.objects.count(), Participant.objects.count(), Reminder.objects.count()),
    }


@dataclass(frozen=True)
class SeededDemo:
    root: Path  # MEDIA_ROOT is root / "media", PRIVATE_MEDIA_ROOT root / "private"
    first: dict[str, object]  # counts() after the first run
    output: str  # what both runs printed


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, tmp_path_factory) -> SeededDemo:
    root = tmp_path_factory.mktemp("demo")
    with (
        override_settings(MEDIA_ROOT=root / "media", PRIVATE_MEDIA_ROOT=root / "private"),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        output = io.StringIO()
        call_command("seed_demo", "--allow-production", stdout=output)
        first = counts()
        call_command("seed_demo", "--allow-production", stdout=output)
        yield SeededDemo(root=root, first=first, output=output.getvalue())
        transaction.set_rollback(True)
