"""portal/rights.py and ``manage.py personal_data``: one person's records across apps and history."""

import datetime
import io
import json

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from portal import roles
from portal.models import PersonalDataRequest, Question, RequestStatus
from portal.rights import Person, RightsError, personal_data_erase, personal_data_find
from portal.services.questions import question_answer
from tests.factories.portal import QuestionFactory, UserFactory
from tests.factories.trainings import ParticipantFactory

pytestmark = pytest.mark.django_db

EMAIL = "lan.tran@example.vn"


@pytest.fixture
def officer():
    return UserFactory(username="baove", role=roles.DATA_PROTECTION_OFFICER)


@pytest.fixture
def lan(editor):
    question = QuestionFactory(full_name="Trần Thị Lan", email=EMAIL)
    question_answer(question=question, answer="Ba môn.", by=editor)  # a second history copy
    delegate = ParticipantFactory(full_name="Trần Thị Lan", email="Lan.Tran@example.vn", phone="0905 111 222")
    account = UserFactory(username="lantt", first_name="Lan", last_name="Trần Thị", email=EMAIL)
    return question, delegate, account


def test_find_lists_the_question_its_history_the_delegate_and_the_account(lan):
    question, delegate, account = lan
    found = sorted(
        (m.holding.model, m.row.pk if not m.is_history else question.pk, m.is_history)
        for m in personal_data_find(person=Person(email=EMAIL))
    )
    assert found == sorted(
        [
            ("portal.Question", question.pk, False),
            ("portal.Question", question.pk, True),
            ("portal.Question", question.pk, True),
            ("trainings.Participant", delegate.pk, False),
            ("portal.User", account.pk, False),
        ]
    )
    assert [m.holding.model for m in personal_data_find(person=Person(phone="0905.111.222"))] == [
        "trainings.Participant"
    ]


def test_export_writes_json_and_xlsx_that_say_who_exported_them(lan, officer, tmp_path):
    call_command(
        "personal_data",
        "export",
        "--email",
        EMAIL,
        "--by",
        "baove",
        "--output",
        tmp_path / "lan.json",
        stdout=io.StringIO(),
    )
    data = json.loads((tmp_path / "lan.json").read_text())
    assert data["exported_by"] == "baove"
    assert len(data["records"]) == 5
    call_command(
        "personal_data",
        "export",
        "--email",
        EMAIL,
        "--by",
        "baove",
        "--output",
        tmp_path / "lan.xlsx",
        stdout=io.StringIO(),
    )
    first = next(load_workbook(tmp_path / "lan.xlsx").active.iter_rows(values_only=True))
    assert first[:2] == ("Xuất bởi", "baove")
    assert list(PersonalDataRequest.objects.values_list("status", "outcome")) == [
        (RequestStatus.DONE, "Đã gửi bản sao 5 bản ghi (.xlsx)."),
        (RequestStatus.DONE, "Đã gửi bản sao 5 bản ghi (.json)."),
    ]


def test_erase_clears_question_history_and_delegate_and_says_the_account_is_kept(lan, officer):
    question, delegate, account = lan
    out = io.StringIO()
    call_command("personal_data", "erase", "--email", EMAIL, "--by", "baove", stdout=out)
    question.refresh_from_db()
    delegate.refresh_from_db()
    assert (question.email, question.full_name, question.answer) == ("", "Bạn đọc", "Ba môn.")
    assert set(question.history.values_list("email", "full_name")) == {("", "Bạn đọc")}
    assert (delegate.email, delegate.phone, delegate.full_name, delegate.attendance) == (
        "",
        "",
        "(đã ẩn danh theo yêu cầu)",
        "unknown",
    )
    assert delegate.training.participants.count() == 1  # the counts stay
    account.refresh_from_db()
    assert account.email == EMAIL
    assert "Giữ lại: Tài khoản cán bộ: Tài khoản cán bộ gắn với việc ai đã viết" in out.getvalue()
    request = PersonalDataRequest.objects.get()
    assert (request.status, request.handled_by, request.deadline - request.received_at) == (
        RequestStatus.DONE,
        officer,
        datetime.timedelta(hours=72),
    )
    assert personal_data_find(person=Person(email=EMAIL))[0].holding.model == "portal.User"


def test_erasing_an_email_shared_by_two_people_asks_which(officer):
    QuestionFactory(full_name="Nguyễn Văn An", email="nha@example.vn")
    QuestionFactory(full_name="Nguyễn Thị Bình", email="nha@example.vn")
    with pytest.raises(RightsError, match="Tìm thấy 2 người: Nguyễn Thị Bình; Nguyễn Văn An. Hãy ghi thêm họ tên"):
        personal_data_erase(person=Person(email="nha@example.vn"), by=officer)
    assert Question.objects.filter(email="nha@example.vn").count() == 2


def test_a_name_needs_a_unit_and_an_editor_may_not_erase(editor):
    with pytest.raises(CommandError, match="Tìm theo họ tên cần ghi kèm đơn vị"):
        call_command("personal_data", "find", "--name", "Trần Thị Lan")
    with pytest.raises(PermissionDenied, match="Bạn không có quyền"):
        personal_data_erase(person=Person(email=EMAIL), by=editor)
