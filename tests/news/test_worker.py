"""Scheduled publication with the real Celery worker on Redis: side effects exactly once."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from news.enums import ArticleAction, ArticleStatus
from news.services.articles import article_publish
from news.tasks import publish_due_task
from portal import roles
from portal.models import WorkerHeartbeat
from portal.tasks import heartbeat_task
from tests.conftest import wait_until
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.worker


def drain_queue() -> None:
    """Wait until the worker has done everything queued before this call."""
    WorkerHeartbeat.objects.all().delete()
    heartbeat_task.delay()
    wait_until(WorkerHeartbeat.objects.exists)


def test_the_sweep_run_twice_by_the_worker_does_each_go_live_once(celery_worker):
    author = UserFactory(role=roles.COLLABORATOR, email="tacgia@example.vn")
    editor = UserFactory(role=roles.EDITOR)
    article = ArticleFactory(created_by=author, status=ArticleStatus.PENDING)
    article_publish(article=article, by=editor, publish_at=timezone.now() + datetime.timedelta(hours=1))
    # The time has come (the test moves the article, not the worker's clock).
    type(article).objects.filter(pk=article.pk).update(publish_at=timezone.now() - datetime.timedelta(seconds=1))

    publish_due_task.delay()
    publish_due_task.delay()
    # The worker takes tasks in order, one at a time: once a heartbeat sent after the two
    # sweeps is recorded, both sweeps have run; a second heartbeat comes after the mail task
    # the first sweep queued.
    drain_queue()
    drain_queue()

    assert article.events.filter(action=ArticleAction.WENT_LIVE).count() == 1
    assert [m.to for m in mail.outbox] == [["tacgia@example.vn"]]
    assert mail.outbox[0].subject == f"[Cổng thông tin] Bài đã đăng: {article.title}"
