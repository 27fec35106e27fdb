"""The newsroom on a phone, in Chromium: the article list reads at 390 px, and an editor reviews and
publishes an article with its photos without anything overflowing the screen."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from news.enums import ArticleAction, ArticleStatus
from news.models import ArticleImage
from portal import roles
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}
TITLE = "Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học mới"
OVERFLOW = "[document.documentElement.scrollWidth, window.innerWidth]"


def jpeg(name: str) -> ContentFile:
    out = io.BytesIO()
    Image.new("RGB", (1200, 800), (30, 110, 180)).save(out, "JPEG")
    return ContentFile(out.getvalue(), name=name)


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, locale="vi-VN", base_url=live_server.url
    )
    yield context.new_page()
    context.close()


def sign_in(page, next_url: str) -> None:
    page.goto(f"/admin/login/?next={next_url}")
    page.get_by_label("Tên đăng nhập").fill("bientapvien")
    page.get_by_label("Mật khẩu").fill("MatKhauThu@2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"**{next_url}")


def fits(page) -> None:
    scroll_width, inner_width = page.evaluate(OVERFLOW)
    assert scroll_width <= inner_width, f"{page.url}: {scroll_width} px wide on a {inner_width} px screen"


def test_an_editor_reviews_and_publishes_from_a_phone(phone, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    UserFactory(username="bientapvien", role=roles.EDITOR)
    category = CategoryFactory(name="Tin trong tỉnh")
    article = ArticleFactory(status=ArticleStatus.PENDING, title=TITLE, category=category)
    for n in range(3):
        ArticleImage.objects.create(
            article=article, image=jpeg(f"hoi-nghi-{n}.jpg"), alt=f"Đại biểu dự hội nghị, ảnh {n + 1}", order=n
        )
    ArticleFactory(published=True, category=category)

    sign_in(phone, "/admin/news/article/")
    fits(phone)
    results = phone.locator(".results")
    assert results.evaluate("element => element.scrollWidth <= element.clientWidth")  # no sideways scrolling
    title = phone.locator("#result_list .article-title", has_text=TITLE)
    assert title.bounding_box()["width"] >= 280  # across the row, not squeezed into a column
    meta = phone.locator("#result_list .article-meta").first
    assert meta.inner_text().split("\n")[0] == "Chờ duyệt"

    title.tap()
    phone.wait_for_url(f"**/admin/news/article/{article.pk}/change/**")
    fits(phone)
    publish = phone.get_by_role("button", name="Lưu và xuất bản")
    publish.scroll_into_view_if_needed()
    box = publish.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert box["height"] >= 40  # a thumb's size
    with phone.expect_navigation():
        publish.tap()
    fits(phone)
    assert phone.locator(".messagelist").inner_text() == "Đã lưu và xuất bản bài."
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    assert list(article.events.values_list("action", flat=True)) == [ArticleAction.PUBLISHED]
    assert article.images.count() == 3  # the gallery went through the form untouched


def test_the_list_gives_the_title_the_width_on_a_desktop(browser, live_server):
    UserFactory(username="bientapvien", role=roles.EDITOR)
    ArticleFactory(status=ArticleStatus.PENDING, title=TITLE)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", base_url=live_server.url)
    page = context.new_page()
    sign_in(page, "/admin/news/article/")
    table = page.locator("#result_list").bounding_box()
    cell = page.locator("#result_list .field-summary").first.bounding_box()
    assert cell["width"] >= 0.8 * table["width"]
    assert page.locator("#result_list .article-title").first.inner_text() == TITLE
    context.close()
