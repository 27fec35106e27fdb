"""Reminder e-mails before a training, and the organiser's nudge when outcomes are missing.

Due work is rows (docs/conventions.md, Tasks). The beat sweep (``reminders_sweep``) plans the
deliveries of every due reminder, then sends each pending delivery the way portal/outbox.py
says: claim the row (committed at once), send, mark it sent. A second sweep running at the
same time skips a claimed row; a sweep that dies mid-send leaves its row claimed, and a
later sweep sends it once the claim is stale (CLAIM_STALE, 10 minutes). A mail server that
refuses is retried with backoff, then shown as failed.
"""

import logging
import smtplib
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import DateTimeField, ExpressionWrapper, F, Q, Value
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.outbox import CLAIM_STALE, claim, mark_sent, release

from ..calendar import training_ics, training_ics_filename
from ..enums import Attendance, DeliveryStatus, ParticipantRole, ReminderAudience, ReminderStatus, TrainingStatus
from ..models import Participant, Reminder, ReminderDelivery, Speaker, Training

logger = logging.getLogger(__name__)

# A reminder this late is worse than none ("starts in 2 hours" read the next day).
LATE_LIMIT = timedelta(hours=12)
MAX_ATTEMPTS = 5
# 5, 10, 20, 40 minutes between attempts: a mail server restart is usually over by then.
BACKOFF_BASE = timedelta(minutes=5)
# Deliveries sent per sweep, and the time one sweep may spend sending: well inside the task's
# soft time limit (240 s), whatever the mail server's speed; the rest wait for the next sweep.
SEND_BATCH = 500
SEND_TIME_BUDGET = 150  # seconds
OUTCOMES_GRACE = timedelta(days=7)
MAIL_ERRORS = (smtplib.SMTPException, OSError)


def reminder_due_at(reminder: Reminder):
    return reminder.training.starts_at - timedelta(hours=reminder.hours_before)


def reminders_due(now=None):
    """Pending reminders whose time has come, with their due time as ``due_at``."""
    now = now or timezone.now()
    due_at = ExpressionWrapper(
        F("training__starts_at") - F("hours_before") * Value(timedelta(hours=1)), output_field=DateTimeField()
    )
    return Reminder.objects.filter(status=ReminderStatus.PENDING).annotate(due_at=due_at).filter(due_at__lte=now)


def reminder_recipients(reminder: Reminder) -> dict[str, str]:
    """``{email: name}`` of the people the reminder is for; one entry per address."""
    training = reminder.training
    people = Participant.objects.filter(training=training).exclude(email="").exclude(attendance=Attendance.EXCUSED)
    if reminder.audience == ReminderAudience.DELEGATES:
        people = people.exclude(role=ParticipantRole.SPEAKER)
    elif reminder.audience == ReminderAudience.SPEAKERS:
        people = people.filter(role=ParticipantRole.SPEAKER)
    recipients: dict[str, str] = {}
    for email, name in people.order_by("pk").values_list("email", "full_name"):
        recipients.setdefault(email.lower(), name)
    if reminder.audience in {ReminderAudience.SPEAKERS, ReminderAudience.BOTH}:
        speakers = Speaker.objects.filter(sessions__training=training).exclude(email="").distinct()
        for email, name in speakers.order_by("pk").values_list("email", "full_name"):
            recipients.setdefault(email.lower(), name)
    return recipients


def reminders_plan_due(*, now=None) -> int:
    """Turn every due reminder into one pending delivery per person; returns how many reminders.

    A reminder more than 12 hours late, or of a cancelled training, is skipped and logged.
    Side effects: delivery rows; the reminder's status.
    """
    now = now or timezone.now()
    planned = 0
    with transaction.atomic():
        due = reminders_due(now).select_related("training").select_for_update(skip_locked=True, of=("self",))
        for reminder in due:
            training = reminder.training
            if training.status == TrainingStatus.CANCELLED or now - reminder.due_at > LATE_LIMIT:
                logger.warning(
                    "Reminder %s of training %s skipped: due %s, now %s, training status %s.",
                    reminder.pk,
                    training.pk,
                    reminder.due_at.isoformat(),
                    now.isoformat(),
                    training.status,
                )
                reminder.status = ReminderStatus.SKIPPED
            else:
                ReminderDelivery.objects.bulk_create(
                    [
                        ReminderDelivery(reminder=reminder, email=email, name=name[:150])
                        for email, name in reminder_recipients(reminder).items()
                    ],
                    ignore_conflicts=True,
                    batch_size=500,
                )
                reminder.status = ReminderStatus.PLANNED
                planned += 1
            reminder.processed_at = now
            reminder.save(update_fields=["status", "processed_at"])
    return planned


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    skipped: int = 0
    busy: int = 0


def reminder_deliveries_send(*, now=None, limit: int = SEND_BATCH) -> SendReport:
    """Send the pending deliveries whose time has come (first tries and retries)."""
    now = now or timezone.now()
    report = SendReport()
    ids = list(
        ReminderDelivery.objects.filter(status=DeliveryStatus.PENDING)
        .exclude(next_attempt_at__gt=now)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_STALE))
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    deadline = time.monotonic() + SEND_TIME_BUDGET
    connection = get_connection()
    try:
        for delivery_id in ids:
            if time.monotonic() > deadline:
                break  # the next sweep, a few minutes on, sends the rest
            outcome = reminder_delivery_send(delivery_id=delivery_id, now=now, connection=connection)
            setattr(report, outcome, getattr(report, outcome) + 1)
            if outcome in {"retrying", "failed"}:
                # The connection may be half-broken after an error: start afresh for the next one.
                connection.close()
                connection = get_connection()
    finally:
        connection.close()
    return report


