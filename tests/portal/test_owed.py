"""portal/owed.py: the owed-work sweep and ``manage.py owed``."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from portal import owed, roles
from portal.models import Question
from tests.factories.portal import QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_command_shows_what_is_owed_and_sweep_does_it(settings):
    UserFactory(role=roles.EDITOR, email="btv@sgddt.example.vn")
    QuestionFactory(created_at=timezone.now() - datetime.timedelta(minutes=3))
    QuestionFactory()  # just sent: its own task has it

    out = io.StringIO()
    call_command("owed", stdout=out)
    assert (
        "     1  portal.question_mails             Thư báo biên tập viên có câu hỏi mới" in out.getvalue().splitlines()
    )

    out = io.StringIO()
    call_command("owed", "--sweep", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "done portal.question_mails: 1"
    assert "     0  portal.question_mails             Thư báo biên tập viên có câu hỏi mới" in lines
    assert [m.to for m in mail.outbox] == [["btv@sgddt.example.vn"]]


def test_a_row_whose_work_fails_is_logged_and_the_rest_is_done(monkeypatch, caplog):
    UserFactory(role=roles.EDITOR, email="btv@sgddt.example.vn")
    old = timezone.now() - datetime.timedelta(minutes=3)
    broken = QuestionFactory(created_at=old)
    QuestionFactory(created_at=old)
    real = owed._registry["portal.question_mails"]

    def do(pk):
        if pk == broken.pk:
            raise OSError("mail server refused")
        return real.do(pk)

    monkeypatch.setitem(owed._registry, real.name, owed.OwedWork(real.name, real.label, real.owed, do))
    assert owed.owed_sweep() == {"portal.question_mails": 1}
    assert list(Question.objects.filter(staff_notified_at__isnull=True).values_list("pk", flat=True)) == [broken.pk]
    assert f"owed work portal.question_mails of row {broken.pk} failed; tried again at the next sweep" in caplog.text


def test_the_sweep_runs_every_two_minutes(settings):
    assert settings.CELERY_BEAT_SCHEDULE["portal-owed-sweep"] == {"task": "portal.owed_sweep", "schedule": 120.0}
