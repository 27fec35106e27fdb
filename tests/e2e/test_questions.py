"""Q&A in the browser: a visitor asks on a phone, an editor answers and publishes in the admin, the visitor reads it."""

import pytest

from portal import roles
from portal.enums import QuestionStatus
from portal.models import Question
from tests.factories.portal import OfficeFactory, UserFactory

# serialized_rollback: the roles' groups come from data migrations, which a transactional test's flush removes.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

QUESTION = "Con tôi học lớp 9. Kỳ thi vào lớp 10 năm nay thi những môn nào?"
ANSWER = "Chào chị, kỳ thi gồm ba bài: Ngữ văn, Toán và Ngoại ngữ."


def test_visitor_asks_editor_answers_and_publishes_visitor_reads_the_answer(phone_page, desktop_page):
    UserFactory(username="bientapvien", role=roles.EDITOR)
    OfficeFactory(name="Phòng Giáo dục Trung học")

    # A parent asks on a phone.
    visitor = phone_page
    visitor.goto("/hoi-dap/")
    visitor.get_by_role("link", name="Gửi câu hỏi, góp ý").click()
    visitor.get_by_label("Họ và tên").fill("Trần Thị Lan")
    visitor.get_by_role("textbox", name="Thư điện tử").fill("tranthilan@example.vn")
    visitor.get_by_label("Đơn vị, địa chỉ (không bắt buộc)").fill("Phường Tân Lợi")
    visitor.get_by_label("Câu hỏi hoặc góp ý").fill(QUESTION)
    # Without the consent box ticked (it starts empty) nothing is stored, and the form says why.
    visitor.get_by_role("button", name="Gửi câu hỏi").click()
    assert "hãy đánh dấu ô đồng ý" in visitor.locator("#id_consent_error").inner_text()
    assert not Question.objects.exists()
    assert visitor.get_by_role("link", name="Chính sách bảo vệ dữ liệu cá nhân").is_visible()
    visitor.get_by_label("Tôi đồng ý để Sở Giáo dục và Đào tạo dùng họ tên").check()
    visitor.get_by_role("button", name="Gửi câu hỏi").click()
    visitor.wait_for_url("**/hoi-dap/")
    assert "Cảm ơn bạn đã gửi câu hỏi." in visitor.locator(".messages").inner_text()
    assert visitor.evaluate("document.documentElement.scrollWidth") <= 360
    assert QUESTION not in visitor.content()  # not public before an editor publishes it

    # An editor answers and publishes it in the admin.
    staff = desktop_page
    staff.goto("/admin/login/?next=/admin/portal/question/")
    staff.get_by_label("Tên đăng nhập").fill("bientapvien")
    staff.get_by_label("Mật khẩu").fill("MatKhauThu@2026")
    staff.get_by_role("button", name="Đăng nhập").click()
    staff.wait_for_url("**/admin/portal/question/")
    staff.get_by_role("link", name=QUESTION).click()
    staff.get_by_role("textbox", name="Trả lời:", exact=True).fill(ANSWER)
    staff.get_by_label("Đơn vị trả lời:").select_option(label="Phòng Giáo dục Trung học")
    staff.get_by_label("Đăng lên trang hỏi đáp").check()
    staff.get_by_role("button", name="Lưu lại", exact=True).click()
    staff.wait_for_url("**/admin/portal/question/")
    assert Question.objects.get().status == QuestionStatus.PUBLISHED

    # The parent finds the answer on the Q&A page.
    visitor.goto("/hoi-dap/")
    entry = visitor.locator(".qa").first
    assert entry.get_by_role("heading", level=2).inner_text() == QUESTION
    assert "Trả lời – Phòng Giáo dục Trung học" in entry.inner_text()
    assert ANSWER in entry.locator(".qa-answer").inner_text()
    assert "Người hỏi: Bạn đọc" in entry.inner_text()  # the parent did not choose to show her name
    entry.get_by_role("link", name=QUESTION).click()
    assert visitor.get_by_role("heading", level=1).inner_text() == QUESTION