def reminder_delivery_send(*, delivery_id: int, now=None, connection=None) -> str:
    """Send one delivery once. Returns ``sent``, ``retrying``, ``failed``, ``skipped`` or ``busy``.

    Claimed, sent, marked (portal/outbox.py): a concurrent sweep finds the row claimed and
    leaves it. Side effects: the e-mail with the .ics attached; the delivery row.
    """
    now = now or timezone.now()
    owed = ReminderDelivery.objects.filter(status=DeliveryStatus.PENDING).exclude(next_attempt_at__gt=now)
    if not claim(owed, pk=delivery_id, field="claimed_at", now=now):
        return "busy"  # sent, failed, waiting for its retry, or being sent by another run
    delivery = ReminderDelivery.objects.select_related("reminder__training__organizer").get(pk=delivery_id)
    reminder, training = delivery.reminder, delivery.reminder.training
    if training.status == TrainingStatus.CANCELLED or now - reminder_due_at(reminder) > LATE_LIMIT:
        logger.warning("Reminder delivery %s skipped: too late or training cancelled.", delivery.pk)
        ReminderDelivery.objects.filter(pk=delivery_id).update(status=DeliveryStatus.SKIPPED, claimed_at=None)
        return "skipped"
    try:
        reminder_message(delivery, connection=connection).send()
    except MAIL_ERRORS as exc:
        delivery.attempts += 1
        delivery.last_error = f"{type(exc).__name__}: {exc}"[:1000]
        if delivery.attempts >= MAX_ATTEMPTS:
            delivery.status = DeliveryStatus.FAILED
            delivery.next_attempt_at = None
            logger.error("Reminder delivery %s failed %s times: %s", delivery.pk, delivery.attempts, exc)
            outcome = "failed"
        else:
            delivery.next_attempt_at = now + BACKOFF_BASE * 2 ** (delivery.attempts - 1)
            logger.warning("Reminder delivery %s failed, retry at %s: %s", delivery.pk, delivery.next_attempt_at, exc)
            outcome = "retrying"
        delivery.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
        release(ReminderDelivery, pk=delivery_id, field="claimed_at", now=now)
        return outcome
    mark_sent(ReminderDelivery, pk=delivery_id, status=DeliveryStatus.SENT, sent_at=now, claimed_at=None)
    return "sent"


def reminder_message(delivery: ReminderDelivery, *, connection=None) -> EmailMessage:
    training = delivery.reminder.training
    context = {"training": training, "name": delivery.name, "url": settings.SITE_URL + training.get_absolute_url()}
    subject = _("[Nhắc lịch] %(title)s") % {"title": training.title}
    message = EmailMessage(
        subject=subject,
        body=render_to_string("trainings/email/reminder.txt", context),
        to=[delivery.email],
        connection=connection,
    )
    message.attach(training_ics_filename(training), training_ics(training, include_online_url=True), "text/calendar")
    return message


def reminder_deliveries_retry(*, delivery_ids) -> int:
    """Staff ask for failed deliveries to be tried again at the next sweep. Side effects: rows."""
    return ReminderDelivery.objects.filter(pk__in=list(delivery_ids), status=DeliveryStatus.FAILED).update(
        status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=None
    )


def reminders_sweep(*, now=None) -> SendReport:
    """What the beat task does every few minutes: plan due reminders, send pending deliveries."""
    now = now or timezone.now()
    reminders_plan_due(now=now)
    return reminder_deliveries_send(now=now)


def outcomes_reminders_send(*, now=None) -> int:
    """Nudge the organiser of each training held a week ago that still has no outcomes; once each.

    Claimed, sent, marked (portal/outbox.py); a refused send is logged, its claim released,
    and tried again at the next run. Side effects: e-mail; ``Training.outcomes_reminded_at``.
    """
    now = now or timezone.now()
    owed = Training.objects.filter(
        status=TrainingStatus.HELD, ends_at__lte=now - OUTCOMES_GRACE, outcomes="", outcomes_reminded_at__isnull=True
    )
    sent = 0
    for training_id in list(owed.values_list("pk", flat=True)):
        if not claim(owed, pk=training_id, field="outcomes_reminder_claimed_at", now=now):
            continue
        training = Training.objects.select_related("organizer").get(pk=training_id)
        address = training.organizer_email or training.organizer.email
        if address:
            context = {
                "training": training,
                "admin_url": settings.SITE_URL + training.get_admin_url(),
            }
            message = EmailMessage(
                subject=_("[Nhắc việc] Cập nhật kết quả: %(title)s") % {"title": training.title},
                body=render_to_string("trainings/email/outcomes_reminder.txt", context),
                to=[address],
            )
            try:
                message.send()
            except MAIL_ERRORS as exc:
                logger.warning("Outcomes reminder of training %s not sent, retried next run: %s", training.pk, exc)
                release(Training, pk=training_id, field="outcomes_reminder_claimed_at", now=now)
                continue
            sent += 1
        else:
            logger.warning("Training %s has no organiser e-mail; outcomes reminder not sent.", training.pk)
        mark_sent(Training, pk=training_id, outcomes_reminded_at=now, outcomes_reminder_claimed_at=None)
    return sent
