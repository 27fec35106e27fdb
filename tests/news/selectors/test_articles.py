"""Tests of news/selectors/articles.py: the most read articles and the indexes behind the search matches."""

import pytest
from django.db import connection
from django.utils import timezone

from news.models import Article, ArticleDailyViews
from news.selectors.articles import most_read, title_typo_match, words_match
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db


def test_most_read_counts_only_the_last_seven_days():
    recent, old = ArticleFactory(published=True), ArticleFactory(published=True)
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=recent, day=today, views=10)
    ArticleDailyViews.objects.create(article=old, day=today - timezone.timedelta(days=7), views=1000)
    assert most_read() == [recent]
    assert Article.objects.count() == 2


@pytest.mark.parametrize(
    ("match", "index"),
    [(words_match, "article_search_vector_gin"), (title_typo_match, "article_search_title_trgm")],
)
def test_each_match_the_search_uses_is_served_by_its_gin_index(articles, match, index):
    """The two matches ``articles_search`` filters with are served by their GIN indexes (on a table
    this small the planner would rather scan, so scans are switched off; bench/public_pages.py
    shows the plan at 100,000 articles)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = Article.objects.filter(match("truyen thong")).explain()
    assert index in plan
