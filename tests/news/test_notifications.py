"""Tests of news/notifications.py: what the workflow's e-mails say."""

import pytest
import time_machine
from django.core import mail

from news.enums import ArticleAction, ArticleStatus
from news.services.articles import article_publish, articles_go_live
from news.tasks import notify_event_task
from tests.factories.news import ArticleFactory
from tests.news.conftest import T

pytestmark = pytest.mark.django_db


def test_went_live_mail_names_the_time_and_the_public_address(collaborator, editor):
    article = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    with time_machine.travel(T, tick=False):
        article_publish(article=article, by=editor)
        articles_go_live()
    notify_event_task.apply(kwargs={"event_id": article.events.get(action=ArticleAction.WENT_LIVE).pk})
    body = mail.outbox[0].body
    assert "lúc 23/11/2026 06:00" in body
    assert f"http://127.0.0.1:8000/tin-tuc/{article.slug}-{article.pk}/" in body
