"""Images uploaded through the rich-text editor: stored re-encoded, then cut into renditions."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from PIL import Image

from ..images import make_renditions
from ..models import UploadedImage
from ..text import slugify


def uploaded_image_store(*, data: bytes, extension: str, original_name: str, folder: str, by) -> UploadedImage:
    """Store an already checked and re-encoded image. Side effect: its renditions task after commit."""
    import io

    from ..tasks import uploaded_image_renditions_task

    stem = slugify(original_name.rsplit(".", 1)[0], max_length=60) or "anh"
    path = timezone.localdate().strftime(f"{folder}%Y/%m/") + f"{stem}.{extension}"
    name = default_storage.save(path, ContentFile(data))
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
    uploaded = UploadedImage.objects.create(name=name, width=width, height=height, uploaded_by=by)
    transaction.on_commit(lambda: uploaded_image_renditions_task.delay(image_id=uploaded.pk))
    return uploaded


def uploaded_image_render(*, image_id: int) -> bool:
    """Cut an uploaded image into renditions; ``False`` when the row or its file is gone."""
    image = UploadedImage.objects.filter(pk=image_id).first()
    if image is None or not default_storage.exists(image.name):
        return False
    UploadedImage.objects.filter(pk=image_id).update(renditions=make_renditions(image.name))
    return True
