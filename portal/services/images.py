"""Images cut into renditions: a model's image field, and images uploaded through the rich-text editor."""

import io
from collections.abc import Callable

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image

from ..images import MAX_IMAGE_BYTES, make_renditions, reencode
from ..jobs import queue_after_commit
from ..models import UploadedImage
from ..storage import random_file_name
from ..tasks import uploaded_image_renditions_task


def uploaded_image_accept(*, upload: UploadedFile, folder: str, by) -> UploadedImage:
    """An image sent from the admin (the editor, a gallery): its size refused before the file is
    read, then checked and re-encoded by Pillow and stored. Raises ``ValidationError`` with the
    Vietnamese reason. Side effects: as ``uploaded_image_store``."""
    # The size the upload handler counted, before the file is read into memory.
    if upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(_("Ảnh lớn hơn 20 MB; hãy giảm dung lượng ảnh trước khi tải lên."))
    data, extension = reencode(upload.read())
    return uploaded_image_store(data=data, extension=extension, original_name=upload.name, folder=folder, by=by)


def uploaded_image_store(*, data: bytes, extension: str, original_name: str, folder: str, by) -> UploadedImage:
    """Store an already checked and re-encoded image. Side effect: its renditions task after commit.

    The image goes to ``<folder>/<year>/<month>/<32 random hex>/<slug of its name>.<ext>``: the
    picture in a draft's body must not be found by guessing its name (``random_file_name``).
    """
    stem = original_name.rsplit(".", 1)[0]
    path = random_file_name(timezone.localdate().strftime(f"{folder}%Y/%m"), f"{stem}.{extension}")
    name = default_storage.save(path, ContentFile(data))
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
    uploaded = UploadedImage.objects.create(name=name, width=width, height=height, uploaded_by=by)
    queue_after_commit(uploaded_image_renditions_task, image_id=uploaded.pk)
    return uploaded


def uploaded_image_render(*, image_id: int) -> bool:
    """Cut an uploaded image into renditions; ``False`` when the row or its file is gone."""
    image = UploadedImage.objects.filter(pk=image_id).first()
    if image is None or not default_storage.exists(image.name):
        return False
    UploadedImage.objects.filter(pk=image_id).update(renditions=make_renditions(image.name))
    return True


# What an app does once an image of one of its models has its renditions: purge the cached
# pages that show it, which were built with the original file only. Registered by the apps
# (``renditions_made_hook``), since the portal stands below them in the import order.
_renditions_made: dict[str, Callable[[int], None]] = {}


def renditions_made_hook(model: str, callback: Callable[[int], None]) -> None:
    """Call ``callback(pk)`` after renditions are stored for a row of ``model`` ("app.model")."""
    _renditions_made[model.lower()] = callback


def image_renditions_make(*, model: str, pk: int, field: str, renditions_field: str) -> bool:
    """Cut the image in ``model.field`` of row ``pk`` into renditions, stored in ``renditions_field``.

    ``False`` when the row or its image is gone. Safe to run twice or late: the renditions are
    stored only if the image is still the one they were cut from (it may have been replaced).
    Side effect: the model's ``renditions_made_hook`` (its pages are purged).
    """
    Model = apps.get_model(model)
    instance = Model._default_manager.filter(pk=pk).first()
    if instance is None:
        return False
    file = getattr(instance, field)
    if not file:
        return False
    renditions = make_renditions(file.name, storage=file.storage)
    stored = Model._default_manager.filter(pk=pk, **{field: file.name}).update(**{renditions_field: renditions})
    callback = _renditions_made.get(model.lower())
    if stored and callback is not None:
        transaction.on_commit(lambda: callback(pk))
    return True
