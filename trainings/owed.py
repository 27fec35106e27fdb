"""What the trainings' rows may still owe, for the owed-work sweep (portal/owed.py): the mails of online registration."""

from django.utils.translation import gettext_lazy as _

from portal.owed import OWED_AFTER, OwedWork, register

from .services.registrations import (
    confirmations_owed,
    invitation_mail_once,
    invitations_owed,
    registration_confirmation_once,
    registration_reminder_once,
    reminders_owed,
)

register(
    OwedWork(
        name="trainings.registration_invitations",
        label=_("Giấy mời đăng ký đại biểu gửi các đơn vị"),
        owed=lambda now: invitations_owed(now).filter(created_at__lte=now - OWED_AFTER).order_by("created_at", "pk"),
        do=lambda pk: invitation_mail_once(invitation_id=pk),
    )
)
register(
    OwedWork(
        # Due at a time the organiser chose, with no task queued for it: the sweep is the only sender.
        name="trainings.registration_reminders",
        label=_("Thư nhắc đơn vị chưa đăng ký đại biểu"),
        owed=lambda now: reminders_owed(now).order_by("pk"),
        do=lambda pk: registration_reminder_once(invitation_id=pk),
    )
)
register(
    OwedWork(
        name="trainings.registration_confirmations",
        label=_("Thư xác nhận danh sách đại biểu đơn vị đã đăng ký"),
        owed=lambda now: (
            confirmations_owed(now).filter(answered_at__lte=now - OWED_AFTER).order_by("answered_at", "pk")
        ),
        do=lambda pk: registration_confirmation_once(invitation_id=pk),
    )
)
