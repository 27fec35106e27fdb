"""Uploaded images: checked, re-encoded without metadata, and cut into renditions.

Every image the portal stores passes through here (docs/architecture.md: rich text is cleaned on save): it must be a real
JPEG, PNG or WebP of at most 20 MB and 40 megapixels; it is re-encoded by Pillow, which
drops EXIF (GPS included) and anything hidden after the image data; renditions of a few
widths, in WebP and JPEG, are made afterwards by a Celery task for ``srcset``.
"""

import io
import logging
import posixpath
import warnings

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
RENDITION_WIDTHS = (400, 800, 1600)
JPEG_QUALITY = 82
WEBP_QUALITY = 78

IMAGE_FORMATS_HELP = _("Ảnh JPEG, PNG hoặc WebP, tối đa 20 MB và 40 megapixel.")

# Pillow's own bomb guard raises above 2 × this; ours refuses at 40 MP before decoding.
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS


def _open_checked(data: bytes) -> Image.Image:
    """Open and fully decode ``data``, or raise ValidationError with a Vietnamese message."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(_("Ảnh lớn hơn 20 MB; hãy giảm dung lượng ảnh trước khi tải lên."), code="too_big")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in ALLOWED_FORMATS:
                raise ValidationError(
                    _("Chỉ nhận ảnh JPEG, PNG hoặc WebP (tệp này là %(format)s).") % {"format": image.format},
                    code="format",
                )
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise ValidationError(
                    _("Ảnh %(width)s × %(height)s điểm ảnh vượt quá giới hạn 40 megapixel.")
                    % {"width": width, "height": height},
                    code="too_many_pixels",
                )
            image.load()  # decodes everything: a truncated file fails here
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("Ảnh vượt quá giới hạn 40 megapixel (số điểm ảnh quá lớn)."), code="too_many_pixels"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("Tệp không phải ảnh hợp lệ hoặc đã bị hỏng; hãy chọn ảnh JPEG, PNG hoặc WebP."), code="invalid"
        ) from None
    return image


def validate_image_upload(file) -> None:
    """Field validator: the upload is a whole JPEG, PNG or WebP within the limits."""
    if getattr(file, "_committed", False):
        return  # already stored (and so already checked)
    file.seek(0)
    _open_checked(file.read())
    file.seek(0)


def reencode(data: bytes) -> tuple[bytes, str]:
    """The image re-encoded in its own format, upright, without metadata; and its extension."""
    image = _open_checked(data)
    fmt = image.format
    image = ImageOps.exif_transpose(image)  # keep the orientation the camera meant
    out = io.BytesIO()
    if fmt == "JPEG":
        image.convert("RGB").save(out, "JPEG", quality=90, optimize=True, progressive=True)
    elif fmt == "PNG":
        image.save(out, "PNG", optimize=True)
    else:
        image.save(out, "WEBP", quality=90)
    return out.getvalue(), ALLOWED_FORMATS[fmt]


class CleanImageFormField(forms.ImageField):
    """The form side: our checks and messages (format, size, megapixels, truncation) instead of
    Django's generic "not a valid image"."""

    def to_python(self, data):
        file = forms.FileField.to_python(self, data)
        if file is None:
            return None
        file.seek(0)
        image = _open_checked(file.read())
        file.seek(0)
        file.image = image
        file.content_type = Image.MIME.get(image.format)
        return file


class CleanImageField(models.ImageField):
    """An ImageField whose new files are re-encoded (no EXIF, no trailing data) before storage."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CleanImageFormField, **kwargs})

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            file.seek(0)
            data, extension = reencode(file.read())
            stem = posixpath.splitext(posixpath.basename(file.name))[0]
            file.save(f"{stem}.{extension}", ContentFile(data), save=False)
        return super().pre_save(model_instance, add)


def make_renditions(name: str, storage=default_storage) -> dict:
    """Cut the stored image ``name`` into widths of RENDITION_WIDTHS, in WebP and JPEG.

    Returns ``{"width": w, "height": h, "sizes": [{"w": 400, "h": 267, "webp": path, "jpg": path}, ...]}``;
    widths larger than the original are skipped (the original stands for them).
    """
    with storage.open(name, "rb") as handle:
        image = Image.open(handle)
        image.load()
    image = ImageOps.exif_transpose(image)
    width, height = image.size
    stem = posixpath.splitext(name)[0]
    sizes = []
    for target in RENDITION_WIDTHS:
        if target >= width:
            continue
        target_height = round(height * target / width)
        resized = image.convert("RGB").resize((target, target_height), Image.Resampling.LANCZOS)
        entry = {"w": target, "h": target_height}
        for fmt, extension, options in (
            ("WEBP", "webp", {"quality": WEBP_QUALITY, "method": 4}),
            ("JPEG", "jpg", {"quality": JPEG_QUALITY, "optimize": True, "progressive": True}),
        ):
            out = io.BytesIO()
            resized.save(out, fmt, **options)
            path = f"{stem}.w{target}.{extension}"
            if storage.exists(path):
                storage.delete(path)
            entry[extension] = storage.save(path, ContentFile(out.getvalue()))
        sizes.append(entry)
    return {"source": name, "width": width, "height": height, "sizes": sizes}
