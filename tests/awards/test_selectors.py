"""Tests of awards/selectors.py: warnings before publishing, the leaders' figures, and the blocks other pages show."""

import datetime

import pytest
from django.template.loader import render_to_string

from awards.selectors import (
    commendation_figures,
    commendation_warnings,
    commendations_for_training,
    commendations_latest,
)
from tests.awards.conftest import NOW
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UnitFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db


def rows(items, *keys):
    return [tuple(item[k] for k in ("label", *keys)) for item in items]


# --- warnings before publishing -------------------------------------------------------------------


def test_the_same_recipient_rewarded_twice_for_one_achievement_in_a_school_year_is_warned():
    school = UnitFactory(name="Trường THPT Chu Văn An")
    giay_khen = AwardFormFactory(name="Giấy khen của Giám đốc Sở")
    bang_khen = AwardFormFactory(name="Bằng khen của Chủ tịch UBND tỉnh", level="province")
    earlier = DecisionFactory(number="80/QĐ-UBND", issuer="province")
    CommendationFactory(decision=earlier, form=bang_khen, recipient_name="Nguyễn Thị Thu Hà", unit=school)
    decision = DecisionFactory(number="125/QĐ-SGDĐT", status="draft", published_at=None)
    twice = CommendationFactory(decision=decision, form=giay_khen, recipient_name="NGUYEN THI THU HA", unit=school)
    CommendationFactory(decision=decision, form=giay_khen, recipient_name="Lê Văn Hùng", unit=school)
    warnings = commendation_warnings(decision=decision)
    assert [(w.commendation_id, w.message) for w in warnings] == [
        (
            twice.pk,
            "“NGUYEN THI THU HA” đã được tặng “Bằng khen của Chủ tịch UBND tỉnh” theo quyết định 80/QĐ-UBND "
            "ngày 09/06/2025 cho cùng thành tích trong năm học 2024-2025; một thành tích chỉ được khen một hình thức.",
        )
    ]


def test_no_double_award_warning_across_school_years_fields_revoked_decisions_or_a_title_with_a_form():
    school = UnitFactory()
    giay_khen = AwardFormFactory(name="Giấy khen của Giám đốc Sở")
    title = AwardFormFactory(name="Lao động tiên tiến", category="title", recipients="individuals")
    decision = DecisionFactory(status="draft", published_at=None)
    CommendationFactory(decision=decision, form=giay_khen, recipient_name="Phạm Quốc Việt", unit=school)
    CommendationFactory(
        decision=DecisionFactory(school_year="2023-2024"), form=giay_khen, recipient_name="Phạm Quốc Việt", unit=school
    )
    CommendationFactory(form=giay_khen, recipient_name="Phạm Quốc Việt", unit=school, field="teaching")
    revoked = DecisionFactory(status="revoked", revoked_at=NOW, revoke_reason="Sai sót")
    CommendationFactory(decision=revoked, form=giay_khen, recipient_name="Phạm Quốc Việt", unit=school)
    CommendationFactory(form=title, recipient_name="Phạm Quốc Việt", unit=school)
    assert commendation_warnings(decision=decision) == []


def test_a_form_given_to_the_wrong_kind_of_recipient_is_warned():
    decision = DecisionFactory(status="draft", published_at=None)
    title = AwardFormFactory(name="Chiến sĩ thi đua cơ sở", recipients="individuals", category="title")
    wrong = CommendationFactory(
        decision=decision, form=title, recipient_kind="collective", recipient_name="Tổ Ngữ văn", field=""
    )
    assert [(w.commendation_id, w.message) for w in commendation_warnings(decision=decision)] == [
        (wrong.pk, "“Tổ Ngữ văn” là tập thể nhưng hình thức “Chiến sĩ thi đua cơ sở” dành cho: chỉ cá nhân.")
    ]


def test_a_form_only_a_higher_level_may_award_is_warned_in_a_department_decision():
    bang_khen = AwardFormFactory(name="Bằng khen của Chủ tịch UBND tỉnh", level="province", department_may_issue=False)
    department = DecisionFactory(status="draft", published_at=None)
    wrong = CommendationFactory(decision=department, form=bang_khen, recipient_name="Võ Minh Khang")
    province = DecisionFactory(number="80/QĐ-UBND", issuer="province", status="draft", published_at=None)
    CommendationFactory(decision=province, form=bang_khen, recipient_name="Võ Minh Khang", field="teaching")
    assert [(w.commendation_id, w.message) for w in commendation_warnings(decision=department)] == [
        (
            wrong.pk,
            "“Võ Minh Khang”: hình thức “Bằng khen của Chủ tịch UBND tỉnh” do cấp trên quyết định; Giám đốc Sở chỉ đề nghị.",
        )
    ]
    assert commendation_warnings(decision=province) == []


# --- the leaders' figures -------------------------------------------------------------------------


def test_figures_count_public_commendations_per_year_form_and_unit(data):
    figures = commendation_figures()
    assert rows(figures.school_years, "collective", "individual", "total", "prize_total") == [
        ("Năm học 2024-2025", 1, 3, 4, 2808000),
        ("Năm học 2023-2024", 0, 1, 1, None),
    ]
    assert rows(figures.forms, "collective", "individual", "total") == [
        ("Giấy khen của Giám đốc Sở", 1, 2, 3),
        ("Lao động tiên tiến", 0, 2, 2),
    ]
    assert rows(figures.units, "total") == [("Trường THPT Chu Văn An", 3), ("Phòng GD&ĐT huyện Lắk", 2)]
    assert (figures.unit_count, figures.decision_count) == (2, 2)


def test_figures_of_one_school_year_narrow_forms_and_units_but_keep_the_yearly_trend(data):
    figures = commendation_figures(school_year="2023-2024")
    assert len(figures.school_years) == 2
    assert rows(figures.forms, "total") == [("Lao động tiên tiến", 1)]
    assert rows(figures.units, "total") == [("Phòng GD&ĐT huyện Lắk", 1)]
    assert figures.decision_count == 1


# --- the blocks of other pages --------------------------------------------------------------------


def test_home_block_shows_the_latest_public_commendations_and_nothing_when_empty(honour_roll):
    latest = commendations_latest(limit=5)
    assert [c.recipient_name for c in latest] == ["Trường THPT Chu Văn An", "Nguyễn Thị Thu Hà"]
    html = render_to_string("awards/includes/_home_block.html", {"latest_commendations": latest})
    assert '<a href="/khen-thuong/quyet-dinh/125-qd-sgddt-2025/">125/QĐ-SGDĐT</a>' in html
    assert render_to_string("awards/includes/_home_block.html", {"latest_commendations": []}).strip() == ""


def test_training_block_shows_public_commendations_handed_out_there(honour_roll, school):
    training = Training.objects.create(
        title="Hội nghị tập huấn công tác truyền thông năm học 2024-2025",
        school_year="2024-2025",
        starts_at=datetime.datetime(2025, 6, 9, 8, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2025, 6, 9, 17, 0, tzinfo=datetime.UTC),
        organizer=school,
    )
    for decision in honour_roll.values():
        decision.training = training
        decision.save(update_fields=["training"])
    commendations = commendations_for_training(training=training)
    assert [c.recipient_name for c in commendations] == ["Trường THPT Chu Văn An", "Nguyễn Thị Thu Hà"]
    html = render_to_string("awards/includes/_training_commendations.html", {"training_commendations": commendations})
    assert "Khen thưởng trao tại hội nghị" in html
    assert "Phạm Văn Thu Hồi" not in html
