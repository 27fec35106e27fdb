"""Tests of portal/web/views/shell.py: the home page and its blocks, unit pages, robots.txt and the sign-in page."""

import datetime
import io

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from news.cache import purge_article
from news.enums import ArticleStatus
from news.models import ArticleDailyViews
from news.services.announcements import announcement_publish
from news.services.documents import document_save
from portal.models import Banner
from portal.services.organisation import banner_save
from tests.conftest import bulk_articles
from tests.factories.news import AnnouncementFactory, ArticleFactory, CategoryFactory, DocumentFactory
from tests.factories.portal import UnitFactory

pytestmark = pytest.mark.django_db


# --- the home page --------------------------------------------------------------------------------


def test_home_page_has_the_shell(client, profile):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi"' in html
    assert '<a class="skip-link" href="#main">Bỏ qua, đến nội dung chính</a>' in html
    assert '<main id="main"' in html
    assert "Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm" in html
    assert "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thành, Phó Giám đốc Sở" in html
    assert "Số 1 Đường Lê Duẩn" in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html


def test_home_page_shows_its_blocks(client):
    home_category = CategoryFactory(name="Tin trong tỉnh", show_on_home=True)
    child = CategoryFactory(name="Tin huyện", parent=home_category)
    featured = ArticleFactory(published=True, is_featured=True, title="Bài tiêu điểm hôm nay")
    in_child = ArticleFactory(published=True, category=child, title="Tin từ huyện Lắk")
    must_read = ArticleFactory(published=True, is_must_read=True, title="Bài đừng bỏ lỡ")
    ArticleDailyViews.objects.create(article=must_read, day=timezone.localdate(), views=500)
    ArticleFactory(title="Bản nháp không được hiện")
    ArticleFactory(
        status=ArticleStatus.PUBLISHED, publish_at=timezone.now() + datetime.timedelta(hours=1), title="Bài hẹn giờ"
    )
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    context = response.context
    assert context["featured"] == [featured]
    assert [(c.name, [a.title for a in articles]) for c, articles in context["category_blocks"]] == [
        ("Tin trong tỉnh", [in_child.title])
    ]
    most_read = html.split('id="most-read-title"', 1)[1].split("</ol>", 1)[0]  # the live block, put in
    assert f'<li><a href="{must_read.get_absolute_url()}">Bài đừng bỏ lỡ</a></li>' in most_read
    assert context["must_read"] == [must_read]
    assert "Bản nháp không được hiện" not in html
    assert "Bài hẹn giờ" not in html
    for heading in ("Tin tiêu điểm", "Tin mới", "Đọc nhiều", "Đừng bỏ lỡ", "Tin trong tỉnh"):
        assert heading in html


def test_home_page_shows_announcements_a_ticker_and_new_documents(client):
    pinned = AnnouncementFactory(
        published=True,
        title="Lịch nghỉ Tết Nguyên đán",
        publish_at=timezone.now() - datetime.timedelta(days=2),
        pinned_until=timezone.now() + datetime.timedelta(days=1),
    )
    important = AnnouncementFactory(published=True, title="Hạn nộp hồ sơ thi đua", is_important=True)
    AnnouncementFactory(title="Thông báo nháp")
    AnnouncementFactory(status="published", publish_at=timezone.now() + datetime.timedelta(hours=1), title="Hẹn giờ")
    document = DocumentFactory(doc_type="plan", number="45/KH-SGDĐT", summary="Kế hoạch tuyển sinh năm học mới")
    DocumentFactory(is_public=False, summary="Văn bản chưa công khai")
    response = client.get("/")
    html = response.content.decode()
    assert response.context["announcements"] == [pinned, important]
    assert response.context["ticker"] == [important]
    assert response.context["latest_documents"] == [document]
    assert "Thông báo nháp" not in html
    assert "Hẹn giờ" not in html
    assert "Văn bản chưa công khai" not in html
    assert f'<a href="{important.get_absolute_url()}">Hạn nộp hồ sơ thi đua</a>' in html
    assert '<a href="/van-ban/?loai=plan">Kế hoạch</a>' in html
    assert f'<a href="{document.issuer.get_absolute_url()}">' in html


