"""No worker running: scheduled go-lives and removals show on the cached pages at their minute.

The fault is the absent worker (no sweep, so no purge): a page cached before an article's
removal or go-live time must not be served after it, in this process's copy or Redis's.
"""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.enums import ArticleStatus
from news.services.articles import search_index_refresh
from portal import pagecache
from tests.factories.news import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

LISTS = ["/", "/tin-tuc/", "/chuyen-muc/tin-giao-duc/", "/tim-kiem/?q=khai+giang"]


@pytest.fixture
def moment():
    return timezone.now().replace(microsecond=0)


@pytest.fixture
def category():
    return CategoryFactory(name="Tin giáo dục", slug="tin-giao-duc")


def shows(client, path: str, title: str) -> bool:
    # The end of the title: search highlights the words it matched ("Khai giảng").
    return title.removeprefix("Khai giảng ") in client.get(path).content.decode()


def test_an_article_leaves_every_cached_page_at_its_removal_time_with_no_worker(client, moment, category):
    with time_machine.travel(moment, tick=False):
        leaving = ArticleFactory(
            published=True,
            category=category,
            title="Khai giảng năm học mới",
            search_title="khai giang nam hoc moi",
            unpublish_at=moment + datetime.timedelta(seconds=30),
        )
        search_index_refresh()
        page = client.get(leaving.get_absolute_url())
        assert page.status_code == 200
        assert page["Cache-Control"] == "public, max-age=30"  # a proxy keeps it no longer either
        assert [shows(client, path, leaving.title) for path in LISTS] == [True] * 4
    with time_machine.travel(moment + datetime.timedelta(seconds=30), tick=False):
        assert client.get(leaving.get_absolute_url()).status_code == 404
        assert [shows(client, path, leaving.title) for path in LISTS] == [False] * 4


def test_a_scheduled_article_appears_on_every_cached_page_at_its_time_with_no_worker(client, moment, category):
    with time_machine.travel(moment, tick=False):
        coming = ArticleFactory(
            category=category,
            title="Khai giảng năm học mới",
            search_title="khai giang nam hoc moi",
            status=ArticleStatus.PUBLISHED,
            publish_at=moment + datetime.timedelta(seconds=45),
        )
        search_index_refresh()
        assert client.get(coming.get_absolute_url()).status_code == 404
        assert [shows(client, path, coming.title) for path in LISTS] == [False] * 4
        assert client.get("/tin-tuc/")["Cache-Control"] == "public, max-age=45"
    with time_machine.travel(moment + datetime.timedelta(seconds=45), tick=False):
        assert client.get(coming.get_absolute_url()).status_code == 200
        assert [shows(client, path, coming.title) for path in LISTS] == [True] * 4


def test_pages_with_no_change_ahead_keep_the_full_lifetime(client, moment, category):
    with time_machine.travel(moment, tick=False):
        ArticleFactory(published=True, category=category)
        # As long as a proxy may keep any page (PAGE_CACHE_PROXY_SECONDS): no purge reaches it.
        assert client.get("/tin-tuc/")["Cache-Control"] == "public, max-age=60"


def test_building_a_cached_page_costs_one_more_query_whatever_the_number_of_articles(client, category, settings):

    for count in (3, 60):
        ArticleFactory.create_batch(count, published=True, category=category)
        ArticleFactory(
            category=category, status=ArticleStatus.PUBLISHED, publish_at=timezone.now() + datetime.timedelta(hours=1)
        )
        settings.PAGE_CACHE_SECONDS = 0
        client.get("/tin-tuc/")  # the shell's own caches (profile, menu, links) filled
        with CaptureQueriesContext(connection) as uncached:
            client.get("/tin-tuc/")
        settings.PAGE_CACHE_SECONDS = 86400
        pagecache.bump(*pagecache.LISTS)  # as the services do when articles change: the page is built again
        with CaptureQueriesContext(connection) as cached:
            client.get("/tin-tuc/")
        assert len(cached) == len(uncached) + 1
        assert '"unpublish_at" > ' in cached.captured_queries[-1]["sql"]
