"""The newsroom's top tasks driven in Chromium, counting page loads and clicks (README: the newsroom).

A collaborator writes an article with ten photos and sends it; an editor reviews it, corrects
a word and schedules it; an editor approves another from a phone; an editor enters a
conference's thirty photos. The counts are asserted so that a change which adds a step shows
here. Photos go in through the gallery's drop zone: one file chooser for all of them, then a
caption typed in each row (typing is not counted).
"""

import datetime
import re

import pytest
from django.utils import timezone
from PIL import Image

from news.enums import ArticleStatus
from news.models import Article
from portal import roles
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory
from tests.factories.trainings import TrainingFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db(transaction=True)


class Steps:
    """Counts the loads of a page's main document and the clicks (taps, file choosers) made on it."""

    def __init__(self, page) -> None:
        self.page, self.loads, self.clicks = page, 0, 0
        page.on("load", self._loaded)

    def _loaded(self, _page) -> None:
        self.loads += 1

    def click(self, locator, *, tap: bool = False) -> None:
        self.clicks += 1
        locator.tap() if tap else locator.click()

    def choose_files(self, locator, files) -> None:
        with self.page.expect_file_chooser() as chooser:
            self.click(locator)
        chooser.value.set_files(files)

    def navigate(self, locator, *, tap: bool = False) -> None:
        with self.page.expect_navigation():
            self.click(locator, tap=tap)


def sign_in(page, username: str) -> None:
    page.goto("/admin/login/?next=/admin/news/article/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill("MatKhauThu@2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/admin/news/article/")


def context_of(browser, live_server, **options):
    return browser.new_context(locale="vi-VN", base_url=live_server.url, **options)


def test_write_and_send_an_article_with_ten_photos(browser, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    CategoryFactory(name="Tin trong tỉnh")
    photos = []
    for n in range(10):
        photos.append(tmp_path / f"anh-{n + 1}.jpg")
        Image.new("RGB", (800, 600), (20 * n, 100, 150)).save(photos[-1], "JPEG")
    context = context_of(browser, live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, "congtacvien")
    steps = Steps(page)

    steps.navigate(page.locator(".object-tools a.addlink"))
    page.get_by_label("Tiêu đề:").fill("Hội thi kể chuyện theo sách ở Trường THCS Lê Lợi")
    page.get_by_label("Sapo:").fill("Hơn 300 học sinh tham gia hội thi.")
    page.get_by_label("Chuyên mục:").select_option(label="Tin trong tỉnh")
    steps.click(page.frame_locator("#cke_id_body iframe").locator("body"))
    page.keyboard.type("Hội thi diễn ra trong hai ngày.")
    gallery = page.locator("#images-group")
    steps.choose_files(gallery.get_by_text("Chọn ảnh từ máy"), photos)
    gallery.get_by_text("Đã tải xong 10 ảnh").wait_for()
    captions = gallery.locator("tbody tr.form-row:not(.empty-form) input[name$='-caption']")
    for n in range(10):
        captions.nth(n).fill(f"Học sinh kể chuyện, ảnh {n + 1}")
    steps.navigate(page.get_by_role("button", name="Lưu và gửi duyệt"))

    article = Article.objects.get()
    assert (article.status, article.images.count()) == (ArticleStatus.PENDING, 10)
    print(f"\nwrite and send, 10 photos: {steps.loads} page loads, {steps.clicks} clicks")
    # Before the drop zone: 2 page loads, 23 clicks (a row and a file chooser per photo).
    assert (steps.loads, steps.clicks) == (2, 4)
    context.close()


def test_review_correct_and_schedule(browser, live_server):
    UserFactory(username="bientapvien", role=roles.EDITOR)
    article = ArticleFactory(status=ArticleStatus.PENDING, title="Hội thi kể chuyện theo sác")
    context = context_of(browser, live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, "bientapvien")
    steps = Steps(page)

    steps.navigate(page.get_by_role("link", name="Chờ tôi duyệt"))
    steps.navigate(page.get_by_role("link", name=article.title))
    page.get_by_label("Tiêu đề:").fill("Hội thi kể chuyện theo sách")
    when = (timezone.localtime() + datetime.timedelta(days=1)).replace(hour=7, minute=0, second=0, microsecond=0)
    page.locator("input[name=publish_at_0]").fill(f"{when:%d/%m/%Y}")
    page.locator("input[name=publish_at_1]").fill("07:00")
    steps.navigate(page.get_by_role("button", name="Lưu và xuất bản"))

    article.refresh_from_db()
    assert (article.title, article.publish_at, article.is_scheduled) == ("Hội thi kể chuyện theo sách", when, True)
    print(f"\nreview, correct and schedule: {steps.loads} page loads, {steps.clicks} clicks")
    assert (steps.loads, steps.clicks) == (3, 3)
    context.close()


def test_approve_from_a_phone(browser, live_server):
    UserFactory(username="bientapvien", role=roles.EDITOR)
    article = ArticleFactory(status=ArticleStatus.PENDING, title="Bài chờ duyệt trên điện thoại")
    context = context_of(browser, live_server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    sign_in(page, "bientapvien")
    steps = Steps(page)

    steps.navigate(page.get_by_role("link", name="Chờ tôi duyệt"), tap=True)
    steps.navigate(page.locator("#result_list a", has_text=article.title), tap=True)
    assert re.search(rf"/admin/news/article/{article.pk}/change/", page.url)
    steps.navigate(page.get_by_role("button", name="Lưu và xuất bản"), tap=True)

    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    print(f"\napprove from a phone: {steps.loads} page loads, {steps.clicks} taps")
    assert (steps.loads, steps.clicks) == (3, 3)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()


def photo_files(folder, count: int) -> list:
    paths = []
    for n in range(count):
        paths.append(folder / f"hoi-nghi-{n + 1:02}.jpg")
        Image.new("RGB", (800, 600), (8 * n, 90, 160)).save(paths[-1], "JPEG")
    return paths


def test_enter_a_conference_with_thirty_photos(browser, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    UserFactory(username="bientapvien", role=roles.EDITOR)
    training = TrainingFactory(title="Hội nghị tổng kết năm học 2025-2026")
    photos = photo_files(tmp_path, 30)
    context = context_of(browser, live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, "bientapvien")
    page.goto("/admin/trainings/training/")
    steps = Steps(page)

    steps.navigate(page.get_by_role("link", name=training.title))
    gallery = page.locator("#photos-group")
    steps.choose_files(gallery.get_by_text("Chọn ảnh từ máy"), photos)
    gallery.get_by_text("Đã tải xong 30 ảnh").wait_for()
    captions = gallery.locator("tbody tr.form-row:not(.empty-form) input[name$='-caption']")
    for n in range(30):
        captions.nth(n).fill(f"Đại biểu dự hội nghị, ảnh {n + 1}")
    steps.navigate(page.locator("input[name=_save]"))

    training = Training.objects.get(pk=training.pk)
    assert list(training.photos.values_list("caption", flat=True)) == [
        f"Đại biểu dự hội nghị, ảnh {n + 1}" for n in range(30)
    ]
    print(f"\nenter a conference with 30 photos: {steps.loads} page loads, {steps.clicks} clicks")
    # Before the drop zone: 2 page loads, 61 clicks (a row and a file chooser per photo).
    assert (steps.loads, steps.clicks) == (2, 3)
    context.close()
