"""Units register their delegates online: invitations, the unit's list, reminders, closing.

A unit's list is its invitation's participants (``Participant.invitation``), so the list the
unit saves is the training's list at once; closing registration only stops the changes.
Every mail is owed work (portal/owed.py, trainings/owed.py): the invitation, the one reminder
to units that have not answered, and the confirmation of each saved list are claimed, sent
and marked (portal/outbox.py), with a task queued on commit as the fast path.
"""

import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.models import Unit
from portal.outbox import claim, mark_sent, release
from portal.permissions import require_permission

from ..calendar import training_ics, training_ics_filename
from ..enums import ParticipantRole, TrainingStatus
from ..models import Invitation, Participant, Training, participant_person_key
from ..models.registrations import new_nonce, token_hash
from ..tasks import send_registration_confirmation_task, send_registration_invitation_task
from .imports import email_problem, phone_problem

logger = logging.getLogger(__name__)

MAIL_ERRORS = (smtplib.SMTPException, OSError)
CHANGE_PERMISSION = "trainings.change_training"


class RegistrationError(Exception):
    """A registration that cannot be saved; ``problems`` are (row number or None, message)."""

    def __init__(self, problems: list[tuple[int | None, str]]):
        self.problems = problems
        super().__init__("; ".join(message for _row, message in problems))


@dataclass
class DelegateRow:
    full_name: str
    position: str = ""
    email: str = ""
    phone: str = ""
    remote_site_id: int | None = None


# --- the organiser --------------------------------------------------------------------------


def invitations_create(*, training: Training, units, places: int, by) -> int:
    """Invite ``units`` with ``places`` each; units already invited keep their invitation.

    Side effects: invitation rows; their invitation mails, owed and queued on commit.
    """
    require_permission(by, CHANGE_PERMISSION)
    if training.registration_deadline is None:
        raise RegistrationError([(None, _("Hãy đặt hạn đăng ký của hội nghị trước khi mời đơn vị."))])
    if places < 1:
        raise RegistrationError([(None, _("Mỗi đơn vị phải có ít nhất một chỗ."))])
    rows = []
    for unit in units:
        row = Invitation(training=training, unit=unit, places=places, nonce=new_nonce())
        row.token_hash = token_hash(row.token)
        rows.append(row)
    with transaction.atomic():
        created = Invitation.objects.bulk_create(rows, ignore_conflicts=True)
        ids = list(
            Invitation.objects.filter(
                training=training, token_hash__in=[row.token_hash for row in created]
            ).values_list("pk", flat=True)
        )
        for pk in ids:
            transaction.on_commit(lambda pk=pk: send_registration_invitation_task.delay(invitation_id=pk))
    return len(ids)


def invitation_revoke(*, invitation: Invitation, by, now=None) -> Invitation:
    """The unit's link stops working at once. Side effects: the row (its list stays)."""
    require_permission(by, CHANGE_PERMISSION)
    invitation.revoked_at = now or timezone.now()
    invitation.save(update_fields=["revoked_at"])
    return invitation


def invitation_reissue(*, invitation: Invitation, by) -> Invitation:
    """A new link for the unit (the old one stops working), mailed again.

    Side effects: the row's nonce, its invitation mail owed again and queued on commit.
    """
    require_permission(by, CHANGE_PERMISSION)
    invitation.nonce = new_nonce()
    invitation.revoked_at = None
    invitation.invitation_sent_at = None
    invitation.invitation_claimed_at = None
    invitation.save(update_fields=["nonce", "revoked_at", "invitation_sent_at", "invitation_claimed_at"])
    transaction.on_commit(lambda: send_registration_invitation_task.delay(invitation_id=invitation.pk))
    return invitation


def registration_close(*, training: Training, by, now=None) -> Training:
    """Freeze every unit's list: the links answer that registration is closed.

    The lists already are the training's participants. Side effects: the training's row.
    """
    require_permission(by, CHANGE_PERMISSION)
    if training.registration_closed_at is None:
        training.registration_closed_at = now or timezone.now()
        training.save(update_fields=["registration_closed_at"])
    return training


# --- the unit -------------------------------------------------------------------------------


