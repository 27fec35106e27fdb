"""The leaders' approval of articles (news/services/articles.py): an editor's publish goes to the leaders' queue."""

import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from news.enums import ArticleAction, ArticleStatus
from news.models import Article
from news.notifications import event_mail_once
from news.services.articles import (
    WorkflowError,
    article_leaders_approve,
    article_leaders_return,
    article_publish,
)
from portal import roles
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

T = datetime.datetime(2026, 11, 23, 6, 0, tzinfo=datetime.UTC)


@pytest.fixture
def press_release():
    return ArticleFactory(
        status=ArticleStatus.PENDING, category=CategoryFactory(name="Thông cáo báo chí", requires_leaders=True)
    )


def test_an_editors_publish_of_a_press_release_goes_to_the_leaders(editor, leader, press_release, mailoutbox):
    leader.email = "lanhdao@sgddt.example.vn"
    leader.save()
    article_publish(article=press_release, by=editor)
    press_release.refresh_from_db()
    assert (press_release.status, press_release.publish_at) == (ArticleStatus.LEADERS, None)
    assert not Article.objects.published().exists()
    event = press_release.events.get(action=ArticleAction.TO_LEADERS)
    assert event_mail_once(event_id=event.pk) is True
    assert [(m.to, m.subject) for m in mailoutbox] == [
        (["lanhdao@sgddt.example.vn"], f"[Cổng thông tin] Bài chờ lãnh đạo duyệt: {press_release.title}")
    ]
    assert f"/lanh-dao/bai-cho-duyet/{press_release.pk}/" in mailoutbox[0].body


def test_a_sensitive_article_goes_to_the_leaders_too(editor):
    article = ArticleFactory(status=ArticleStatus.PENDING, is_sensitive=True)
    article_publish(article=article, by=editor)
    article.refresh_from_db()
    assert article.status == ArticleStatus.LEADERS


def test_a_leader_approves_and_it_goes_live_at_the_time_asked_for(editor, leader, press_release):
    with time_machine.travel(T, tick=False):
        article_publish(article=press_release, by=editor, publish_at=T + datetime.timedelta(hours=3))
    with time_machine.travel(T + datetime.timedelta(hours=1), tick=False):
        article_leaders_approve(article=press_release, by=leader)
        press_release.refresh_from_db()
        assert (press_release.status, press_release.publish_at) == (
            ArticleStatus.PUBLISHED,
            T + datetime.timedelta(hours=3),
        )
        assert press_release.events.first().action == ArticleAction.SCHEDULED
        assert press_release.events.first().by == leader


def test_a_leader_approving_after_the_time_asked_for_publishes_now(editor, leader, press_release):
    with time_machine.travel(T, tick=False):
        article_publish(article=press_release, by=editor, publish_at=T + datetime.timedelta(hours=1))
    with time_machine.travel(T + datetime.timedelta(hours=2), tick=False):
        article_leaders_approve(article=press_release, by=leader)
        press_release.refresh_from_db()
        assert press_release.publish_at == timezone.now()
        assert Article.objects.published().get() == press_release


def test_a_leader_returns_it_to_the_editors_with_a_reason(editor, leader, press_release, mailoutbox):
    article_publish(article=press_release, by=editor)
    with pytest.raises(WorkflowError, match="Hãy ghi lý do"):
        article_leaders_return(article=press_release, by=leader, reason=" ")
    article_leaders_return(article=press_release, by=leader, reason="Bỏ số liệu chưa được công bố.")
    press_release.refresh_from_db()
    assert (press_release.status, press_release.return_reason) == (
        ArticleStatus.PENDING,
        "Bỏ số liệu chưa được công bố.",
    )
    event = press_release.events.get(action=ArticleAction.LEADERS_RETURNED)
    event_mail_once(event_id=event.pk)
    assert mailoutbox[0].to == ["btv@sgddt.example.vn"]
    assert "Bỏ số liệu chưa được công bố." in mailoutbox[0].body


def test_editors_and_collaborators_cannot_approve_and_an_editor_cannot_publish_past_the_leaders(
    editor, collaborator, press_release
):
    article_publish(article=press_release, by=editor)
    for user in (editor, collaborator):
        with pytest.raises(PermissionDenied):
            article_leaders_approve(article=press_release, by=user)
    with pytest.raises(WorkflowError):
        article_publish(article=press_release, by=editor)


def test_a_leader_publishing_directly_needs_no_second_approval(press_release):
    chief = UserFactory(role=roles.EDITOR)
    chief.groups.add(*UserFactory(role=roles.LEADER).groups.all())
    article_publish(article=press_release, by=chief)
    press_release.refresh_from_db()
    assert press_release.status == ArticleStatus.PUBLISHED
