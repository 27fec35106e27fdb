"""Tests of the stored related news: computed on go-live and edits, read by the page with one query."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from news.enums import ArticleStatus
from news.models import Article
from news.selectors.articles import related_articles
from news.services.articles import article_related_refresh, article_save, articles_go_live
from portal.owed import owed_sweep
from tests.factories.news import ArticleFactory, CategoryFactory, TagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def family():
    tag, category = TagFactory(), CategoryFactory()
    article = ArticleFactory(published=True, category=category, tags=[tag])
    manual = ArticleFactory(published=True)
    article.related_articles.add(manual, ArticleFactory(title="Bản nháp liên quan"))
    shared = ArticleFactory(published=True, tags=[tag])
    same_category = ArticleFactory(published=True, category=category)
    ArticleFactory(status=ArticleStatus.PENDING, category=category, tags=[tag])
    return article, [manual, shared, same_category]


def test_the_stored_list_is_read_with_one_query(family, django_assert_num_queries):
    article, expected = family
    assert article_related_refresh(article_id=article.pk) is True
    article.refresh_from_db()
    assert article.related_stale is False
    assert article.related_ids == [a.pk for a in expected]
    with django_assert_num_queries(1):
        assert related_articles(article) == expected


def test_an_article_unpublished_after_the_list_was_stored_is_never_shown(family):
    article, (manual, shared, same_category) = family
    article_related_refresh(article_id=article.pk)
    Article.objects.filter(pk=shared.pk).update(unpublish_at=timezone.now())
    Article.objects.filter(pk=manual.pk).update(status=ArticleStatus.DRAFT)
    article.refresh_from_db()
    assert related_articles(article) == [same_category]


def test_an_owed_list_is_computed_by_the_page_itself(family):
    article, expected = family
    assert article.related_stale is True
    assert related_articles(article) == expected


def test_going_live_makes_the_list_owed_and_the_sweep_stores_it(family):
    article, expected = family
    scheduled = ArticleFactory(
        status=ArticleStatus.PUBLISHED,
        publish_at=timezone.now() + datetime.timedelta(minutes=5),
        category=article.category,
        related_stale=False,
    )
    with time_machine.travel(scheduled.publish_at + datetime.timedelta(seconds=1)):
        assert articles_go_live() == [scheduled.pk]
    scheduled.refresh_from_db()
    assert scheduled.related_stale is True
    with time_machine.travel(scheduled.updated_at + datetime.timedelta(minutes=3)):
        done = owed_sweep()
    assert done["news.related_lists"] == 5  # the fixture's four published articles and this one
    scheduled.refresh_from_db()
    assert scheduled.related_stale is False
    assert scheduled.related_ids == [expected[2].pk, article.pk]  # the category's newest first


def test_an_edit_of_the_tags_makes_the_list_owed_and_an_edit_of_the_text_does_not(family, editor):
    article, _expected = family
    article_related_refresh(article_id=article.pk)
    article.refresh_from_db()
    article.lead = "Sapo mới."
    article_save(article=article, by=editor, is_new=False, changed_fields=["lead"])
    assert Article.objects.get(pk=article.pk).related_stale is False
    article_save(article=article, by=editor, is_new=False, changed_fields=["tags"])
    assert Article.objects.get(pk=article.pk).related_stale is True


def test_the_command_backfills_published_articles_only(family):
    article, expected = family
    call_command("related_refresh", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Article.objects.filter(status=ArticleStatus.PUBLISHED, related_stale=True).count() == 0
    assert Article.objects.filter(related_stale=True).count() == 2  # the drafts wait for their go-live
    article.refresh_from_db()
    assert article.related_ids == [a.pk for a in expected]