def registration_problems(*, invitation: Invitation, rows: list[DelegateRow]) -> list[tuple[int | None, str]]:
    """What is wrong with a unit's list, row by row, checked as the Excel import checks a file."""
    problems: list[tuple[int | None, str]] = []
    filled = len(_filled(rows))
    if filled > invitation.places:
        problems.append(
            (
                None,
                ngettext(
                    "Đơn vị được cử %(places)s đại biểu; danh sách có %(count)s người.",
                    "Đơn vị được cử %(places)s đại biểu; danh sách có %(count)s người.",
                    invitation.places,
                )
                % {"places": invitation.places, "count": filled},
            )
        )
    sites = set(invitation.training.remote_sites.values_list("pk", flat=True))
    # Other units' people are named by nobody here: a clash only says "already on the list".
    others = set(
        Participant.objects.filter(training=invitation.training)
        .exclude(invitation=invitation)
        .values_list("person_key", flat=True)
    )
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        if not _is_filled(row):
            continue  # a blank row of the form, left for a delegate not yet named
        if not row.full_name.strip():
            problems.append((number, _("thiếu họ và tên.")))
            continue
        for problem in (email_problem(row.email), phone_problem(row.phone)):
            if problem:
                problems.append((number, problem))
        if row.remote_site_id is not None and row.remote_site_id not in sites:
            problems.append((number, _("điểm cầu không thuộc hội nghị này.")))
        key = participant_person_key(email=row.email.lower(), full_name=row.full_name, unit_id=invitation.unit_id)
        if key in seen:
            problems.append((number, _("trùng với dòng %(other)s.") % {"other": seen[key]}))
        elif key in others:
            problems.append((number, _("người này đã có trong danh sách của hội nghị.")))
        seen.setdefault(key, number)
    return problems


def _is_filled(row: DelegateRow) -> bool:
    return any(value.strip() for value in (row.full_name, row.position, row.email, row.phone))


def _filled(rows: list[DelegateRow]) -> list[DelegateRow]:
    return [row for row in rows if _is_filled(row)]


def registration_save(*, invitation: Invitation, rows: list[DelegateRow], now=None) -> Invitation:
    """Replace the unit's list with ``rows``, all or nothing, while its link is open.

    Raises RegistrationError with every problem. Side effects: the unit's participants; the
    invitation's ``answered_at``; the confirmation mail, owed and queued on commit.
    """
    now = now or timezone.now()
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(of=("self",)).select_related("training", "unit").get(pk=invitation.pk)
        )
        if not invitation.is_open(now) or invitation.training.status == TrainingStatus.CANCELLED:
            raise RegistrationError([(None, _("Đường dẫn đăng ký đã hết hiệu lực; danh sách không thay đổi."))])
        problems = registration_problems(invitation=invitation, rows=rows)
        if problems:
            raise RegistrationError(problems)
        Participant.objects.filter(invitation=invitation).delete()
        for row in _filled(rows):
            Participant(
                training=invitation.training,
                invitation=invitation,
                unit=invitation.unit,
                full_name=row.full_name.strip()[:150],
                position=row.position.strip()[:150],
                email=row.email.strip(),
                phone=row.phone.strip()[:50],
                remote_site_id=row.remote_site_id,
                role=ParticipantRole.DELEGATE,
            ).save()
        invitation.answered_at = now
        invitation.save(update_fields=["answered_at"])
        transaction.on_commit(lambda: send_registration_confirmation_task.delay(invitation_id=invitation.pk))
    return invitation


# --- owed mails -----------------------------------------------------------------------------


def invitations_owed(now) -> QuerySet:
    """Invitations whose mail has not gone out, while their link still opens."""
    return Invitation.objects.filter(
        invitation_sent_at__isnull=True,
        revoked_at__isnull=True,
        training__registration_closed_at__isnull=True,
        training__registration_deadline__gt=now,
    ).exclude(training__status=TrainingStatus.CANCELLED)


