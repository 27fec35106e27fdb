"""The newsroom in Chromium: an editor writes an article with a photo in CKEditor, schedules it, and readers see it at its time."""

import datetime
import re

import pytest
import time_machine
from django.utils import timezone
from PIL import Image

from news.enums import ArticleStatus
from news.models import Article
from portal import roles
from tests.conftest import wait_until
from tests.factories.news import CategoryFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Đắk Lắk tập huấn kỹ năng truyền thông cho cán bộ quản lý trường học"
LEAD = "Hơn 200 hiệu trưởng và phó hiệu trưởng dự lớp tập huấn do Sở Giáo dục và Đào tạo tổ chức."
PARAGRAPH = "Lớp tập huấn diễn ra trong hai ngày tại hội trường Sở."
ALT = "Toàn cảnh hội trường lớp tập huấn"
# Far enough ahead for the editor's clicks to land before it, however loaded the machine.
SCHEDULE_AHEAD = datetime.timedelta(minutes=30)


def test_editor_writes_with_a_photo_schedules_it_and_it_appears_at_its_time(
    desktop_page, phone_page, settings, tmp_path
):
    """The editor schedules it half an hour ahead; the reader sees it once that time has come.

    The reader's page is a 404 until the scheduled time; then the clock of this process
    (which runs the live server) is moved past it with time_machine, and the same URL
    shows the article. It appears through ``published()`` alone, with no worker or sweep
    running and the page cache on (docs/architecture.md: what the public sees is decided in one place). A schedule a few seconds ahead on the
    real clock was tried first: on a loaded machine the editor's own clicks took longer.
    """
    settings.MEDIA_ROOT = tmp_path
    photo = tmp_path / "hoi-truong.jpg"
    Image.new("RGB", (960, 640), (30, 110, 180)).save(photo, "JPEG")
    UserFactory(username="bientapvien", role=roles.EDITOR)
    CategoryFactory(name="Tin trong tỉnh")

    editor = desktop_page
    editor.goto("/admin/login/?next=/admin/news/article/add/")
    editor.get_by_label("Tên đăng nhập").fill("bientapvien")
    editor.get_by_label("Mật khẩu").fill("MatKhauThu@2026")
    editor.get_by_role("button", name="Đăng nhập").click()
    editor.wait_for_url("**/admin/news/article/add/")

    editor.get_by_label("Tiêu đề:").fill(TITLE)
    editor.get_by_label("Sapo:").fill(LEAD)
    editor.get_by_label("Chuyên mục:").select_option(label="Tin trong tỉnh")

    # The body in CKEditor: a paragraph, then a photo sent through the image dialog's upload tab.
    body = editor.frame_locator("#cke_id_body iframe").locator("body")
    body.click()
    editor.keyboard.type(PARAGRAPH)
    editor.keyboard.press("Enter")
    editor.locator("#cke_id_body").get_by_role("button", name="Hình ảnh").click()
    dialog = editor.locator(".cke_dialog")
    dialog.get_by_role("tab", name="Tải lên").click()
    dialog.frame_locator("iframe.cke_dialog_ui_input_file").locator("input[type=file]").set_input_files(photo)
    dialog.get_by_role("button", name="Tải lên máy chủ").click()
    url_field = dialog.get_by_label("URL")
    url_field.wait_for()  # the upload answered and the dialog went back to its first tab
    image_url = url_field.input_value()
    # In a folder of 128 random bits: a draft's picture cannot be found by guessing its name.
    assert re.fullmatch(rf"/media/editor/{timezone.localdate():%Y/%m}/[0-9a-f]{{32}}/hoi-truong\.jpg", image_url)
    dialog.get_by_label("Chú thích ảnh").fill(ALT)
    dialog.get_by_role("button", name="Đồng ý").click()
    assert body.get_by_role("img", name=ALT).get_attribute("src") == image_url

    editor.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()
    editor.wait_for_url("**/admin/news/article/*/change/")
    article = Article.objects.get()
    assert article.status == ArticleStatus.DRAFT
    assert f'<img alt="{ALT}"' in article.body and f'src="{image_url}"' in article.body

    # Schedule it in the workflow panel, where the publication time is set.
    publish_at = (timezone.localtime() + SCHEDULE_AHEAD).replace(second=0, microsecond=0)
    panel = editor.locator("section.workflow")
    # Django's split date/time widget labels its two boxes with bare text, hence the names.
    panel.locator("input[name=publish_at_0]").fill(f"{publish_at:%d/%m/%Y}")
    panel.locator("input[name=publish_at_1]").fill(f"{publish_at:%H:%M}")
    panel.get_by_role("button", name="Lưu và xuất bản").click()
    editor.wait_for_url(f"**/admin/news/article/{article.pk}/change/")
    assert (
        editor.locator(".messagelist").inner_text()
        == f"Đã lưu và hẹn giờ: bài sẽ đăng lúc {publish_at:%H:%M %d/%m/%Y}."
    )
    article.refresh_from_db()
    assert (article.status, article.publish_at) == (ArticleStatus.PUBLISHED, publish_at)

    # A reader (no session, no preview rights) finds nothing before its time, and the
    # article once its time has come.
    reader = phone_page
    assert reader.goto(article.get_absolute_url()).status == 404
    with time_machine.travel(publish_at + datetime.timedelta(seconds=1)):  # the clock moves on from there
        assert reader.goto(article.get_absolute_url()).status == 200
        assert reader.get_by_role("heading", level=1).inner_text() == TITLE
        assert reader.locator(".article-meta time").inner_text() == f"{publish_at:%d/%m/%Y %H:%M}"
        assert reader.locator(".article-lead").inner_text() == LEAD
        assert reader.locator(".article-body p").first.inner_text() == PARAGRAPH
        picture = reader.locator(".article-body img")
        assert picture.get_attribute("src") == image_url
        assert picture.get_attribute("alt") == ALT
        picture.scroll_into_view_if_needed()
        wait_until(lambda: picture.evaluate("img => img.complete"), timeout=5)
        # The uploaded file itself, served; its srcset says it is 960 px wide, so on a 360 px
        # screen the browser reports it at the width it fits (density-corrected).
        assert picture.evaluate("img => new URL(img.currentSrc).pathname") == image_url
        assert picture.get_attribute("width") == "960"
        assert picture.evaluate("img => img.naturalWidth") > 0
        reader.goto("/")
        assert reader.get_by_role("link", name=TITLE).first.is_visible()
