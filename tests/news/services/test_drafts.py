"""Autosaved copies of the article form: who may keep one, what it may hold, when it goes away."""

import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied

from news.enums import ArticleStatus
from news.models import ArticleDraftCopy
from news.services.articles import article_save
from news.services.drafts import DraftCopyError, article_draft_copy_discard, article_draft_copy_save
from portal import roles
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

FIELDS = {
    "title": "Ngày hội đọc sách (đang viết)",
    "body": "<p>Đoạn mới chưa lưu.</p>",
    "is_must_read": ["on"],
    "tags": [["3", "Truyền thông"]],
}


@pytest.fixture
def collaborator():
    return UserFactory(role=roles.COLLABORATOR)


@pytest.fixture
def editor():
    return UserFactory(role=roles.EDITOR)


def test_a_copy_is_kept_aside_and_never_touches_the_article(collaborator):
    article = ArticleFactory(created_by=collaborator, title="Ngày hội đọc sách")
    moment = datetime.datetime(2026, 12, 3, 3, 42, tzinfo=datetime.UTC)
    with time_machine.travel(moment, tick=False):
        copy = article_draft_copy_save(user=collaborator, article=article, fields=FIELDS)
    article.refresh_from_db()
    assert article.title == "Ngày hội đọc sách"
    assert (copy.user, copy.article, copy.fields, copy.saved_at) == (collaborator, article, FIELDS, moment)


def test_a_second_copy_replaces_the_first(collaborator):
    article = ArticleFactory(created_by=collaborator)
    article_draft_copy_save(user=collaborator, article=article, fields={"title": "Một"})
    article_draft_copy_save(user=collaborator, article=article, fields={"title": "Hai"})
    article_draft_copy_save(user=collaborator, article=None, fields={"title": "Bài mới"})
    article_draft_copy_save(user=collaborator, article=None, fields={"title": "Bài mới, sửa"})
    assert list(ArticleDraftCopy.objects.order_by("article").values_list("article", "fields")) == [
        (article.pk, {"title": "Hai"}),
        (None, {"title": "Bài mới, sửa"}),
    ]


def test_a_collaborator_cannot_keep_a_copy_of_someone_elses_article(collaborator):
    other = ArticleFactory(created_by=UserFactory(role=roles.COLLABORATOR))
    with pytest.raises(PermissionDenied):
        article_draft_copy_save(user=collaborator, article=other, fields=FIELDS)
    assert not ArticleDraftCopy.objects.exists()


def test_a_collaborator_cannot_keep_a_copy_of_an_article_sent_for_review(collaborator):
    pending = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    with pytest.raises(PermissionDenied):
        article_draft_copy_save(user=collaborator, article=pending, fields=FIELDS)


def test_an_editor_keeps_a_copy_of_any_article(editor):
    published = ArticleFactory(published=True)
    assert article_draft_copy_save(user=editor, article=published, fields=FIELDS).article == published


def test_a_leader_who_cannot_write_cannot_keep_a_copy():
    with pytest.raises(PermissionDenied):
        article_draft_copy_save(user=UserFactory(role=roles.LEADER), article=None, fields=FIELDS)


@pytest.mark.parametrize(
    "fields",
    [
        ["title", "Không phải các ô của biểu mẫu"],
        {"title": 12},
        {"tags": [["3", 4]]},
        {"title": {"nested": "x"}},
        {"body": "x" * 2_000_001},
        {f"field-{n}": "" for n in range(1001)},
    ],
)
def test_what_is_not_a_forms_values_is_refused(collaborator, fields):
    with pytest.raises(DraftCopyError):
        article_draft_copy_save(user=collaborator, article=None, fields=fields)
    assert not ArticleDraftCopy.objects.exists()


def test_saving_the_article_deletes_the_savers_copy_only(collaborator, editor):
    article = ArticleFactory(created_by=collaborator)
    article_draft_copy_save(user=collaborator, article=article, fields={"title": "Của tác giả"})
    article_draft_copy_save(user=editor, article=article, fields={"title": "Của biên tập viên"})
    article.title = "Đã lưu"
    article_save(article=article, by=collaborator, is_new=False, changed_fields=["title"])
    assert list(ArticleDraftCopy.objects.values_list("user", "fields")) == [(editor.pk, {"title": "Của biên tập viên"})]


def test_creating_an_article_deletes_the_copy_of_the_new_article(collaborator, editor):
    article_draft_copy_save(user=collaborator, article=None, fields={"title": "Bài mới"})
    article_draft_copy_save(user=editor, article=None, fields={"title": "Bài mới của biên tập viên"})
    article = ArticleFactory.build(created_by=None, category=ArticleFactory().category)
    article_save(article=article, by=collaborator, is_new=True)
    assert list(ArticleDraftCopy.objects.values_list("user", flat=True)) == [editor.pk]


def test_discarding_deletes_only_that_copy(collaborator):
    article = ArticleFactory(created_by=collaborator)
    article_draft_copy_save(user=collaborator, article=article, fields={"title": "Một"})
    article_draft_copy_save(user=collaborator, article=None, fields={"title": "Bài mới"})
    assert article_draft_copy_discard(user=collaborator, article=article) == 1
    assert article_draft_copy_discard(user=collaborator, article=article) == 0
    assert list(ArticleDraftCopy.objects.values_list("article", flat=True)) == [None]
