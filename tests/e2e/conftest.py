"""Browser fixtures: Debian's Chromium driven by Playwright against pytest-django's live server."""

import datetime
import io
import shutil
import zoneinfo
from collections.abc import Iterator

import pytest
from django.core.files.base import ContentFile
from django.test.testcases import LiveServerThread
from django.test.utils import modify_settings
from django.utils import timezone
from PIL import Image
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from news.models import Article, ArticleDailyViews, ArticleImage, Attachment
from news.services.articles import search_document_of, search_index_refresh
from portal.images import make_renditions
from portal.text import normalize_search_text
from tests.factories.news import ArticleFactory, CategoryFactory, TagFactory
from tests.factories.portal import AgencyLinkFactory, UnitFactory

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PHONE = {"width": 360, "height": 740}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


class ProductionLiveServer(LiveServer):
    """pytest-django's live server, but static files come through WhiteNoise as in production.

    pytest-django serves /static/ from the finders, which do not know the hashed names
    that CompressedManifestStaticFilesStorage puts in pages; WhiteNoise serves them from
    STATIC_ROOT (filled by ``collectstatic`` in ``make test``). Media are served from
    MEDIA_ROOT by Django's test handler.
    """

    def __init__(self, addr: str) -> None:
        self.thread = LiveServerThread(addr, static_handler=lambda app: app, connections_override={})
        self._live_server_modified_settings = modify_settings(ALLOWED_HOSTS={"append": addr})
        self.thread.daemon = True
        self.start()


@pytest.fixture(scope="session")
def live_server() -> Iterator[LiveServer]:
    server = ProductionLiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic"],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone_page(browser, live_server) -> Iterator[object]:
    """A page in a fresh context the size of a common phone screen."""
    context = browser.new_context(viewport=PHONE, locale="vi-VN", base_url=live_server.url)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def desktop_page(browser, live_server) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", base_url=live_server.url)
    page = context.new_page()
    yield page
    context.close()


def _jpeg(name: str, colour: tuple[int, int, int], size: tuple[int, int] = (1200, 800)) -> ContentFile:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return ContentFile(out.getvalue(), name=name)


@pytest.fixture
def reading_site(settings, tmp_path, site_profile) -> dict:
    """What a reader finds on a real day: categories and sub-categories, featured and
    most-read news with photos and their renditions, tags, a gallery, an attachment, more
    than a page of news in a category, links to other agencies; and a draft nobody sees.

    The lead story was published at 09/10/2019 15:34 (Vietnam time).
    """
    hcm = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
    settings.MEDIA_ROOT = tmp_path
    settings.PAGE_SIZE = 4  # the category's six articles take two pages
    site_profile.address = "Số 8 Đường Nguyễn Tất Thành, Thành phố Thử Nghiệm"
    site_profile.phone = "0262 3852 010"
    site_profile.email = "vanphong@sgddt.example.vn"
    site_profile.responsible_person = "Ông Nguyễn Văn Thành"
    site_profile.responsible_title = "Phó Giám đốc Sở"
    site_profile.save()
    AgencyLinkFactory(name="Bộ Giáo dục và Đào tạo", url="https://moet.example.vn", group="ministry")
    AgencyLinkFactory(name="Sở Giáo dục và Đào tạo tỉnh Bạn")

    news = CategoryFactory(name="Tin tức - Sự kiện", order=1)
    province = CategoryFactory(name="Tin trong tỉnh", parent=news, show_on_home=True, home_order=1)
    models_ = CategoryFactory(name="Gương điển hình", order=2, show_on_home=True, home_order=2)
    communication = TagFactory(name="Truyền thông")
    school = UnitFactory(name="Trường THPT Chu Văn An")

    def article(title, when, category, **fields):
        return ArticleFactory(
            published=True,
            title=title,
            category=category,
            publish_at=datetime.datetime(*when, tzinfo=hcm),
            went_live_at=datetime.datetime(*when, tzinfo=hcm),
            **fields,
        )

    lead_story = article(
        "Đắk Lắk chú trọng công tác truyền thông giáo dục",
        (2019, 10, 9, 15, 34),
        province,
        lead="Sở Giáo dục và Đào tạo đề nghị các trường cung cấp thông tin kịp thời cho báo chí và phụ huynh.",
        body="<p>Hội nghị tổng kết công tác truyền thông năm học 2018-2019.</p><h2>Những việc cần làm</h2>"
        "<p>Mỗi trường cử một cán bộ phụ trách truyền thông.</p>"
        '<table><caption>Số tin bài theo đơn vị</caption><thead><tr><th scope="col">Đơn vị</th>'
        '<th scope="col">Tin bài năm học 2017-2018</th><th scope="col">Tin bài năm học 2018-2019</th>'
        '<th scope="col">Cán bộ phụ trách truyền thông</th></tr></thead><tbody>'
        "<tr><td>Phòng Giáo dục và Đào tạo thành phố Buôn Ma Thuột</td><td>120</td><td>168</td><td>Nguyễn Thị Thu Hà</td></tr>"
        "<tr><td>Phòng Giáo dục và Đào tạo huyện Krông Ana</td><td>45</td><td>73</td><td>Lê Văn Hùng</td></tr>"
        "</tbody></table>",
        cover=_jpeg("hoi-nghi.jpg", (30, 110, 180)),
        cover_alt="Đại biểu dự hội nghị tổng kết",
        cover_caption="Quang cảnh hội nghị.",
        byline="Hoàng Mai",
        source="Báo Đắk Lắk",
        source_url="https://baodaklak.example.vn/bai-viet",
        unit=school,
        is_featured=True,
        tags=[communication],
    )
    related = article(
        "Tập huấn kỹ năng truyền thông cho hiệu trưởng",
        (2019, 10, 8, 9, 5),
        models_,
        lead="Hơn 200 hiệu trưởng dự lớp tập huấn hai ngày.",
        cover=_jpeg("tap-huan.jpg", (180, 60, 40)),
        cover_alt="Hiệu trưởng dự lớp tập huấn",
        is_must_read=True,
        tags=[communication],
    )
    others = [
        article(
            f"Học sinh Buôn Ma Thuột đạt giải quốc gia, đợt {n}",
            (2019, 10, 7 - n, 8, 0),
            province,
            lead="Ba học sinh đoạt giải nhất kỳ thi học sinh giỏi.",
            body="<p>Lễ trao giải diễn ra tại Hà Nội.</p>",
        )
        for n in range(1, 6)
    ]
    ArticleFactory(title="Bản nháp về truyền thông", category=province, tags=[communication])
    for item in (lead_story, related):
        item.cover_renditions = make_renditions(item.cover.name)
        item.save(update_fields=["cover_renditions"])
    photo = ArticleImage.objects.create(
        article=lead_story,
        image=_jpeg("dai-bieu.jpg", (60, 140, 60)),
        alt="Đại biểu phát biểu",
        caption="Đại biểu phát biểu.",
    )
    photo.renditions = make_renditions(photo.image.name)
    photo.save(update_fields=["renditions"])
    Attachment.objects.create(
        article=lead_story,
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="ke-hoach.pdf"),
        title="Kế hoạch truyền thông",
        size=15,
    )
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=lead_story, day=today, views=120)
    ArticleDailyViews.objects.create(article=related, day=today, views=80)
    for item in Article.objects.all():
        Article.objects.filter(pk=item.pk).update(
            search_title=normalize_search_text(item.title), search_document=search_document_of(item)
        )
    search_index_refresh()
    return {"lead_story": lead_story, "related": related, "others": others, "category": province}
