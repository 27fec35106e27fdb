"""Tests of portal/admin/questions.py: moderating questions in the admin, never showing raw HTML."""

import pytest

from portal.enums import QuestionStatus
from portal.models import Question
from tests.factories.portal import OfficeFactory, QuestionFactory
from tests.portal.conftest import SCRIPT

pytestmark = pytest.mark.django_db


def test_staff_never_see_raw_html_in_the_admin(client, editor):
    question = QuestionFactory(full_name="<i>Lan</i>", body=SCRIPT)
    client.force_login(editor)
    listing = client.get("/admin/portal/question/").content.decode()
    change = client.get(f"/admin/portal/question/{question.pk}/change/").content.decode()
    for html in (listing, change):
        assert "<script>alert" not in html
        assert "<b onmouseover" not in html
        assert "<i>Lan</i>" not in html
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in listing
    assert "&lt;i&gt;Lan&lt;/i&gt;" in change


def test_editor_answers_and_publishes_from_the_change_form(client, editor):
    office = OfficeFactory(name="Văn phòng Sở")
    question = QuestionFactory(body="Lịch tiếp công dân ở đâu?")
    client.force_login(editor)
    response = client.post(
        f"/admin/portal/question/{question.pk}/change/",
        {
            "title": "Lịch tiếp công dân",
            "body": question.body,
            "answer": "Sáng thứ Năm hằng tuần.",
            "answered_by_office": office.pk,
            "publish": "on",
        },
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.answer, question.answered_by, question.answered_by_office) == (
        QuestionStatus.PUBLISHED,
        "Sáng thứ Năm hằng tuần.",
        editor,
        office,
    )
    assert question.published_at is not None
    assert '<h2 class="qa-title"><a href="/hoi-dap/' in client.get("/hoi-dap/").content.decode()


def test_change_form_refuses_to_publish_without_an_answer(client, editor):
    question = QuestionFactory()
    client.force_login(editor)
    response = client.post(
        f"/admin/portal/question/{question.pk}/change/",
        {"title": "", "body": question.body, "answer": "", "answered_by_office": "", "publish": "on"},
    )
    assert response.status_code == 200
    assert "Hãy viết nội dung trả lời; câu hỏi đã trả lời hoặc sắp đăng phải có trả lời." in response.content.decode()
    question.refresh_from_db()
    assert question.status == QuestionStatus.PENDING


def test_admin_actions_publish_what_is_answered_and_say_what_is_not(client, editor):
    answered = QuestionFactory(status=QuestionStatus.ANSWERED, answer="Đã có trả lời.")
    pending = QuestionFactory(body="Câu hỏi chưa trả lời?")
    client.force_login(editor)
    response = client.post(
        "/admin/portal/question/",
        {"action": "publish_selected", "_selected_action": [answered.pk, pending.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "Đã đăng 1 câu hỏi." in html
    assert "Câu hỏi “Câu hỏi chưa trả lời?” chưa có trả lời nên chưa đăng được." in html
    assert list(Question.objects.published()) == [answered]
    client.post("/admin/portal/question/", {"action": "reject_selected", "_selected_action": [answered.pk]})
    assert list(Question.objects.published()) == []
