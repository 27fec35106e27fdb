"""The version check of news.services.articles.article_save: a save over someone else's newer save is refused."""

import pytest

from news.enums import ArticleStatus
from news.models import Article
from news.services.articles import EditConflict, article_publish, article_save, article_submit
from portal import roles
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return UserFactory(role=roles.EDITOR)


def opened(article) -> Article:
    """The article as a form opened it: a copy of the row of that moment."""
    return Article.objects.get(pk=article.pk)


def test_each_save_counts_one_version(editor):
    article = ArticleFactory.build(created_by=None, category=ArticleFactory().category)
    article_save(article=article, by=editor, is_new=True)
    assert article.version == 1
    article.title = "Sửa lần một"
    article_save(article=article, by=editor, is_new=False, changed_fields=["title"], expected_version=1)
    assert Article.objects.get(pk=article.pk).version == 2


def test_a_stale_save_is_refused_and_writes_nothing(editor):
    article = ArticleFactory(title="Bản đầu", lead="Sapo đầu")
    mine, theirs = opened(article), opened(article)
    theirs.title = "Bản của người kia"
    article_save(article=theirs, by=editor, is_new=False, changed_fields=["title"], expected_version=1)
    mine.lead = "Sapo của tôi"
    with pytest.raises(EditConflict) as refused:
        article_save(article=mine, by=editor, is_new=False, changed_fields=["lead"], expected_version=1)
    assert refused.value.version == 2
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.lead, saved.version) == ("Bản của người kia", "Sapo đầu", 2)
    # The factory's row, then the other person's save; nothing of mine.
    assert list(article.history.order_by("history_date").values_list("title", flat=True)) == [
        "Bản đầu",
        "Bản của người kia",
    ]


def test_saving_again_over_the_version_seen_keeps_mine(editor):
    article = ArticleFactory(title="Bản đầu")
    mine, theirs = opened(article), opened(article)
    theirs.title = "Bản của người kia"
    article_save(article=theirs, by=editor, is_new=False, changed_fields=["title"], expected_version=1)
    mine.title = "Bản của tôi"
    article_save(article=mine, by=editor, is_new=False, changed_fields=["title"], expected_version=2)
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.version) == ("Bản của tôi", 3)


def test_workflow_steps_do_not_count_as_edits(editor):
    """A step taken meanwhile (sent for review, published) is not someone else's text: the save goes through."""
    article = ArticleFactory(created_by=editor)
    mine = opened(article)
    article_submit(article=opened(article), by=editor)
    article_publish(article=opened(article), by=editor)
    mine.title = "Sửa lỗi chính tả"
    article_save(article=mine, by=editor, is_new=False, changed_fields=["title"], expected_version=1)
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.status, saved.version) == ("Sửa lỗi chính tả", ArticleStatus.PUBLISHED, 2)


def test_without_an_expected_version_nothing_is_compared(editor):
    """The history's revert form has no version: reverting is explicit."""
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(version=7)
    stale = Article.objects.get(pk=article.pk)
    stale.title = "Khôi phục bản cũ"
    article_save(article=stale, by=editor, is_new=False, changed_fields=["title"])
    assert Article.objects.get(pk=article.pk).version == 8
