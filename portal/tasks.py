"""Jobs of the portal app: the periodic heartbeat, and work queued after a commit."""

import smtplib

from celery import shared_task

from .services import heartbeat_record, leader_photo_renditions_make, question_notify_staff


@shared_task(name="portal.heartbeat", ignore_result=True)
def heartbeat_task() -> None:
    """Record that the worker and beat are alive; harmless to run twice or late."""
    heartbeat_record()


@shared_task(name="portal.image_renditions", ignore_result=True, autoretry_for=(OSError,), retry_backoff=10)
def image_renditions_task(*, model: str, pk: int, field: str, renditions_field: str) -> None:
    """Cut the image in ``model.field`` of row ``pk`` into renditions; repeatable (overwrites)."""
    from django.apps import apps

    from .images import make_renditions

    Model = apps.get_model(model)
    instance = Model._default_manager.filter(pk=pk).first()
    if instance is None:
        return
    file = getattr(instance, field)
    if not file:
        return
    renditions = make_renditions(file.name, storage=file.storage)
    # Only if the image is still the one we cut (it may have been replaced meanwhile).
    Model._default_manager.filter(pk=pk, **{field: file.name}).update(**{renditions_field: renditions})


@shared_task(name="portal.uploaded_image_renditions", ignore_result=True, autoretry_for=(OSError,), retry_backoff=10)
def uploaded_image_renditions_task(*, image_id: int) -> None:
    """Renditions of an image uploaded through the editor; repeatable (overwrites)."""
    from .services import uploaded_image_render

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
    question_notify_staff(question_id=question_id)


@shared_task(name="portal.leader_photo_renditions", ignore_result=True)
def leader_photo_renditions_task(*, leader_id: int) -> None:
    """Cut a leader's new photo into renditions; a photo replaced meanwhile is left to its own task."""
    leader_photo_renditions_make(leader_id=leader_id)
