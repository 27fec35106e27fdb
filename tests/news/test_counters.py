"""Tests of news/counters.py: view counts buffered in Redis and written to the database once."""

import pytest
from django.utils import timezone
from django_redis import get_redis_connection

from news.counters import LOCK_KEY, PENDING_KEY, flush_views
from news.models import ArticleDailyViews
from news.selectors.articles import most_read
from news.services.articles import article_views_add
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db


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
