"""The personal data policy page, the notice beside the public forms, and no third-party script or cookie."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from portal.models import Question
from tests.portal.web.views.test_questions import GOOD_POST

pytestmark = pytest.mark.django_db


def test_the_policy_page_lists_the_register_and_the_portals_own_cookies(client):
    html = client.get("/chinh-sach-du-lieu-ca-nhan/").content.decode()
    assert "<h1>Chính sách bảo vệ dữ liệu cá nhân</h1>" in html
    assert "<td>Đại biểu hội nghị, tập huấn</td>" in html
    for cookie in ("sessionid", "csrftoken", "messages", "voter"):
        assert f"<td><code>{cookie}</code></td>" in html


def test_the_english_policy_page_is_in_english_and_linked_from_the_footer(client):
    html = client.get("/en/personal-data-policy/").content.decode()
    assert "<h1>Personal data protection policy</h1>" in html
    assert '<a href="/en/personal-data-policy/">Personal data protection</a>' in html


def test_the_footer_and_the_question_form_link_to_the_policy(client):
    html = client.get("/hoi-dap/dat-cau-hoi/").content.decode()
    assert '<a href="/chinh-sach-du-lieu-ca-nhan/">Bảo vệ dữ liệu cá nhân</a>' in html
    assert '<a href="/chinh-sach-du-lieu-ca-nhan/">Chính sách bảo vệ dữ liệu cá nhân</a>' in html
    # The consent box says purpose and retention, and is not ticked in advance.
    assert "để trả lời và liên hệ lại về câu hỏi này. Thư điện tử và đơn vị được xoá 180 ngày sau khi trả lời." in html
    assert '<input type="checkbox" name="consent" required id="id_consent">' in html


def test_a_question_without_consent_is_refused_and_nothing_is_stored(client):
    response = client.post("/hoi-dap/dat-cau-hoi/", {**GOOD_POST, "consent": ""})
    assert "Cần có sự đồng ý của bạn thì Sở mới nhận được câu hỏi; hãy đánh dấu ô đồng ý." in response.content.decode()
    assert not Question.objects.exists()


def test_consent_is_recorded_and_the_asker_chooses_to_be_shown_as_a_reader(client):
    client.post("/hoi-dap/dat-cau-hoi/", {**GOOD_POST, "show_name": ""})
    question = Question.objects.get()
    assert question.consented_at is not None
    assert (question.show_name, question.public_name) == (False, "Bạn đọc")


THIRD_PARTY = re.compile(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=\"(https?:)?//", re.IGNORECASE)


def test_no_template_loads_a_third_party_script_or_style():
    offenders = [
        f"{path}: {match.group(0)}"
        for path in (Path(settings.BASE_DIR) / "templates").rglob("*.html")
        for match in THIRD_PARTY.finditer(path.read_text())
        if match.group(1).lower() != "link" or "stylesheet" in match.group(0) or "preload" in match.group(0)
    ]
    assert offenders == []
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    assert (directives["script-src"], directives["style-src"], directives["connect-src"]) == (
        ["'self'"],
        ["'self'"],
        ["'self'"],
    )


def test_the_public_pages_set_only_the_portals_own_cookies(client):
    from portal.personal_data import portal_cookies  # noqa: PLC0415 - read once the apps are loaded

    listed = {cookie.name for cookie in portal_cookies()}
    set_names = set()
    for response in (
        client.get("/"),
        client.get("/hoi-dap/dat-cau-hoi/"),
        client.post("/hoi-dap/dat-cau-hoi/", GOOD_POST),
    ):
        set_names |= set(response.cookies)
    assert set_names <= listed
    assert set_names  # the form's csrftoken and the thanks' message at least