def test_home_page_cache_ends_when_a_pin_ends(client):
    pinned = AnnouncementFactory(
        published=True,
        title="Thông báo đang ghim",
        publish_at=timezone.now() - datetime.timedelta(days=2),
        pinned_until=timezone.now() + datetime.timedelta(minutes=5),
    )
    newer = AnnouncementFactory(published=True)
    assert client.get("/").context["announcements"] == [pinned, newer]
    with time_machine.travel(pinned.pinned_until + datetime.timedelta(seconds=1), tick=False):
        assert client.get("/").context["announcements"] == [newer, pinned]


def test_home_blocks_with_nothing_hide_themselves(client):
    html = client.get("/").content.decode()
    for heading in ("Tin tiêu điểm", "Đọc nhiều", "Đừng bỏ lỡ"):
        assert heading not in html


def test_home_page_runs_a_fixed_number_of_queries_on_1000_articles(
    client, django_assert_num_queries, settings, site_profile
):
    settings.PAGE_CACHE_SECONDS = 0
    categories = [CategoryFactory(show_on_home=True) for _ in range(4)]
    for category in categories:
        articles = bulk_articles(250, category=category, is_featured=category is categories[0])
        ArticleDailyViews.objects.bulk_create(
            ArticleDailyViews(article=a, day=timezone.localdate(), views=n) for n, a in enumerate(articles[:50])
        )
    client.get("/")  # a page built before: the shell, the live blocks and the other kinds' blocks are kept
    # featured, latest and must read (one query), the home categories, their blocks; most read,
    # upcoming trainings and latest commendations are live blocks, rendered at most once a
    # minute in a process; announcements, new documents and banners are kept until they change
    with django_assert_num_queries(3):
        response = client.get("/")
    assert len(response.context["category_blocks"]) == 4
    assert len(response.context["featured"]) == 5
    assert len(response.context["latest"]) == 10


def test_home_blocks_of_other_kinds_are_kept_until_a_change_of_theirs(
    client, settings, editor, media, django_capture_on_commit_callbacks, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0  # every request builds the page: what is kept is the blocks
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    client.get("/")
    article = ArticleFactory(published=True, title="Bài mới đăng", category=CategoryFactory(show_on_home=True))
    purge_article(article_id=article.pk, category_id=article.category_id)  # what its publication purges
    with django_assert_num_queries(3):  # only the articles are read again
        assert "Bài mới đăng" in client.get("/").content.decode()

    announcement = AnnouncementFactory(title="Thông báo tuyển dụng giáo viên")
    with django_capture_on_commit_callbacks(execute=True):
        announcement_publish(announcement=announcement, by=editor)
    document = DocumentFactory(summary="Hướng dẫn nhiệm vụ năm học mới")
    with django_capture_on_commit_callbacks(execute=True):
        document_save(document=document)
    with django_capture_on_commit_callbacks(execute=True):
        banner = Banner(title="Tuyển sinh đầu cấp", alt="Tuyển sinh trực tuyến", url="https://tuyensinh.example.vn")
        picture = io.BytesIO()
        Image.new("RGB", (600, 200), (20, 90, 160)).save(picture, "PNG")
        banner.image.save("tuyen-sinh.png", ContentFile(picture.getvalue()), save=False)
        banner_save(banner=banner, by=editor)
    html = client.get("/").content.decode()
    assert "Thông báo tuyển dụng giáo viên" in html
    assert "Hướng dẫn nhiệm vụ năm học mới" in html
    assert 'alt="Tuyển sinh trực tuyến"' in html


# --- unit pages, robots.txt, signing in -----------------------------------------------------------


def test_unit_page_shows_contacts_and_children(client, profile):
    bureau = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Lắk", phone="0262 3586 123")
    UnitFactory(name="Trường THCS Lạc Long Quân", parent=bureau)
    response = client.get(bureau.get_absolute_url())
    html = response.content.decode()
    assert bureau.get_absolute_url() == "/don-vi/phong-giao-duc-va-dao-tao-huyen-lak/"
    assert "0262 3586 123" in html
    assert "Trường THCS Lạc Long Quân" in html


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_robots_txt_points_at_the_sitemap_index(client):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_login_page_for_leaders(client, profile):
    response = client.get("/dang-nhap/")
    assert response.status_code == 200
    assert "Tên đăng nhập" in response.content.decode()
