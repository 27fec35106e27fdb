"""Tests of portal/web/views/questions.py: the public form and its abuse guards, and the Q&A pages."""

import datetime
import time
import zlib

import pytest
import time_machine
from django.utils import timezone

from portal.enums import QuestionStatus
from portal.models import Question
from portal.services.questions import question_answer, question_publish, question_submit
from tests.factories.portal import OfficeFactory, QuestionFactory
from tests.portal.conftest import SCRIPT

pytestmark = pytest.mark.django_db


GOOD_POST = {
    "full_name": "Trần Thị Lan",
    "email": "tranthilan@example.vn",
    "unit_name": "Phường Tân Lợi",
    "body": "Kỳ thi tuyển sinh vào lớp 10 năm nay thi mấy môn ạ?",
    "show_name": "on",
    "consent": "on",
    "website": "",
}


def _just_after_an_hourly_window_begins(address: str) -> datetime.datetime:
    """django-ratelimit shifts each address's windows by crc32(address) seconds; start just inside one."""
    offset = zlib.crc32(address.encode()) % 3600
    hour = int(time.time()) // 3600 * 3600
    return datetime.datetime.fromtimestamp(hour + offset + 5, tz=datetime.UTC)


def test_form_has_labelled_fields_and_a_hidden_honeypot(client):
    html = client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    assert '<label for="id_full_name">Họ và tên:</label>' in html
    assert '<label for="id_unit_name">Đơn vị, địa chỉ (không bắt buộc):</label>' in html
    assert '<div class="form-row hp-field" aria-hidden="true">' in html
    assert '<input type="text" name="website" tabindex="-1" autocomplete="off" id="id_website">' in html


