"""Jobs of the portal app: the periodic heartbeat, and work queued after a commit.

Tasks are leaves: each imports the service it calls inside its body, so that services can
import the tasks they queue at the top of their module.
"""

import logging
import smtplib

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(name="portal.heartbeat", ignore_result=True)
def heartbeat_task() -> None:
    """Record that the worker and beat are alive; harmless to run twice or late."""
    from portal.services.core import heartbeat_record

    heartbeat_record()


@shared_task(name="portal.owed_sweep", ignore_result=True)
def owed_sweep_task() -> None:
    """Do what rows still owe (mails, renditions, purges) whose own task was lost; idempotent."""
    from portal.owed import owed_sweep

    done = owed_sweep()
    if done:
        logger.info("owed_sweep: %s", done)


@shared_task(name="portal.personal_data_sweep", ignore_result=True)
def personal_data_sweep_task() -> None:
    """Erase or anonymise personal data past its period; safe to run twice or after a killed run."""
    from .personal_data import personal_data_sweep  # noqa: PLC0415 - tasks are leaves (docs/architecture.md)

    personal_data_sweep()


@shared_task(name="portal.image_renditions", ignore_result=True, autoretry_for=(OSError,), retry_backoff=10)
def image_renditions_task(*, model: str, pk: int, field: str, renditions_field: str) -> None:
    """Cut the image in ``model.field`` of row ``pk`` into renditions; repeatable (overwrites)."""
    from portal.services.images import image_renditions_make

    image_renditions_make(model=model, pk=pk, field=field, renditions_field=renditions_field)


@shared_task(name="portal.uploaded_image_renditions", ignore_result=True, autoretry_for=(OSError,), retry_backoff=10)
def uploaded_image_renditions_task(*, image_id: int) -> None:
    """Renditions of an image uploaded through the editor; repeatable (overwrites)."""
    from portal.services.images import uploaded_image_render

    uploaded_image_render(image_id=image_id)


@shared_task(
    name="portal.question_notify_staff",
    ignore_result=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=30,
    max_retries=5,
)
def question_notify_staff_task(*, question_id: int) -> None:
    """Mail the editors about a new question; the service sends at most once, however often this runs."""
    from portal.services.questions import question_notify_staff

    question_notify_staff(question_id=question_id)


@shared_task(name="portal.leader_photo_renditions", ignore_result=True)
def leader_photo_renditions_task(*, leader_id: int) -> None:
    """Cut a leader's new photo into renditions; a photo replaced meanwhile is left to its own task."""
    from portal.services.organisation import leader_photo_renditions_make

    leader_photo_renditions_make(leader_id=leader_id)
