"""portal/personal_data.py: the register covers every personal-looking field, and the doc lists it."""

import datetime
import io
from pathlib import Path

import pytest
import time_machine
from axes.models import AccessFailureLog
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from portal.models import Question
from portal.personal_data import (
    personal_data_entries,
    personal_data_sweep,
    retention_settings_problems,
    stale_entries,
    unregistered_fields,
)
from portal.services.questions import question_answer
from tests.factories.portal import QuestionFactory


def test_every_field_that_looks_personal_has_an_entry_in_the_register():
    missing = unregistered_fields()
    assert missing == [], "Personal-looking fields without an entry in the register:\n" + "\n".join(missing)


def test_no_entry_names_a_model_or_field_that_is_gone():
    assert stale_entries() == []


def test_the_document_lists_every_model_of_the_register():
    text = (Path(settings.BASE_DIR) / "docs" / "personal-data.md").read_text()
    absent = sorted({e.model for e in personal_data_entries()} - {m for m in text.split("`")})
    assert absent == [], f"docs/personal-data.md has no row for {absent}"


def test_a_new_personal_field_is_named_with_the_module_to_add_it_to(monkeypatch):
    from portal import personal_data  # noqa: PLC0415 - the module under test, patched below

    monkeypatch.setattr(personal_data, "_register", personal_data._Register())
    monkeypatch.setattr(personal_data, "_discover", lambda: None)
    missing = personal_data.unregistered_fields()
    assert (
        "trainings.Participant.email: add it to a PersonalData (or NotPersonal, with the reason) for "
        "model='trainings.Participant' in trainings/personal_data.py, and a row in docs/personal-data.md" in missing
    )
    assert any(
        m.startswith("awards.HistoricalCommendation.recipient_name:") and "'awards.Commendation'" in m for m in missing
    )


# --- retention ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_sweep_anonymises_an_expired_asker_in_the_question_and_its_history(editor):
    question = QuestionFactory(full_name="Trần Thị Lan", email="lan@example.vn", unit_name="Phường Tân Lợi")
    question_answer(question=question, answer="Ba môn.", by=editor)
    with time_machine.travel(question.answered_at + datetime.timedelta(days=100)):
        recent = QuestionFactory(email="moi@example.vn")  # unanswered: its period runs from when it was sent
    with time_machine.travel(question.answered_at + datetime.timedelta(days=181)):
        preview = personal_data_sweep(dry_run=True)
        assert (preview.dry_run, preview.counts["question_contact"]) == (True, 1)
        assert Question.objects.get(pk=question.pk).email == "lan@example.vn"

        report = personal_data_sweep()
        second = personal_data_sweep()

    question.refresh_from_db()
    assert (question.full_name, question.email, question.unit_name, question.answer) == ("Bạn đọc", "", "", "Ba môn.")
    assert list(question.history.values_list("full_name", "email", "unit_name")) == [("Bạn đọc", "", "")] * 2
    assert recent.history.get().email == "moi@example.vn"
    assert (report.counts["question_contact"], second.counts["question_contact"]) == (1, 0)


@pytest.mark.django_db
def test_sign_in_failures_are_erased_after_their_period(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = {"signin_failures": 7}
    old = AccessFailureLog.objects.create(username="x", ip_address="203.0.113.9", user_agent="a", path_info="/")
    AccessFailureLog.objects.filter(pk=old.pk).update(attempt_time=timezone.now() - datetime.timedelta(days=8))
    AccessFailureLog.objects.create(username="y", ip_address="203.0.113.9", user_agent="a", path_info="/")
    out = io.StringIO()
    call_command("personal_data", "sweep", stdout=out)
    assert list(AccessFailureLog.objects.values_list("username", flat=True)) == ["y"]
    assert "     1  signin_failures" in out.getvalue().splitlines()


def test_a_period_under_the_legal_minimum_or_of_an_unknown_kind_is_refused():
    assert retention_settings_problems({"delegate_contact": 30, "delegates": 10, "question_contact": 1}) == [
        "RETENTION_DELEGATE_CONTACT_DAYS=30 is shorter than the 90 days the register (docs/personal-data.md) "
        "names as the legal minimum for delegate_contact; set at least 90.",
        "RETENTION_DELEGATES_DAYS: no such kind of data; the register knows delegate_contact, "
        "document_comment_contact, question_contact, reminder_deliveries, signin_failures, signin_log, speaker_contact.",
    ]
