"""Around the article: buffered view counts, ratings, feeds and sitemaps."""

import datetime
from types import SimpleNamespace

import pytest
import time_machine
from defusedxml import ElementTree
from django.test import Client
from django.utils import timezone
from django_redis import get_redis_connection

from news.counters import LOCK_KEY, PENDING_KEY, flush_views
from news.models import Article, ArticleDailyViews, ArticleRating
from news.selectors.articles import most_read
from news.services.articles import article_views_add
from portal import pagecache
from portal.pagecache import _process_pages
from tests.factories.news import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_views_are_counted_in_redis_without_a_database_write(client, django_assert_num_queries, settings):
    article = ArticleFactory(published=True)
    client.get(article.get_absolute_url())  # fills the page cache
    with django_assert_num_queries(0):  # the cached page and the count: Redis only
        for _ in range(3):
            client.get(article.get_absolute_url())
    day = timezone.localdate().isoformat()
    assert get_redis_connection("default").hget(PENDING_KEY, f"{article.pk}:{day}") == b"4"
    article.refresh_from_db()
    assert article.view_count == 0


def test_flush_writes_the_buffered_views_once(client):
    article = ArticleFactory(published=True)
    for _ in range(5):
        client.get(article.get_absolute_url())
    assert flush_views() == 5
    assert flush_views() == 0
    article.refresh_from_db()
    assert article.view_count == 5
    assert list(ArticleDailyViews.objects.values_list("article", "day", "views")) == [
        (article.pk, timezone.localdate(), 5)
    ]
    assert most_read() == [article]


def test_a_buffer_left_by_a_crash_is_applied_by_the_next_flush():
    article = ArticleFactory(published=True)
    redis = get_redis_connection("default")
    redis.hset("portal:news:views:flushing:crashed", f"{article.pk}:{timezone.localdate().isoformat()}", 7)
    assert flush_views() == 7
    assert not redis.exists("portal:news:views:flushing:crashed")


def test_unpublished_articles_are_not_counted(client):
    draft = ArticleFactory()
    client.get(draft.get_absolute_url())
    assert not get_redis_connection("default").exists(PENDING_KEY)


def rate(client, article, stars, **extra):
    client.get(f"/tin-tuc/{article.pk}/danh-gia/")  # gives the CSRF and voter cookies, as the page's script does
    return client.post(
        f"/tin-tuc/{article.pk}/danh-gia/",
        {"stars": stars},
        headers={"x-csrftoken": client.cookies["csrftoken"].value},
        **extra,
    )


def test_a_browser_rates_once(client):
    article = ArticleFactory(published=True)
    client = Client(enforce_csrf_checks=True)
    first = rate(client, article, 4)
    assert first.status_code == 200
    assert first.json() == {"average": 4.0, "count": 1, "voted": True, "message": "Cảm ơn bạn đã đánh giá."}
    again = rate(client, article, 1)
    assert again.status_code == 409
    assert again.json()["message"] == "Bạn đã đánh giá bài viết này."
    other_browser = Client(enforce_csrf_checks=True)
    assert rate(other_browser, article, 5).json()["average"] == 4.5
    article.refresh_from_db()
    assert (article.rating_count, article.rating_sum) == (2, 9)


@pytest.mark.parametrize("stars", ["0", "6", "-1", "ba", ""])
def test_ratings_outside_one_to_five_are_refused(client, stars):
    article = ArticleFactory(published=True)
    response = rate(client, article, stars)
    assert response.status_code == 400
    assert response.json()["message"] == "Hãy chọn từ 1 đến 5 sao."
    assert not ArticleRating.objects.exists()


def test_a_flood_of_votes_from_one_address_is_refused(client):
    articles = [ArticleFactory(published=True) for _ in range(12)]
    # All votes at one frozen moment, after every article went live: one rate-limit window.
    moment = max(article.publish_at for article in articles) + datetime.timedelta(seconds=5)
    with time_machine.travel(moment, tick=False):
        codes = [rate(Client(), article, 5).status_code for article in articles]
    assert codes == [200] * 10 + [429] * 2
    assert ArticleRating.objects.count() == 10


def test_a_vote_needs_the_csrf_token(client):
    article = ArticleFactory(published=True)
    assert Client(enforce_csrf_checks=True).post(f"/tin-tuc/{article.pk}/danh-gia/", {"stars": 5}).status_code == 403


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


