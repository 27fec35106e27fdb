"""Publishing and revoking decisions, and the warnings an editor sees before publishing."""

import datetime

import pytest
import time_machine

from awards.enums import DecisionStatus
from awards.models import Commendation, Decision
from awards.selectors import commendation_warnings
from awards.services import WorkflowError, decision_publish, decision_revoke
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UnitFactory, UserFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2025, 9, 15, 9, 0, tzinfo=datetime.UTC)


@time_machine.travel(NOW, tick=False)
def test_publishing_a_draft_makes_it_public_and_records_who_did_it():
    editor = UserFactory()
    decision = DecisionFactory(status="draft", published_at=None)
    CommendationFactory(decision=decision)
    decision_publish(decision=decision, by=editor)
    decision.refresh_from_db()
    assert (decision.status, decision.published_at) == (DecisionStatus.PUBLISHED, NOW)
    assert list(Decision.objects.published()) == [decision]
    last = decision.history.first()
    assert (last.history_user, last.history_change_reason) == (editor, "Công bố")


def test_a_decision_without_recipients_cannot_be_published():
    decision = DecisionFactory(status="draft", published_at=None)
    with pytest.raises(WorkflowError, match="chưa có tập thể, cá nhân nào"):
        decision_publish(decision=decision)


@time_machine.travel(NOW, tick=False)
def test_revoking_hides_the_decision_and_deletes_nothing():
    editor = UserFactory()
    decision = DecisionFactory()
    CommendationFactory.create_batch(3, decision=decision)
    decision_revoke(
        decision=decision,
        reason="Cá nhân được khen bị kỷ luật trong năm học, không đủ điều kiện khen thưởng.",
        revoking_number="45/qđ-sgdđt",
        revoking_signed_on=datetime.date(2025, 9, 12),
        by=editor,
    )
    decision.refresh_from_db()
    assert decision.status == DecisionStatus.REVOKED
    assert (decision.revoking_number, decision.revoked_at) == ("45/QĐ-SGDĐT", NOW)
    assert Decision.objects.count() == 1
    assert Commendation.objects.filter(decision=decision).count() == 3
    assert list(Decision.objects.published()) == []
    assert list(Commendation.objects.public()) == []
    history = list(decision.history.order_by("history_date").values_list("status", "history_change_reason"))
    assert history == [("published", None), ("revoked", "Thu hồi theo quyết định 45/QĐ-SGDĐT")]


@pytest.mark.parametrize(
    ("status", "reason", "number", "signed_on", "message"),
    [
        ("draft", "Sai sót", "45/QĐ-SGDĐT", datetime.date(2025, 9, 12), "Chỉ thu hồi được quyết định đã công bố"),
        ("published", "  ", "45/QĐ-SGDĐT", datetime.date(2025, 9, 12), "Hãy ghi lý do thu hồi"),
        ("published", "Sai sót", "", datetime.date(2025, 9, 12), "Hãy ghi số và ngày ký"),
        ("published", "Sai sót", "45/QĐ-SGDĐT", datetime.date(2025, 1, 2), "không thể ký trước"),
    ],
)
def test_revoking_needs_a_published_decision_a_reason_and_the_revoking_decision(
    status, reason, number, signed_on, message
):
    decision = DecisionFactory(status=status, published_at=None if status == "draft" else NOW)
    with pytest.raises(WorkflowError, match=message):
        decision_revoke(decision=decision, reason=reason, revoking_number=number, revoking_signed_on=signed_on)
    decision.refresh_from_db()
    assert decision.status == status


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