def reminders_owed(now) -> QuerySet:
    """Units that have not answered once the training's reminder time has come, before the deadline."""
    return Invitation.objects.filter(
        answered_at__isnull=True,
        reminder_sent_at__isnull=True,
        invitation_sent_at__isnull=False,
        revoked_at__isnull=True,
        training__registration_closed_at__isnull=True,
        training__registration_reminder_at__lte=now,
        training__registration_deadline__gt=now,
    ).exclude(training__status=TrainingStatus.CANCELLED)


def confirmations_owed(now) -> QuerySet:
    """Saved lists whose last version has not been confirmed to the unit."""
    return Invitation.objects.filter(answered_at__isnull=False).filter(
        Q(confirmed_at__isnull=True) | Q(confirmed_at__lt=F("answered_at"))
    )


def _send(invitation: Invitation, *, template: str, subject: str, extra: dict | None = None) -> None:
    training = invitation.training
    context = {
        "training": training,
        "invitation": invitation,
        "unit": invitation.unit,
        "url": settings.SITE_URL + invitation.get_absolute_url(),
        **(extra or {}),
    }
    message = EmailMessage(
        subject=subject % {"title": training.title},
        body=render_to_string(template, context),
        to=[invitation.recipient],
    )
    message.attach(training_ics_filename(training), training_ics(training, include_online_url=True), "text/calendar")
    message.send()


def _send_once(*, owed: QuerySet, invitation_id: int, claim_field: str, now, template, subject, mark, extra=None):
    if not claim(owed, pk=invitation_id, field=claim_field, now=now):
        return False
    invitation = Invitation.objects.select_related("training__organizer", "unit").get(pk=invitation_id)
    if not invitation.recipient:
        logger.warning("Invitation %s: unit %s has no e-mail; mail not sent.", invitation.pk, invitation.unit_id)
    else:
        try:
            _send(invitation, template=template, subject=subject, extra=extra(invitation) if extra else None)
        except MAIL_ERRORS as exc:
            logger.warning("Invitation %s mail not sent, tried again at the next sweep: %s", invitation.pk, exc)
            release(Invitation, pk=invitation_id, field=claim_field, now=now)
            return False
    mark_sent(Invitation, pk=invitation_id, **{claim_field: None}, **mark(invitation))
    return True


def invitation_mail_once(*, invitation_id: int, now=None) -> bool:
    """Send the invitation with the unit's link and the .ics, once. Side effects: mail, the row."""
    now = now or timezone.now()
    return _send_once(
        owed=invitations_owed(now),
        invitation_id=invitation_id,
        claim_field="invitation_claimed_at",
        now=now,
        template="trainings/email/registration_invitation.txt",
        subject=_("[Giấy mời] %(title)s: đăng ký đại biểu"),
        mark=lambda invitation: {"invitation_sent_at": now},
    )


def registration_reminder_once(*, invitation_id: int, now=None) -> bool:
    """Remind a unit that has not answered, once. Side effects: mail, the row."""
    now = now or timezone.now()
    return _send_once(
        owed=reminders_owed(now),
        invitation_id=invitation_id,
        claim_field="reminder_claimed_at",
        now=now,
        template="trainings/email/registration_reminder.txt",
        subject=_("[Nhắc đăng ký] %(title)s"),
        mark=lambda invitation: {"reminder_sent_at": now},
    )


def registration_confirmation_once(*, invitation_id: int, now=None) -> bool:
    """Confirm the unit's saved list to it, once per saved version. Side effects: mail, the row."""
    now = now or timezone.now()
    return _send_once(
        owed=confirmations_owed(now),
        invitation_id=invitation_id,
        claim_field="confirmation_claimed_at",
        now=now,
        template="trainings/email/registration_confirmation.txt",
        subject=_("[Xác nhận đăng ký] %(title)s"),
        # The version described is the one read after the claim; a later save is owed again.
        mark=lambda invitation: {"confirmed_at": invitation.answered_at},
        extra=lambda invitation: {
            "delegates": list(invitation.participants.select_related("remote_site").order_by("pk"))
        },
    )


def units_of_kind(kind: str, *, area: Unit | None = None) -> QuerySet:
    """Active units of one kind (under one area's unit, if given), for the organiser's choice of invited units."""
    units = Unit.objects.filter(kind=kind, is_active=True)
    if area is not None:
        units = units.filter(parent=area)
    return units.order_by("name")
