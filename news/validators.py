"""Validators of the newsroom's fields."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from portal.files import DocumentValidator

validate_attachment = DocumentValidator()
# Files of the documents registry: what offices publish, the text of PDF and DOCX is read for search.
validate_document_file = DocumentValidator(extensions=("pdf", "docx", "doc"))

VIDEO_PAGE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtu.be",
    "www.facebook.com",
    "facebook.com",
    "fb.watch",
}


def validate_video_url(value: str) -> None:
    host = urlsplit(value).hostname or ""
    if host not in VIDEO_PAGE_HOSTS:
        raise ValidationError(_("Chỉ nhận đường dẫn video YouTube hoặc Facebook."), code="video_host")


MAX_VIDEO_BYTES = 500 * 1024 * 1024
VIDEO_EXTENSIONS = ("mp4", "webm")


def video_container(head: bytes) -> str:
    """``"mp4"`` or ``"webm"`` from a file's first bytes, or ``""``.

    An ISO-BMFF file (MP4) opens with a box whose type is ``ftyp``; a WebM file with the EBML
    magic and, within its header, the doc type ``webm``. Only the first bytes are read here;
    the whole file is checked by ffprobe in a task (``news.videofiles``).
    """
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3") and b"webm" in head[:64]:
        return "webm"
    return ""


def validate_video_file(file) -> None:
    """Field validator: an MP4 or WebM of at most 500 MB, by its extension and its first bytes."""
    if getattr(file, "_committed", False):
        return  # already stored (and so already checked)
    if file.size > MAX_VIDEO_BYTES:
        raise ValidationError(
            _("Video lớn hơn 500 MB; hãy nén lại hoặc đăng lên YouTube rồi dán đường dẫn."), code="too_big"
        )
    extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
    file.seek(0)
    container = video_container(file.read(64))
    file.seek(0)
    if extension not in VIDEO_EXTENSIONS or container != extension:
        raise ValidationError(
            _("Tệp không phải video MP4 hoặc WebM thật (đuôi tệp và nội dung phải khớp)."), code="video_format"
        )
