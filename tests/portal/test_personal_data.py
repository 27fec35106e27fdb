"""portal/personal_data.py: the register covers every personal-looking field, and the doc lists it."""

from pathlib import Path

from django.conf import settings

from portal.personal_data import personal_data_entries, stale_entries, unregistered_fields


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