def test_article_sitemap_lists_published_articles_with_lastmod(client):
    published = ArticleFactory(published=True)
    ArticleFactory()
    root = ElementTree.fromstring(client.get("/sitemap-articles.xml").content)
    urls = root.findall("s:url", SITEMAP)
    assert [u.findtext("s:loc", namespaces=SITEMAP) for u in urls] == [
        f"http://testserver{published.get_absolute_url()}"
    ]
    assert urls[0].findtext("s:lastmod", namespaces=SITEMAP) == published.updated_at.date().isoformat()


def test_robots_txt_points_at_the_sitemap_index(client):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_most_read_counts_only_the_last_seven_days():
    recent, old = ArticleFactory(published=True), ArticleFactory(published=True)
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=recent, day=today, views=10)
    ArticleDailyViews.objects.create(article=old, day=today - timezone.timedelta(days=7), views=1000)
    assert most_read() == [recent]
    assert Article.objects.count() == 2


def test_a_buffer_applied_before_a_crash_is_not_counted_twice():
    article = ArticleFactory(published=True)
    day = timezone.localdate()
    assert article_views_add(counts={(article.pk, day): 3}, buffer="abc")
    # The flush died before deleting the buffer; the next one finds it again.
    redis = get_redis_connection("default")
    redis.hset("portal:news:views:flushing:abc", f"{article.pk}:{day.isoformat()}", 3)
    assert flush_views() == 0
    article.refresh_from_db()
    assert article.view_count == 3
    assert not redis.exists("portal:news:views:flushing:abc")


def test_a_second_flush_at_the_same_time_does_nothing():
    article = ArticleFactory(published=True)
    redis = get_redis_connection("default")
    redis.hset(PENDING_KEY, f"{article.pk}:{timezone.localdate().isoformat()}", 2)
    redis.set(LOCK_KEY, "another-flush", ex=60)
    assert flush_views() == 0
    redis.delete(LOCK_KEY)
    assert flush_views() == 2


def test_a_view_served_from_the_process_copy_is_counted_on_the_same_round_trip(client):
    article = ArticleFactory(published=True)
    first = client.get(article.get_absolute_url())  # built, stored; counted after it
    second = client.get(article.get_absolute_url())  # this process's copy: counted with the check
    assert (first.on_hit_done, second.on_hit_done) == (False, True)
    assert len(_process_pages.entries) == 1
    assert get_redis_connection("default").hget(PENDING_KEY, f"{article.pk}:{timezone.localdate().isoformat()}") == b"2"


def test_a_held_page_skips_redis_for_a_second_and_its_views_ride_on_the_next_check(client, settings, monkeypatch):
    settings.PAGE_CACHE_RECHECK_SECONDS = 1
    clock = SimpleNamespace(now=1000.0)
    monkeypatch.setattr(pagecache, "time", SimpleNamespace(time=lambda: clock.now))
    article = ArticleFactory(published=True, title="Khai giảng năm học mới ở vùng cao")
    field = f"{article.pk}:{timezone.localdate().isoformat()}"
    redis = get_redis_connection("default")

    assert client.get(article.get_absolute_url()).on_hit_done is False  # built; its view counted at once
    held = client.get(article.get_absolute_url())
    assert (held.status_code, held.on_hit_done) == (200, True)
    assert redis.hget(PENDING_KEY, field) == b"1"  # the second view waits for the next round trip

    Article.objects.filter(pk=article.pk).update(title="Lễ khai giảng được lùi một tuần")
    pagecache.bump("article", article.pk)
    assert "Khai giảng năm học mới" in client.get(article.get_absolute_url()).text  # within the second

    clock.now += 1.5
    fresh = client.get(article.get_absolute_url())
    assert "Lễ khai giảng được lùi một tuần" in fresh.text
    assert redis.hget(PENDING_KEY, field) == b"4"  # the two held views and this one, none twice


def test_held_views_are_sent_by_the_next_request_of_any_page_once_a_second_old(client, settings, monkeypatch):
    settings.PAGE_CACHE_RECHECK_SECONDS = 1
    clock = SimpleNamespace(now=1000.0)
    monkeypatch.setattr(pagecache, "time", SimpleNamespace(time=lambda: clock.now))
    read, other = ArticleFactory(published=True), ArticleFactory(published=True)
    field = f"{read.pk}:{timezone.localdate().isoformat()}"
    for _ in range(3):  # built (counted at once), then held twice (queued)
        client.get(read.get_absolute_url())
    redis = get_redis_connection("default")
    assert redis.hget(PENDING_KEY, field) == b"1"
    clock.now += 1.5
    client.get(other.get_absolute_url())  # a page this process does not hold
    assert redis.hget(PENDING_KEY, field) == b"3"
