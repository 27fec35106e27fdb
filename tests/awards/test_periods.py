"""Tests of a decision's period, a school year or a calendar year, through the honour roll and the leaders' figures,
and of prizes in kind."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from awards.models import Decision
from awards.selectors import commendation_figures, honour_roll, school_years_public
from tests.factories.awards import CommendationFactory, DecisionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_periods():
    calendar = DecisionFactory(number="12/QĐ-SGDĐT", school_year="", calendar_year=2017)
    CommendationFactory(decision=calendar, recipient_kind="collective", recipient_name="Trường THPT Buôn Ma Thuột")
    CommendationFactory(
        decision=calendar, recipient_name="Nguyễn Thị Mai", prize_amount=500000, prize_in_kind="01 máy ảnh"
    )
    school = DecisionFactory(school_year="2017-2018")
    CommendationFactory(decision=school, recipient_name="Lê Văn Tâm")
    return calendar, school


def test_the_honour_roll_and_the_figures_filter_by_a_calendar_year_or_a_school_year(two_periods, client):
    calendar, _school = two_periods
    assert calendar.period == "2017"
    assert school_years_public() == ["2017-2018", "2017"]
    assert [c.recipient_name for c in honour_roll(school_year="2017")] == [
        "Trường THPT Buôn Ma Thuột",
        "Nguyễn Thị Mai",
    ]
    assert [c.recipient_name for c in honour_roll(school_year="2017-2018")] == ["Lê Văn Tâm"]
    figures = commendation_figures(school_year="2017")
    assert [(r["label"], r["total"], r["prize_total"]) for r in figures.school_years] == [
        ("Năm học 2017-2018", 1, None),
        ("Năm 2017", 2, 500000),
    ]
    assert (figures.decision_count, sum(r["total"] for r in figures.forms)) == (1, 2)
    html = client.get("/khen-thuong/", {"nam_hoc": "2017"}).content.decode()
    assert '<option value="2017" selected>Năm 2017</option>' in html
    assert "năm 2017" in client.get(calendar.get_absolute_url()).content.decode().lower()


def test_a_decision_names_a_school_year_or_a_calendar_year_never_both_nor_neither():
    message = "Hãy ghi năm học hoặc năm của đợt khen thưởng, chỉ một trong hai."
    for school_year, calendar_year in (("2017-2018", 2017), ("", None)):
        decision = DecisionFactory.build(school_year=school_year, calendar_year=calendar_year)
        with pytest.raises(ValidationError) as error:
            decision.full_clean()
        assert message in str(error.value)
    decision = DecisionFactory(school_year="", calendar_year=2017)
    with pytest.raises(IntegrityError), transaction.atomic():
        Decision.objects.filter(pk=decision.pk).update(calendar_year=None)
