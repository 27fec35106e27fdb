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
