"""The demo newsroom: every article taken through the editorial workflow's services, as the admin would."""

from collections import Counter

import pytest

from news.models.articles import Article, ArticleEvent, ArticleImage, Category, Tag
from news.models.reading import ArticleDailyViews

pytestmark = pytest.mark.django_db


def test_seed_demo_writes_reviews_and_publishes_the_articles_through_the_workflow(newsroom_seeded):
    assert (Category.objects.count(), Tag.objects.count()) == (8, 24)
    articles = Article.objects.all()
    assert Counter(articles.values_list("status", flat=True)) == {
        "published": 44,
        "leaders": 1,
        "pending": 4,
        "draft": 2,
    }
    assert (Article.objects.published().count(), Article.objects.scheduled().count()) == (42, 2)
    # Each step logged its event; the go-live sweep processed every article due, at its publication time.
    assert Counter(ArticleEvent.objects.values_list("action", flat=True)) == {
        "created": 51,
        "submitted": 13,
        "published": 42,
        "scheduled": 2,
        "to_leaders": 1,
        "went_live": 42,
        "featured": 5,
    }
    # Press releases need the leaders from now on; the scheduled one, marked sensitive, waits for them.
    assert Category.objects.get(slug="thong-cao-bao-chi").requires_leaders
    waiting = articles.get(status="leaders")
    assert (waiting.category.slug, waiting.is_sensitive) == ("thong-cao-bao-chi", True)
    live = list(Article.objects.published())
    assert [a.went_live_at for a in live] == [a.publish_at for a in live]
    went_live = ArticleEvent.objects.filter(action="went_live").select_related("article")
    assert all(event.at == event.article.publish_at for event in went_live)
    # The collaborator's articles were sent for review; the editor approved every published one.
    submitters = ArticleEvent.objects.filter(action="submitted").values_list("by__username", flat=True)
    assert set(submitters) == {"congtacvien"}
    reviewers = articles.filter(status="published").values_list("reviewed_by__username", flat=True)
    assert set(reviewers) == {"bientapvien"}
    # Nobody is mailed about the demo's own workflow.
    assert not ArticleEvent.objects.filter(mailed_at__isnull=True).exists()
    # The save service filled the search columns; the drawn covers were cut into renditions.
    assert not articles.filter(search_document="").exists()
    covered = articles.exclude(cover="")
    assert covered.count() == 39
    assert not covered.filter(cover_renditions={}).exists()
    # One article shows a captioned gallery, its photos cut into renditions too.
    gallery = ArticleImage.objects.order_by("order")
    assert list(gallery.values_list("article__title", "order")) == [
        ("Trường Tiểu học Kim Đồng (Buôn Hồ) diễn tập phòng cháy chữa cháy, hướng dẫn học sinh thoát nạn an toàn", n)
        for n in (1, 2, 3, 4)
    ]
    assert gallery.first().caption == "Học sinh cúi thấp người, che khăn ướt, đi theo hàng ra sân trường"
    assert not gallery.filter(renditions={}).exists()
    # A week of reading for what is live.
    assert ArticleDailyViews.objects.count() == 279
    assert all(article.view_count > 0 for article in live)
