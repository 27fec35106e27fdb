"""State changes of questions from the public: submission, staff's answer, publication, the staff's e-mail."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import roles
from ..enums import QuestionStatus
from ..jobs import queue_after_commit
from ..models import Office, Question, User
from ..outbox import claim, mark_sent, release
from ..tasks import question_notify_staff_task
from ..text import plain_text

logger = logging.getLogger(__name__)


class QuestionError(Exception):
    """A moderation step that the question's state does not allow; the message says why, in Vietnamese."""


def question_submit(
    *, full_name: str, email: str, unit_name: str = "", body: str, consented: bool, show_name: bool = False
) -> Question:
    """Store a question from the public form, waiting for an answer, with the time the asker consented.

    Raises ``QuestionError`` without consent: contact data is never stored without it.

    The text is kept exactly as typed (plain text; templates escape it). Side effect:
    after the commit a task mails the editors, once.
    """
    if not consented:
        raise QuestionError(_("Cần có sự đồng ý của người hỏi thì mới lưu câu hỏi."))
    question = Question.objects.create(
        consented_at=timezone.now(),
        show_name=show_name,
        full_name=plain_text(full_name),
        email=email.strip(),
        unit_name=plain_text(unit_name),
        body=plain_text(body),
        status=QuestionStatus.PENDING,
    )
    # A broker outage must not turn an accepted question into an error page: the question
    # waits in the admin's queue, and the owed-work sweep mails the editors (portal.owed).
    queue_after_commit(question_notify_staff_task, question_id=question.pk)
    return question


def question_answer(*, question: Question, answer: str, by: User, office: Office | None = None) -> Question:
    """Record staff's answer. Side effects: who answered and when; a pending question becomes "answered".

    A published question stays published with the new answer. Raises ``QuestionError``
    for an empty answer.
    """
    answer = plain_text(answer)
    if not answer:
        raise QuestionError(_("Hãy viết nội dung trả lời."))
    question.answer = answer
    question.answered_by_office = office
    question.answered_by = by
    question.answered_at = timezone.now()
    if question.status in (QuestionStatus.PENDING, QuestionStatus.REJECTED):
        question.status = QuestionStatus.ANSWERED
    question.save(update_fields=["answer", "answered_by_office", "answered_by", "answered_at", "status", "updated_at"])
    return question


def question_publish(*, question: Question, by: User) -> Question:
    """Show an answered question on the public Q&A page. Side effect: the publication time, set once.

    Raises ``QuestionError`` when there is no answer yet.
    """
    if question.status == QuestionStatus.PUBLISHED:
        return question
    if not question.answer.strip():
        raise QuestionError(_("Câu hỏi “%(question)s” chưa có trả lời nên chưa đăng được.") % {"question": question})
    question.status = QuestionStatus.PUBLISHED
    question.published_at = question.published_at or timezone.now()
    question.save(update_fields=["status", "published_at", "updated_at"])
    logger.info("question %s published by %s", question.pk, by.pk)
    return question


def question_unpublish(*, question: Question, by: User) -> Question:
    """Take a published question off the Q&A page; it keeps its answer and can be published again."""
    if question.status != QuestionStatus.PUBLISHED:
        raise QuestionError(_("Câu hỏi “%(question)s” chưa đăng nên không cần gỡ.") % {"question": question})
    question.status = QuestionStatus.ANSWERED
    question.save(update_fields=["status", "updated_at"])
    logger.info("question %s unpublished by %s", question.pk, by.pk)
    return question


@transaction.atomic
def question_edit(*, question: Question, by: User, changed_fields, publish: bool) -> Question:
    """Save staff's edit of a question from the admin: the wording as edited, then the answer
    (when it changed and is not empty) and the publication through their own steps."""
    question.save()  # the title and the wording of the question have no rules of their own
    if {"answer", "answered_by_office"} & set(changed_fields) and question.answer.strip():
        question_answer(question=question, answer=question.answer, office=question.answered_by_office, by=by)
    if publish and not question.is_published:
        question_publish(question=question, by=by)
    elif not publish and question.is_published:
        question_unpublish(question=question, by=by)
    return question


def question_reject(*, question: Question, by: User) -> Question:
    """Mark a question as not to be published (spam, abuse, a duplicate); it leaves the public page if it was there."""
    question.status = QuestionStatus.REJECTED
    question.save(update_fields=["status", "updated_at"])
    logger.info("question %s rejected by %s", question.pk, by.pk)
    return question


def question_notify_staff(*, question_id: int) -> bool:
    """Mail the editors about a new question, once; False when there was nothing to do.

    Claimed, sent, marked (portal/outbox.py): two runs of the task, or a task and the
    owed-work sweep, send one mail; a failed send releases the claim and raises, for the retry.
    """
    now = timezone.now()
    if not claim(
        Question.objects.filter(staff_notified_at__isnull=True),
        pk=question_id,
        field="staff_notify_claimed_at",
        now=now,
    ):
        return False
    question = Question.objects.get(pk=question_id)
    try:
        recipients = sorted(
            User.objects.filter(is_active=True, groups__name=roles.EDITOR)
            .exclude(email="")
            .values_list("email", flat=True)
            .distinct()
        )
        if recipients:
            admin_url = settings.SITE_URL + reverse("admin:portal_question_change", args=[question.pk])
            lines = [
                _("Cổng thông tin vừa nhận một câu hỏi, góp ý mới."),
                "",
                _("Người gửi: %(name)s <%(email)s>") % {"name": question.full_name, "email": question.email},
            ]
            if question.unit_name:
                lines.append(_("Đơn vị, địa chỉ: %(unit)s") % {"unit": question.unit_name})
            lines += ["", question.body, "", _("Trả lời và đăng tại: %(url)s") % {"url": admin_url}]
            send_mail(
                subject=_("Câu hỏi mới: %(headline)s") % {"headline": question.headline[:80]},
                message="\n".join(lines),
                from_email=None,
                recipient_list=recipients,
            )
    except Exception:
        release(Question, pk=question_id, field="staff_notify_claimed_at", now=now)
        raise
    mark_sent(Question, pk=question_id, staff_notified_at=timezone.now(), staff_notify_claimed_at=None)
    return bool(recipients)
