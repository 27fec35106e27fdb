"""Pasting into the article's editor in Chromium: Word's and a news site's clipboard come in clean, other sites' images do not come in."""

import html
import re
from pathlib import Path

import pytest

from news.models import Article
from portal import roles
from tests.e2e.test_newsroom_tasks import context_of, sign_in
from tests.factories.news import CategoryFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

FIXTURES = Path(__file__).parents[1] / "portal" / "fixtures" / "paste"
# What the browser does on Ctrl+V: a paste event carrying the clipboard's HTML, on the editing body.
PASTE = """(html) => {
  const editor = CKEDITOR.instances.id_body;
  editor.focus();
  const transfer = new DataTransfer();
  transfer.setData("text/html", html);
  transfer.setData("text/plain", "");
  editor.editable().$.dispatchEvent(
    new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true })
  );
}"""
EDITOR_HTML = "() => CKEDITOR.instances.id_body.getData()"
NOTICE = (
    "Đã bỏ 1 ảnh không nằm trên cổng (ảnh của trang khác, ảnh trong tệp Word) khỏi phần vừa dán. "
    "Hãy lưu ảnh về máy rồi dùng nút “Ảnh” hoặc kéo thả ảnh vào khung soạn thảo."
)
HAS = "(text) => CKEDITOR.instances.id_body.getData().includes(text)"


def test_pasted_word_and_news_site_text_keeps_its_structure_and_no_foreign_image(
    browser, live_server, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    UserFactory(username="bientapvien", role=roles.EDITOR)
    CategoryFactory(name="Tin trong tỉnh")
    context = context_of(browser, live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, "bientapvien")
    page.goto("/admin/news/article/add/")
    page.wait_for_function(
        "() => window.CKEDITOR && CKEDITOR.instances.id_body && CKEDITOR.instances.id_body.status === 'ready'"
    )
    page.get_by_label("Tiêu đề:").fill("Học sinh Gia Lai đạt giải Nhất cuộc thi Khoa học kỹ thuật")
    page.get_by_label("Sapo:").fill("Em Nguyễn Văn An đạt giải Nhất.")
    page.get_by_label("Chuyên mục:").select_option(label="Tin trong tỉnh")

    page.evaluate(PASTE, (FIXTURES / "word.html").read_text())
    page.wait_for_function(HAS, arg="Bơi lội")
    pasted = html.unescape(page.evaluate(EDITOR_HTML))  # CKEditor writes entities for letters with accents
    # What the editor shows at once: Word's looks are gone, its structure is there.
    for gone in ("mso-", "<o:p", "font-family", "color:", "Mso", "<span", "<font", "file:///"):
        assert gone not in pasted, gone
    for kept in (
        "<li>Phát triển phong trào thể dục thể thao</li>",
        "<b>tổ chức Hội khỏe Phù Đổng</b>",
        "<table",
        "<h2>Kế hoạch",
    ):
        assert kept in pasted, kept

    page.evaluate(PASTE, (FIXTURES / "news_site.html").read_text())
    page.wait_for_function(HAS, arg="Giải Ba")
    # One notice per paste: Word's picture of a file on the writer's disk, then the other site's photo.
    notices = page.locator(".cke_notification_warning .cke_notification_message")
    notices.nth(1).wait_for()
    assert notices.all_text_contents() == [NOTICE, NOTICE]
    # The picture pasted as data is uploaded by the editor; the other site's is not in the text.
    page.wait_for_function(HAS, arg="/media/editor/")
    pasted = html.unescape(page.evaluate(EDITOR_HTML))
    assert "bao.example.vn/2026" not in pasted and "i1-cdn" not in pasted
    for gone in ("style=", "<span", "<font", "<script"):
        assert gone not in pasted, gone

    page.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()
    page.wait_for_url("**/admin/news/article/*/change/")
    body = Article.objects.get().body
    assert "<h2>Kế hoạch tổ chức Hội khỏe Phù Đổng</h2>" in body
    assert "<ol><li>Điền kinh</li><li>Bơi lội</li></ol>" in re.sub(r">\s+<", "><", body)
    assert "<h3>Các giải khác</h3>" in body
    for gone in ("data:", "i1-cdn", "file:", "mso-", "style=", "<span", "<font", "<p>&nbsp;</p>", "<p></p>"):
        assert gone not in body, gone
    images = [part.split('"', 1)[0] for part in body.split('src="')[1:]]
    assert len(images) == 1 and images[0].startswith("/media/editor/"), images
    context.close()
