"""The newsroom's e-mails, written from templates in templates/news/email/."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from portal import roles
from portal.outbox import claim, mark_sent, release

from .enums import ArticleAction, RoyaltyPeriodStatus
from .models import Article, ArticleEvent, RoyaltyPeriod


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


def _emails_of(role: str) -> list[str]:
    users = get_user_model().objects.filter(is_active=True, groups__name=role).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def mail_leaders_awaiting(*, event: ArticleEvent) -> int:
    """To the leaders: an article waits for their approval in /lanh-dao/."""
    context = {
        "article": event.article,
        "by": event.by,
        "when": event.note,
        "leaders_url": settings.SITE_URL + reverse("news_leaders:article", args=[event.article_id]),
    }
    return _send("to_leaders", context, _emails_of(roles.LEADER))


def mail_editors_leaders_returned(*, event: ArticleEvent) -> int:
    """To the editors: a leader sent an article back, with the reason."""
    context = {"article": event.article, "by": event.by, "reason": event.note, "admin_url": _admin_url(event.article)}
    return _send("leaders_returned", context, _emails_of(roles.EDITOR))


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


# The workflow steps that mail someone (event_mail_once); the owed-work sweep looks for these.
MAILED_ACTIONS = (
    ArticleAction.SUBMITTED,
    ArticleAction.RETURNED,
    ArticleAction.WENT_LIVE,
    ArticleAction.TO_LEADERS,
    ArticleAction.LEADERS_RETURNED,
)


def event_mail_once(*, event_id: int) -> bool:
    """Send the mail of a workflow event unless it was sent or is being sent; ``True`` when sent now.

    Claimed, sent, marked (portal/outbox.py): a task run twice (a retry, a redelivery) or
    racing the owed-work sweep sends once; a refused send releases the claim and raises, so
    the task's retry or the sweep sends it later.
    """
    now = timezone.now()
    if not claim(ArticleEvent.objects.filter(mailed_at__isnull=True), pk=event_id, field="mail_claimed_at", now=now):
        return False
    event = ArticleEvent.objects.select_related("article__created_by", "article__category", "by").get(pk=event_id)
    try:
        if event.action == ArticleAction.SUBMITTED:
            mail_editors_submitted(article=event.article)
        elif event.action in {ArticleAction.RETURNED, ArticleAction.WENT_LIVE}:
            mail_author(article=event.article, action=event.action)
        elif event.action == ArticleAction.TO_LEADERS:
            mail_leaders_awaiting(event=event)
        elif event.action == ArticleAction.LEADERS_RETURNED:
            mail_editors_leaders_returned(event=event)
    except Exception:
        release(ArticleEvent, pk=event_id, field="mail_claimed_at", now=now)
        raise
    mark_sent(ArticleEvent, pk=event_id, mailed_at=timezone.now(), mail_claimed_at=None)
    return True


def period_mail_once(*, period_id: int) -> bool:
    """Tell the leaders that a royalty statement awaits them, once per submission (claimed, sent, marked)."""
    now = timezone.now()
    owed = RoyaltyPeriod.objects.filter(status=RoyaltyPeriodStatus.SUBMITTED, leaders_mailed_at__isnull=True)
    if not claim(owed, pk=period_id, field="leaders_mail_claimed_at", now=now):
        return False
    period = RoyaltyPeriod.objects.select_related("submitted_by").get(pk=period_id)
    context = {
        "period": period,
        "leaders_url": settings.SITE_URL + reverse("news_leaders:detail", args=[period.pk]),
    }
    try:
        _send("period_submitted", context, _emails_of(roles.LEADER))
    except Exception:
        release(RoyaltyPeriod, pk=period_id, field="leaders_mail_claimed_at", now=now)
        raise
    mark_sent(RoyaltyPeriod, pk=period_id, leaders_mailed_at=timezone.now(), leaders_mail_claimed_at=None)
    return True
