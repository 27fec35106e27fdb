"""Press releases (articles of the "thong-cao-bao-chi" category) and the spokesperson regulation on /nguoi-phat-ngon/."""

import datetime

import pytest
from django.utils import timezone

from tests.factories.news import ArticleFactory, CategoryFactory, DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def press_category():
    return CategoryFactory(name="Thông cáo báo chí", slug="thong-cao-bao-chi", show_in_menu=False)


def test_the_spokesperson_page_shows_the_latest_press_releases_and_the_regulation(client, press_category):
    now = timezone.now()
    for days in range(7):
        ArticleFactory(
            published=True,
            category=press_category,
            title=f"Thông cáo báo chí số {days + 1}",
            publish_at=now - datetime.timedelta(days=days),
        )
    ArticleFactory(category=press_category, title="Thông cáo chưa duyệt")
    ArticleFactory(published=True, title="Tin thường, không phải thông cáo")
    regulation = DocumentFactory(
        number="45/QĐ-SGDĐT",
        doc_type="decision",
        issued_on=datetime.date(2026, 1, 15),
        summary="Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí",
        is_spokesperson_regulation=True,
    )
    html = client.get("/nguoi-phat-ngon/").content.decode()
    titles = [f"Thông cáo báo chí số {n}" for n in range(1, 6)]
    assert [html.index(title) for title in titles] == sorted(html.index(title) for title in titles)
    assert "Thông cáo báo chí số 6" not in html
    assert "Thông cáo chưa duyệt" not in html
    assert "Tin thường, không phải thông cáo" not in html
    assert '<a href="/chuyen-muc/thong-cao-bao-chi/">Xem tất cả thông cáo báo chí</a>' in html
    assert (
        "Quy chế phát ngôn và cung cấp thông tin cho báo chí: "
        f'<a href="{regulation.get_absolute_url()}">Quyết định số 45/QĐ-SGDĐT ngày 15/01/2026</a>' in html
    )


def test_the_listing_of_press_releases_is_their_category_page(client, press_category):
    ArticleFactory(published=True, category=press_category, title="Thông cáo về kỳ thi lớp 10")
    html = client.get("/chuyen-muc/thong-cao-bao-chi/").content.decode()
    assert "<h1>Thông cáo báo chí</h1>" in html
    assert "Thông cáo về kỳ thi lớp 10" in html


def test_a_hidden_regulation_is_not_shown(client):
    DocumentFactory(is_spokesperson_regulation=True, is_public=False)
    assert "Quy chế phát ngôn" not in client.get("/nguoi-phat-ngon/").content.decode()
