"""Tests of news/tasks.py: the mail task, the documents sweep, and the publication sweep on a real worker."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from news.enums import ArticleAction, ArticleStatus, DocumentStatus
from news.services.articles import article_publish
from news.tasks import documents_sweep_task, notify_event_task, publish_due_task
from portal import roles
from portal.models import WorkerHeartbeat
from portal.tasks import heartbeat_task
from tests.conftest import wait_until
from tests.factories.news import ArticleFactory, DocumentFactory
from tests.factories.portal import UserFactory
from tests.news.conftest import days, local_time

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


def drain_queue() -> None:
    """Wait until the worker has done everything queued before this call."""
    WorkerHeartbeat.objects.all().delete()
    heartbeat_task.delay()
    wait_until(WorkerHeartbeat.objects.exists)


def test_the_mail_task_returns_quietly_when_the_event_is_gone():
    notify_event_task.apply(kwargs={"event_id": 999999})
    assert mail.outbox == []


def test_the_sweep_moves_statuses_with_the_calendar_and_purges_the_pages_once(
    today, django_capture_on_commit_callbacks
):
    coming = DocumentFactory(issued_on=days(-1), effective_on=days(1))
    ending = DocumentFactory(issued_on=days(-100), expires_on=days(1))
    assert (coming.status, ending.status) == (DocumentStatus.NOT_YET, DocumentStatus.IN_FORCE)
    with time_machine.travel(local_time(days(1), 8), tick=False):
        with django_capture_on_commit_callbacks() as callbacks:
            documents_sweep_task()
        assert len(callbacks) == 1
        with django_capture_on_commit_callbacks() as callbacks:
            documents_sweep_task()  # a second run finds nothing to do
        assert callbacks == []
    coming.refresh_from_db()
    ending.refresh_from_db()
    assert (coming.status, ending.status) == (DocumentStatus.IN_FORCE, DocumentStatus.EXPIRED)


@pytest.mark.worker
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
