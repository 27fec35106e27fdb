"""Tests of portal/services/questions.py: answering, publishing and rejecting questions, and the staff's e-mail."""

from email.header import decode_header, make_header

import pytest

from portal import roles
from portal.enums import QuestionStatus
from portal.models import Question
from portal.services.questions import (
    QuestionError,
    question_answer,
    question_notify_staff,
    question_publish,
    question_reject,
    question_submit,
    question_unpublish,
)
from tests.factories.portal import QuestionFactory, UserFactory
from tests.portal.conftest import SCRIPT

pytestmark = pytest.mark.django_db


def test_staff_mail_is_plain_text(smtp_sink, editor):
    question = QuestionFactory(body=SCRIPT, full_name="Trần Thị Lan")
    assert question_notify_staff(question_id=question.pk) is True
    message = smtp_sink.messages[0]
    assert message["To"] == "bientap@sgddt.example.vn"
    assert message.get_content_type() == "text/plain"
    assert SCRIPT in message.get_payload(decode=True).decode()


def test_a_question_without_an_answer_cannot_be_published(editor):
    question = QuestionFactory()
    with pytest.raises(QuestionError, match="chưa có trả lời nên chưa đăng được"):
        question_publish(question=question, by=editor)
    with pytest.raises(QuestionError, match="Hãy viết nội dung trả lời."):
        question_answer(question=question, answer="   ", by=editor)
    question.refresh_from_db()
    assert question.status == QuestionStatus.PENDING


def test_unpublish_and_reject_take_a_question_off_the_page(client, editor):
    kept, spam = QuestionFactory(published=True), QuestionFactory(published=True)
    question_unpublish(question=kept, by=editor)
    question_reject(question=spam, by=editor)
    assert (kept.status, spam.status) == (QuestionStatus.ANSWERED, QuestionStatus.REJECTED)
    assert list(Question.objects.published()) == []
    with pytest.raises(QuestionError, match="chưa đăng nên không cần gỡ"):
        question_unpublish(question=kept, by=editor)


def test_submission_queues_one_mail_to_the_editors_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        question_submit(full_name="Lan", email="lan@example.vn", body="Câu hỏi về tuyển sinh lớp 10?", consented=True)
    assert len(callbacks) == 1


def test_editors_are_mailed_once_however_often_the_task_runs(smtp_sink, editor):
    UserFactory(role=roles.EDITOR, email="bientap2@sgddt.example.vn")
    UserFactory(role=roles.COLLABORATOR, email="ctv@sgddt.example.vn")
    question = QuestionFactory(full_name="Trần Thị Lan", unit_name="Phường Tân Lợi", body="Thi lớp 10 mấy môn?")
    assert question_notify_staff(question_id=question.pk) is True
    assert question_notify_staff(question_id=question.pk) is False
    assert len(smtp_sink.messages) == 1
    message = smtp_sink.messages[0]
    assert message["To"] == "bientap2@sgddt.example.vn, bientap@sgddt.example.vn"
    assert str(make_header(decode_header(message["Subject"]))) == "Câu hỏi mới: Thi lớp 10 mấy môn?"
    body = message.get_payload(decode=True).decode()
    assert "Người gửi: Trần Thị Lan <" in body
    assert "Đơn vị, địa chỉ: Phường Tân Lợi" in body
    assert f"http://127.0.0.1:8000/admin/portal/question/{question.pk}/change/" in body


def test_a_title_with_line_breaks_still_makes_a_valid_mail_subject(smtp_sink, editor):
    question = QuestionFactory(title="Lịch thi\r\nBcc: ai@example.vn")
    assert question.headline == "Lịch thi Bcc: ai@example.vn"
    assert question_notify_staff(question_id=question.pk) is True
    assert smtp_sink.messages[0]["Bcc"] is None


def test_notifying_a_deleted_question_does_nothing(smtp_sink):
    assert question_notify_staff(question_id=987654) is False
    assert smtp_sink.messages == []
