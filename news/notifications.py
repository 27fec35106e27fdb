"""The newsroom's e-mails, written from templates in templates/news/email/."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from portal import roles

from .enums import ArticleAction
from .models import Article, ArticleEvent


def _admin_url(article: Article) -> str:
    return settings.SITE_URL + reverse("admin:news_article_change", args=[article.pk])


def _send(template: str, context: dict, recipients: list[str]) -> int:
    if not recipients:
        return 0
    subject = render_to_string(f"news/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"news/email/{template}.txt", context)
    return send_mail(subject, body, None, recipients)


def mail_editors_submitted(*, article: Article) -> int:
    editors = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=roles.EDITOR)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    context = {"article": article, "admin_url": _admin_url(article)}
    return _send("submitted", context, sorted(editors))


def mail_author(*, article: Article, action: str) -> int:
    author = article.created_by
    if not author.email or not author.is_active:
        return 0
    template = "returned" if action == ArticleAction.RETURNED else "went_live"
    context = {
        "article": article,
        "admin_url": _admin_url(article),
        "public_url": settings.SITE_URL + article.get_absolute_url(),
    }
    return _send(template, context, [author.email])


def event_mail_once(*, event_id: int) -> bool:
    """Send the mail of a workflow event unless it was sent; ``True`` when sent now.

    The event row is locked and marked in the same transaction as the send, so a task run
    twice (a retry, a redelivery) sends once; a send that fails rolls back and is retried.
    """
    with transaction.atomic():
        event = (
            ArticleEvent.objects.select_for_update()
            .select_related("article__created_by", "article__category")
            .filter(pk=event_id, mailed_at__isnull=True)
            .first()
        )
        if event is None:
            return False
        if event.action == ArticleAction.SUBMITTED:
            mail_editors_submitted(article=event.article)
        elif event.action in {ArticleAction.RETURNED, ArticleAction.WENT_LIVE}:
            mail_author(article=event.article, action=event.action)
        event.mailed_at = timezone.now()
        event.save(update_fields=["mailed_at"])
    return True
