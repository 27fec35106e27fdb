"""Periodic jobs of training conferences: reminder e-mails and the organiser's outcomes nudge.

Both are sweeps over rows (no far-future eta): safe to run twice, late, or at once.
"""

import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(name="trainings.send_due_reminders", ignore_result=True)
def send_due_reminders_task() -> None:
    """Plan the reminders that are due and send what is pending (first tries and retries)."""
    from trainings.services.reminders import reminders_sweep

    report = reminders_sweep()
    if report.sent or report.failed or report.retrying or report.skipped:
        logger.info(
            "Reminders: %s sent, %s to retry, %s failed, %s skipped.",
            report.sent,
            report.retrying,
            report.failed,
            report.skipped,
        )


@shared_task(name="trainings.remind_organisers_of_outcomes", ignore_result=True)
def remind_organisers_of_outcomes_task() -> None:
    """Nudge organisers of trainings held a week ago whose outcomes are still empty."""
    from trainings.services.reminders import outcomes_reminders_send

    outcomes_reminders_send()


@shared_task(name="trainings.send_registration_invitation", ignore_result=True)
def send_registration_invitation_task(*, invitation_id: int) -> None:
    """Mail a unit its invitation and private link; the owed-work sweep does it if this is lost."""
    from trainings.services.registrations import invitation_mail_once

    invitation_mail_once(invitation_id=invitation_id)


@shared_task(name="trainings.send_registration_confirmation", ignore_result=True)
def send_registration_confirmation_task(*, invitation_id: int) -> None:
    """Mail a unit the list it saved; the owed-work sweep does it if this is lost."""
    from trainings.services.registrations import registration_confirmation_once

    registration_confirmation_once(invitation_id=invitation_id)
