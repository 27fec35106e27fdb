"""Tests of news/feeds.py: the RSS of the latest news, of a category and of the documents registry."""

import pytest
from defusedxml import ElementTree

from tests.factories.news import ArticleFactory, CategoryFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


def test_rss_of_the_latest_news_and_of_a_category(client):
    category = CategoryFactory(name="Tin trong tỉnh")
    in_category = ArticleFactory(published=True, category=category, title="Tin trong tỉnh hôm nay")
    ArticleFactory(published=True, title="Tin khác")
    ArticleFactory(title="Bản nháp")
    latest = ElementTree.fromstring(client.get("/rss/").content)
    assert sorted(item.findtext("title") for item in latest.iter("item")) == ["Tin khác", "Tin trong tỉnh hôm nay"]
    feed = ElementTree.fromstring(client.get("/chuyen-muc/tin-trong-tinh/rss/").content)
    items = list(feed.iter("item"))
    assert [item.findtext("link") for item in items] == [f"http://testserver{in_category.get_absolute_url()}"]
    assert feed.find("channel/language").text == "vi"


def test_the_feed_lists_new_documents_newest_on_the_portal_first(client, registry):
    response = client.get("/van-ban/rss/")
    xml = response.content.decode()
    assert response["Content-Type"].startswith("application/rss+xml")
    assert xml.index("Quyết định số 45/QĐ-SGDĐT ngày 15/01/2026") < xml.index("Kế hoạch số 45/KH-SGDĐT ngày 26/02/2026")
    assert "<description>Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí</description>" in xml
    assert "Kế hoạch nội bộ chưa công khai" not in xml
