"""Uploaded images: checked, re-encoded without metadata, and cut into renditions.

Every image the portal stores passes through here (docs/architecture.md: rich text is cleaned on save): it must be a real
JPEG, PNG or WebP of at most 20 MB and 40 megapixels (a phone's multi-picture JPEG, MPO, is
kept as its first picture); it is re-encoded by Pillow from its pixels alone, turned upright
by its EXIF orientation, with its ICC colour profile and nothing else: no EXIF (GPS
included), no comments or application segments, nothing hidden after the image data.
Renditions of a few widths, in WebP and JPEG, are made the same way afterwards by a Celery
task for ``srcset``.
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
# Formats stored as another: a multi-picture JPEG (phones' portrait and 3D shots) as a JPEG
# of its first picture.
STORED_AS = {"MPO": "JPEG"}
# What of ``Image.info`` is part of the picture itself: PNG's transparent colour.
PIXEL_INFO = ("transparency",)
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
            if stored_format(image) not in ALLOWED_FORMATS:
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
            image.load()  # decodes everything (the first picture of an MPO): a truncated file fails here
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


def stored_format(image: Image.Image) -> str | None:
    """The format ``image`` is stored in: its own, or JPEG for a multi-picture JPEG."""
    return STORED_AS.get(image.format, image.format)


def pixels_only(image: Image.Image, *, mode: str | None = None) -> tuple[Image.Image, dict]:
    """``image`` upright, in ``mode`` if given, carrying nothing but its pixels; and the ``save``
    options that keep its ICC profile, when the profile still describes those pixels.

    EXIF orientation is applied to the pixels, then EXIF goes with the rest: comments, XMP,
    application segments and text chunks live in ``Image.info``, which Pillow writes back
    (a JPEG's comment, for one) unless it is emptied.
    """
    icc_profile = image.info.get("icc_profile")
    original_mode = image.mode
    try:
        upright = ImageOps.exif_transpose(image)  # a new image: the camera's orientation, in the pixels
    except Exception as error:  # an EXIF block too damaged to read: the pixels as they are
        logger.info("image stored without its EXIF orientation: %r", error)
        upright = image.copy()
    if mode and upright.mode != mode:
        upright = upright.convert(mode)
    upright.info = {key: image.info[key] for key in PIXEL_INFO if key in image.info}
    # A CMYK or greyscale profile does not describe the RGB pixels a conversion made.
    keep_profile = icc_profile and upright.mode == original_mode
    return upright, ({"icc_profile": icc_profile} if keep_profile else {})


def reencode(data: bytes) -> tuple[bytes, str]:
    """The image re-encoded in the format it is stored in, from its pixels alone (see ``pixels_only``);
    and its extension."""
    image = _open_checked(data)
    fmt = stored_format(image)
    out = io.BytesIO()
    if fmt == "JPEG":
        clean, profile = pixels_only(image, mode=None if image.mode in ("RGB", "L") else "RGB")
        clean.save(out, "JPEG", quality=90, optimize=True, progressive=True, **profile)
    elif fmt == "PNG":
        clean, profile = pixels_only(image)
        clean.save(out, "PNG", optimize=True, **profile)
    else:
        clean, profile = pixels_only(image)
        clean.save(out, "WEBP", quality=90, **profile)
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
        file.content_type = Image.MIME.get(stored_format(image))
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
    # Stored before they were cleaned, some images still carry metadata: renditions never do.
    image, profile = pixels_only(image, mode="RGB")
    width, height = image.size
    stem = posixpath.splitext(name)[0]
    sizes = []
    for target in RENDITION_WIDTHS:
        if target >= width:
            continue
        target_height = round(height * target / width)
        resized = image.resize((target, target_height), Image.Resampling.LANCZOS)
        resized.info = {}
        entry = {"w": target, "h": target_height}
        for fmt, extension, options in (
            ("WEBP", "webp", {"quality": WEBP_QUALITY, "method": 4}),
            ("JPEG", "jpg", {"quality": JPEG_QUALITY, "optimize": True, "progressive": True}),
        ):
            out = io.BytesIO()
            resized.save(out, fmt, **options, **profile)
            path = f"{stem}.w{target}.{extension}"
            if storage.exists(path):
                storage.delete(path)
            entry[extension] = storage.save(path, ContentFile(out.getvalue()))
        sizes.append(entry)
    return {"source": name, "width": width, "height": height, "sizes": sizes}
