"""portal/pagecache.py: what enters a cached page's key."""

import pytest

from news.services.articles import search_index_refresh
from portal.text import normalize_search_text
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news():
    category = CategoryFactory(name="Tin giáo dục", slug="tin-giao-duc")
    for title, in_category in (("Khai giảng năm học mới", category), ("Hội nghị tổng kết năm học", None)):
        ArticleFactory(
            published=True,
            category=in_category or CategoryFactory(),
            title=title,
            search_title=normalize_search_text(title),
        )
    search_index_refresh()


def test_an_encoded_ampersand_in_a_value_does_not_reach_another_pages_entry(client, news):
    forged = client.get("/tim-kiem/?chuyen-muc=tin-giao-duc%26q%3Dkhai")  # one parameter whose value has "&q="
    real = client.get("/tim-kiem/?chuyen-muc=tin-giao-duc&q=khai")
    assert forged.status_code == real.status_code == 200
    # The end of the title: search highlights the word it matched ("Khai").
    assert "giảng năm học mới" not in forged.content.decode()
    assert "giảng năm học mới" in real.content.decode()
    assert forged["ETag"] != real["ETag"]


def test_parameters_a_page_does_not_read_share_its_entry(client, news, django_assert_num_queries):
    first = client.get("/tim-kiem/?q=khai")
    with django_assert_num_queries(0):
        shared = client.get("/tim-kiem/?utm_source=zalo&q=khai&fbclid=abc")
    assert shared["ETag"] == first["ETag"]


def test_the_order_of_parameters_does_not_matter(client, news, django_assert_num_queries):
    first = client.get("/tim-kiem/?q=khai&chuyen-muc=tin-giao-duc")
    with django_assert_num_queries(0):
        again = client.get("/tim-kiem/?chuyen-muc=tin-giao-duc&q=khai")
    assert again["ETag"] == first["ETag"]
