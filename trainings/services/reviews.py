"""The leaders' word on a training's record: comments, the sign-off, and submitting for review."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import ReviewStatus, TrainingStatus
from ..models import Review, Training


class ReviewError(ValueError):
    """A review step that is not allowed now; the message says why, in Vietnamese."""


def training_submit_for_review(*, training: Training) -> Training:
    """Staff hand the record to the leaders. Side effects: none beyond the row."""
    if training.review_status == ReviewStatus.SIGNED_OFF:
        raise ReviewError(_("Hồ sơ đã được lãnh đạo ký duyệt."))
    training.review_status = ReviewStatus.SUBMITTED
    training.save(update_fields=["review_status", "updated_at"])
    return training


def training_review_add(*, training: Training, by, comment: str) -> Review:
    """A leader's comment on the record. Side effects: none beyond the row."""
    comment = (comment or "").strip()
    if not comment:
        raise ReviewError(_("Hãy viết nội dung nhận xét."))
    return Review.objects.create(training=training, author=by, comment=comment)


def training_sign_off(*, training: Training, by, comment: str = "") -> Training:
    """A leader signs off the record of a held training: who and when are kept.

    Side effects: a sign-off review row (with the comment, if any); the training's review
    status becomes "signed off". Two leaders signing at once: the second is told it is done.
    """
    with transaction.atomic():
        locked = Training.objects.select_for_update().get(pk=training.pk)
        if locked.review_status == ReviewStatus.SIGNED_OFF:
            raise ReviewError(_("Hồ sơ đã được ký duyệt trước đó."))
        if locked.status != TrainingStatus.HELD:
            raise ReviewError(_("Chỉ ký duyệt hồ sơ của hội nghị đã tổ chức."))
        now = timezone.now()
        Review.objects.create(training=locked, author=by, comment=(comment or "").strip(), is_sign_off=True)
        locked.review_status = ReviewStatus.SIGNED_OFF
        locked.signed_off_by = by
        locked.signed_off_at = now
        locked.save(update_fields=["review_status", "signed_off_by", "signed_off_at", "updated_at"])
    training.review_status, training.signed_off_by, training.signed_off_at = (
        locked.review_status,
        locked.signed_off_by,
        locked.signed_off_at,
    )
    return training
