"""Tests of awards/models.py: the data rules of commendations, held by the database: numbers, school years,
revocation."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from awards.enums import RecipientKind
from awards.models import AwardForm, normalize_decision_number, validate_school_year
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory

pytestmark = pytest.mark.django_db


def test_a_decision_number_reused_by_the_same_issuer_in_the_same_year_is_refused_by_the_database():
    DecisionFactory(number="125/QĐ-SGDĐT", signed_on=datetime.date(2025, 6, 9))
    with pytest.raises(IntegrityError, match="decision_number_unique_per_issuer_year"), transaction.atomic():
        DecisionFactory(number="125/qđ-sgdđt", signed_on=datetime.date(2025, 11, 20))


def test_the_same_number_is_free_for_another_issuer_and_in_another_year():
    DecisionFactory(number="125/QĐ-SGDĐT", issuer="department", signed_on=datetime.date(2025, 6, 9))
    DecisionFactory(number="125/QĐ-SGDĐT", issuer="province", signed_on=datetime.date(2025, 6, 9))
    # Numbers restart from 01 each calendar year.
    DecisionFactory(number="125/QĐ-SGDĐT", issuer="department", signed_on=datetime.date(2026, 1, 20))


def test_model_validation_explains_the_reused_number_in_vietnamese():
    existing = DecisionFactory(number="125/QĐ-SGDĐT")
    duplicate = DecisionFactory.build(number="125/QĐ-SGDĐT", signed_on=existing.signed_on, slug="khac")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert error.value.messages == [
        "Cơ quan ban hành này đã có một quyết định cùng số trong năm ký; mỗi số quyết định chỉ dùng một lần. "
        "Hãy kiểm tra lại số, ngày ký hoặc cơ quan ban hành."
    ]


def test_a_revoked_decision_must_carry_a_reason_in_the_database():
    decision = DecisionFactory()
    decision.status = "revoked"
    with pytest.raises(IntegrityError, match="decision_revoked_has_reason"), transaction.atomic():
        decision.save()


def test_a_published_decision_must_have_a_publication_time():
    with pytest.raises(IntegrityError, match="decision_public_has_time"), transaction.atomic():
        DecisionFactory(published_at=None)


def test_school_year_format_is_checked_by_the_validator_and_the_database():
    validate_school_year("2024-2025")
    for wrong in ("2024-2026", "2024/2025", "24-25"):
        with pytest.raises(ValidationError):
            validate_school_year(wrong)
    with pytest.raises(IntegrityError, match="decision_school_year_format"), transaction.atomic():
        DecisionFactory(school_year="2024/2025")


def test_decision_numbers_are_stored_in_one_spelling():
    assert normalize_decision_number("  125 / qđ - sgdđt ") == "125/QĐ-SGDĐT"


def test_decision_slug_is_made_once_from_number_and_year():
    decision = DecisionFactory(number="125/QĐ-SGDĐT", signed_on=datetime.date(2025, 6, 9))
    assert decision.slug == "125-qd-sgddt-2025"
    assert decision.get_absolute_url() == "/khen-thuong/quyet-dinh/125-qd-sgddt-2025/"
    decision.number = "126/QĐ-SGDĐT"
    decision.save()
    assert decision.slug == "125-qd-sgddt-2025"


def test_commendation_keeps_its_name_without_diacritics_for_search():
    commendation = CommendationFactory(recipient_name="Đỗ Thị Ngọc Ánh")
    assert commendation.search_name == "do thi ngoc anh"
    assert commendation.get_absolute_url() == commendation.decision.get_absolute_url()


def test_forms_say_which_recipients_they_allow():
    individuals = AwardFormFactory(name="Chiến sĩ thi đua cơ sở", recipients="individuals")
    collectives = AwardFormFactory(name="Tập thể lao động tiên tiến", recipients="collectives")
    both = AwardFormFactory(name="Giấy khen", recipients="both")
    assert individuals.allows(RecipientKind.INDIVIDUAL) and not individuals.allows(RecipientKind.COLLECTIVE)
    assert collectives.allows(RecipientKind.COLLECTIVE) and not collectives.allows(RecipientKind.INDIVIDUAL)
    assert both.allows(RecipientKind.COLLECTIVE) and both.allows(RecipientKind.INDIVIDUAL)
    assert AwardForm.objects.get(pk=collectives.pk).slug == "tap-the-lao-dong-tien-tien"