def test_empty_form_is_refused_with_a_vietnamese_message_per_field(client):
    response = client.post("/hoi-dap/dat-cau-hoi/", {"full_name": "  ", "email": "", "body": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Chưa gửi được: hãy sửa các ô được đánh dấu bên dưới." in html
    assert '<ul class="errorlist" id="id_full_name_error"><li>Hãy nhập họ và tên của bạn.</li></ul>' in html
    assert "Hãy nhập địa chỉ thư điện tử để nhận liên hệ lại." in html
    assert "Hãy nhập nội dung câu hỏi hoặc góp ý." in html
    assert 'aria-invalid="true" aria-describedby="id_body_error"' in html
    assert not Question.objects.exists()


def test_wrong_email_and_too_short_question_say_how_to_fix_them(client):
    html = client.post("/hoi-dap/dat-cau-hoi/", {**GOOD_POST, "email": "lan@", "body": "Hỏi?"}).content.decode()
    assert "Địa chỉ thư điện tử chưa đúng; ví dụ đúng: ten@example.vn." in html
    assert "Nội dung quá ngắn; hãy viết rõ điều bạn muốn hỏi (ít nhất 10 ký tự)." in html
    assert not Question.objects.exists()


def test_a_good_question_is_stored_pending_and_the_visitor_is_thanked(client):
    response = client.post("/hoi-dap/dat-cau-hoi/", GOOD_POST, follow=True)
    question = Question.objects.get()
    assert response.redirect_chain == [("/hoi-dap/", 302)]
    assert "Cảm ơn bạn đã gửi câu hỏi." in response.content.decode()
    assert (question.full_name, question.email, question.unit_name, question.status) == (
        "Trần Thị Lan",
        "tranthilan@example.vn",
        "Phường Tân Lợi",
        QuestionStatus.PENDING,
    )
    assert question.body not in response.content.decode()  # not public until answered and published


def test_honeypot_silently_drops_bots(client):
    response = client.post("/hoi-dap/dat-cau-hoi/", {**GOOD_POST, "website": "http://spam.example"}, follow=True)
    assert response.redirect_chain == [("/hoi-dap/", 302)]
    assert "Cảm ơn bạn đã gửi câu hỏi." in response.content.decode()
    assert not Question.objects.exists()


def test_a_hundred_posts_a_minute_from_one_address_are_refused_after_the_limit(client):
    statuses = [client.post("/hoi-dap/dat-cau-hoi/", GOOD_POST).status_code for _post in range(100)]
    assert statuses == [302] * 5 + [429] * 95
    assert Question.objects.count() == 5
    refused = client.post("/hoi-dap/dat-cau-hoi/", GOOD_POST)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "<h1>Bạn gửi quá nhiều lần</h1>" in refused.content.decode()
    # Reading is never limited, and another address may still ask.
    assert client.get("/hoi-dap/dat-cau-hoi/").status_code == 200
    assert client.post("/hoi-dap/dat-cau-hoi/", GOOD_POST, REMOTE_ADDR="203.0.113.9").status_code == 302


def test_the_hourly_limit_holds_across_minutes(client):
    start = _just_after_an_hourly_window_begins("127.0.0.1")
    sent = []
    with time_machine.travel(start, tick=False) as traveller:
        for _minute in range(7):
            sent += [client.post("/hoi-dap/dat-cau-hoi/", GOOD_POST).status_code for _post in range(5)]
            traveller.shift(datetime.timedelta(minutes=1))
    assert sent.count(302) == 30
    assert Question.objects.count() == 30


def test_html_and_script_are_stored_as_typed_and_escaped_on_the_public_pages(client, editor):
    client.post("/hoi-dap/dat-cau-hoi/", {**GOOD_POST, "full_name": "<i>Lan</i>", "body": SCRIPT})
    question = Question.objects.get()
    assert question.body == SCRIPT
    question_answer(question=question, answer="Xem <a href=javascript:x>đây</a> và https://moet.gov.vn", by=editor)
    question_publish(question=question, by=editor)
    for path in ("/hoi-dap/", question.get_absolute_url()):
        html = client.get(path).content.decode()
        assert "<script>alert" not in html
        assert "<b onmouseover" not in html
        assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;&lt;b onmouseover=&quot;steal()&quot;&gt;" in html
        assert "&lt;i&gt;Lan&lt;/i&gt;" in html
        assert "<a href=javascript" not in html
        assert '<a href="https://moet.gov.vn" rel="nofollow">https://moet.gov.vn</a>' in html


def test_answer_then_publish_shows_the_question_on_the_qa_page(client, editor):
    office = OfficeFactory(name="Phòng Giáo dục Trung học")
    question = question_submit(full_name="Lan", email="lan@example.vn", body="Thi vào lớp 10 mấy môn?", consented=True)
    assert client.get(question.get_absolute_url()).status_code == 404
    question_answer(question=question, answer="Ba môn: Ngữ văn, Toán, Ngoại ngữ.", by=editor, office=office)
    assert question.status == QuestionStatus.ANSWERED
    assert client.get(question.get_absolute_url()).status_code == 404
    # Published tomorrow at 15:34, Vietnam's time, and read then.
    published = (timezone.localtime() + datetime.timedelta(days=1)).replace(hour=15, minute=34, second=0, microsecond=0)
    with time_machine.travel(published, tick=False):
        question_publish(question=question, by=editor)
        html = client.get(question.get_absolute_url()).content.decode()
    assert "<h1>Thi vào lớp 10 mấy môn?</h1>" in html
    assert "Trả lời – Phòng Giáo dục Trung học" in html
    assert "<p>Ba môn: Ngữ văn, Toán, Ngoại ngữ.</p>" in html
    assert f'Đăng lúc <time datetime="{published.isoformat()}">{published:%d/%m/%Y} 15:34</time>' in html
    assert "lan@example.vn" not in html  # the e-mail address is never public


def test_qa_page_lists_only_published_questions_newest_first_and_paginates(client, settings):
    settings.PAGE_SIZE = 2
    now = timezone.now()
    for days, text in [(3, "Câu hỏi cũ nhất?"), (2, "Câu hỏi giữa?"), (1, "Câu hỏi mới nhất?")]:
        QuestionFactory(published=True, body=text, published_at=now - datetime.timedelta(days=days))
    QuestionFactory(body="Câu hỏi chờ trả lời?")
    QuestionFactory(status=QuestionStatus.REJECTED, answer="x", body="Thư rác?")
    first = client.get("/hoi-dap/").content.decode()
    second = client.get("/hoi-dap/?trang=2").content.decode()
    assert first.index("Câu hỏi mới nhất?") < first.index("Câu hỏi giữa?")
    assert "Câu hỏi cũ nhất?" not in first
    assert "Câu hỏi cũ nhất?" in second
    assert '<span aria-current="page">1</span>' in first
    assert 'href="?trang=2"' in first
    for html in (first, second):
        assert "Câu hỏi chờ trả lời?" not in html
        assert "Thư rác?" not in html


def test_qa_pages_run_a_fixed_number_of_queries(client, django_assert_num_queries):
    QuestionFactory.create_batch(3, published=True, answered_by_office=OfficeFactory())
    question = Question.objects.first()
    client.get("/hoi-dap/")
    with django_assert_num_queries(2):  # count, page (with the answering office joined)
        client.get("/hoi-dap/")
    QuestionFactory.create_batch(5, published=True, answered_by_office=OfficeFactory())
    with django_assert_num_queries(2):
        client.get("/hoi-dap/")
    with django_assert_num_queries(1):
        client.get(question.get_absolute_url())
