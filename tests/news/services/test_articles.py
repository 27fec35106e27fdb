"""Tests of news/services/articles.py: the editorial workflow, what each step records and sends, saving and the
search text."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile

from news.enums import ArticleAction, ArticleStatus
from news.models import Article, ArticleImage
from news.services.articles import (
    WorkflowError,
    article_cover_from_gallery,
    article_publish,
    article_return,
    article_save,
    article_set_featured,
    article_submit,
    article_unpublish,
    articles_expire,
    articles_go_live,
    search_document_of,
)
from news.tasks import notify_event_task
from portal import roles
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory
from tests.news.conftest import T
from tests.portal.conftest import jpeg

pytestmark = pytest.mark.django_db


def actions(article):
    return list(article.events.order_by("at", "pk").values_list("action", "from_status", "to_status"))


def test_collaborator_submits_own_draft_and_editors_are_mailed(
    collaborator, editor, django_capture_on_commit_callbacks
):
    article = ArticleFactory(created_by=collaborator)
    with django_capture_on_commit_callbacks() as callbacks:
        article_submit(article=article, by=collaborator)
    article.refresh_from_db()
    assert article.status == ArticleStatus.PENDING
    assert article.submitted_at is not None
    assert actions(article) == [(ArticleAction.SUBMITTED, "draft", "pending")]
    assert len(callbacks) == 1  # the mail task, queued after commit
    event = article.events.get(action=ArticleAction.SUBMITTED)
    notify_event_task.apply(kwargs={"event_id": event.pk})
    notify_event_task.apply(kwargs={"event_id": event.pk})  # a retry or redelivery: no second mail
    assert [m.to for m in mail.outbox] == [["btv@sgddt.example.vn"]]
    assert mail.outbox[0].subject == f"[Cổng thông tin] Bài chờ duyệt: {article.title}"
    assert f"/admin/news/article/{article.pk}/change/" in mail.outbox[0].body


def test_collaborator_cannot_submit_someone_elses_draft(collaborator):
    article = ArticleFactory(created_by=UserFactory(role=roles.COLLABORATOR))
    with pytest.raises(PermissionDenied):
        article_submit(article=article, by=collaborator)


def test_only_drafts_can_be_submitted(collaborator):
    article = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    with pytest.raises(WorkflowError, match="Chỉ bài nháp mới gửi duyệt được."):
        article_submit(article=article, by=collaborator)


def test_editor_returns_with_a_reason_and_the_author_is_told(collaborator, editor):
    article = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    article_return(article=article, by=editor, reason="Thiếu nguồn ảnh và tên người phát biểu.")
    article.refresh_from_db()
    assert (article.status, article.return_reason, article.reviewed_by) == (
        ArticleStatus.DRAFT,
        "Thiếu nguồn ảnh và tên người phát biểu.",
        editor,
    )
    assert actions(article) == [(ArticleAction.RETURNED, "pending", "draft")]
    notify_event_task.apply(kwargs={"event_id": article.events.get(action=ArticleAction.RETURNED).pk})
    assert mail.outbox[0].to == ["ctv@truong.example.vn"]
    assert "Thiếu nguồn ảnh và tên người phát biểu." in mail.outbox[0].body


def test_returning_needs_a_reason(editor):
    article = ArticleFactory(status=ArticleStatus.PENDING)
    with pytest.raises(WorkflowError, match="Hãy ghi lý do trả lại"):
        article_return(article=article, by=editor, reason="  ")


def test_collaborator_cannot_publish_return_unpublish_or_feature(collaborator):
    article = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    for attempt in (
        lambda: article_publish(article=article, by=collaborator),
        lambda: article_return(article=article, by=collaborator, reason="x"),
        lambda: article_unpublish(article=article, by=collaborator),
        lambda: article_set_featured(article=article, by=collaborator, featured=True),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    article.refresh_from_db()
    assert (article.status, article.is_featured) == (ArticleStatus.PENDING, False)


def test_leader_cannot_publish(editor):
    leader = UserFactory(role=roles.LEADER)
    with pytest.raises(PermissionDenied):
        article_publish(article=ArticleFactory(status=ArticleStatus.PENDING), by=leader)


def test_publish_now_is_public_at_once(editor):
    article = ArticleFactory(status=ArticleStatus.PENDING)
    with time_machine.travel(T, tick=False):
        article_publish(article=article, by=editor)
        assert list(Article.objects.published()) == [article]
    article.refresh_from_db()
    assert (article.status, article.publish_at, article.reviewed_by) == (ArticleStatus.PUBLISHED, T, editor)
    assert actions(article) == [(ArticleAction.PUBLISHED, "pending", "published")]


def test_scheduled_article_is_hidden_before_its_time_and_shown_after_with_no_worker(editor):
    article = ArticleFactory(status=ArticleStatus.PENDING)
    with time_machine.travel(T - datetime.timedelta(hours=10), tick=False):
        article_publish(article=article, by=editor, publish_at=T)
    assert actions(article) == [(ArticleAction.SCHEDULED, "pending", "published")]
    with time_machine.travel(T - datetime.timedelta(seconds=1), tick=False):
        assert not Article.objects.published().filter(pk=article.pk).exists()
        assert Article.objects.scheduled().filter(pk=article.pk).exists()
    with time_machine.travel(T + datetime.timedelta(seconds=1), tick=False):
        assert Article.objects.published().filter(pk=article.pk).exists()
    article.refresh_from_db()
    assert article.went_live_at is None  # nothing ran: visibility did not wait for a worker


def test_an_expired_article_leaves_the_public_site_at_its_time(editor):
    article = ArticleFactory(status=ArticleStatus.PENDING)
    with time_machine.travel(T, tick=False):
        article.unpublish_at = T + datetime.timedelta(days=7)
        article.save()
        article_publish(article=article, by=editor)
    with time_machine.travel(T + datetime.timedelta(days=7, seconds=-1), tick=False):
        assert Article.objects.published().filter(pk=article.pk).exists()
    with time_machine.travel(T + datetime.timedelta(days=7), tick=False):
        assert not Article.objects.published().filter(pk=article.pk).exists()
        assert articles_expire() == [article.pk]
        assert articles_expire() == []
    assert actions(article)[-1] == (ArticleAction.EXPIRED, "", "published")


def test_sweep_after_an_hour_without_worker_processes_each_article_once(editor):
    articles = [ArticleFactory(status=ArticleStatus.PENDING) for _ in range(3)]
    with time_machine.travel(T - datetime.timedelta(hours=1), tick=False):
        for minutes, article in zip((0, 20, 40), articles, strict=True):
            article_publish(article=article, by=editor, publish_at=T - datetime.timedelta(minutes=60 - minutes))
    with time_machine.travel(T, tick=False):
        assert Article.objects.published().count() == 3
        assert sorted(articles_go_live()) == sorted(a.pk for a in articles)
        assert articles_go_live() == []
    notes = sorted(
        articles[0].__class__.objects.get(pk=a.pk).events.get(action=ArticleAction.WENT_LIVE).note for a in articles
    )
    assert notes == ["trễ 20 phút", "trễ 40 phút", "trễ 60 phút"]


def test_unpublish_and_republish(editor):
    article = ArticleFactory(published=True)
    article_unpublish(article=article, by=editor, reason="Thông tin cần đính chính.")
    assert not Article.objects.published().exists()
    with pytest.raises(WorkflowError, match="Chỉ gỡ được bài đã xuất bản."):
        article_unpublish(article=article, by=editor)
    article_publish(article=article, by=editor)
    article.refresh_from_db()
    assert article.went_live_at is None  # the next sweep processes the new go-live
    assert [a for a, _f, _t in actions(article)] == [ArticleAction.UNPUBLISHED, ArticleAction.PUBLISHED]


def test_feature_is_recorded_once(editor):
    article = ArticleFactory(published=True)
    article_set_featured(article=article, by=editor, featured=True)
    article_set_featured(article=article, by=editor, featured=True)
    article.refresh_from_db()
    assert article.is_featured
    assert [a for a, _f, _t in actions(article)] == [ArticleAction.FEATURED]


def test_two_editors_acting_at_once_cannot_both_succeed(editor):
    """The second transition re-reads the row under a lock and is refused."""
    article = ArticleFactory(status=ArticleStatus.PENDING)
    stale_copy = Article.objects.get(pk=article.pk)  # what the second editor's page loaded
    article_publish(article=article, by=editor)
    with pytest.raises(WorkflowError, match="Chỉ trả lại được bài đang chờ duyệt hoặc đang hẹn giờ."):
        article_return(article=stale_copy, by=UserFactory(role=roles.EDITOR), reason="Sửa lại.")
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.PUBLISHED


def test_an_edit_keeps_counts_and_state_changed_meanwhile(editor):
    article = ArticleFactory(published=True)
    form_copy = Article.objects.get(pk=article.pk)  # loaded when the editor opened the form
    Article.objects.filter(pk=article.pk).update(view_count=120, rating_sum=9, rating_count=2)
    article_unpublish(article=article, by=editor)
    form_copy.lead = "Sapo đã sửa."
    article_save(article=form_copy, by=editor, is_new=False, changed_fields=["lead"])
    article.refresh_from_db()
    assert (article.lead, article.view_count, article.rating_sum, article.status) == (
        "Sapo đã sửa.",
        120,
        9,
        ArticleStatus.UNPUBLISHED,
    )


def test_paragraphs_do_not_fuse_into_one_word_in_the_search_text():
    article = Article(title="Tiêu đề", lead="Sapo", body="<p>học sinh.</p><p>Theo ông&nbsp;Nam</p>")
    assert search_document_of(article) == "tieu de sapo hoc sinh. theo ong nam"


def test_only_a_photo_of_the_articles_own_gallery_becomes_its_cover_and_only_for_who_may_edit_it(media):
    author = UserFactory(role=roles.COLLABORATOR)
    article, other = ArticleFactory(created_by=author), ArticleFactory(created_by=author)
    photo = ArticleImage(article=other, alt="Khai mạc", caption="Khai mạc hội thi")
    photo.image.save("khai-mac.jpg", ContentFile(jpeg()), save=False)
    photo.save()
    with pytest.raises(PermissionDenied, match="không thuộc bộ ảnh của bài"):
        article_cover_from_gallery(article=article, image=photo, by=author)
    with pytest.raises(PermissionDenied, match="bài nháp của chính mình"):
        article_cover_from_gallery(article=other, image=photo, by=UserFactory(role=roles.COLLABORATOR))
    article_cover_from_gallery(article=other, image=photo, by=author)
    other.refresh_from_db()
    assert (other.cover_alt, other.cover_caption, other.cover_width, other.version) == (
        "Khai mạc",
        "Khai mạc hội thi",
        1200,
        2,
    )
