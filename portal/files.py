"""Checks of uploaded documents: the extension must be allowed and the content must match it."""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext as _

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
OFFICE_ZIP_FOLDER = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_document(file, extension: str) -> bool:
    """Whether the bytes of ``file`` are what ``extension`` claims."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension in {"doc", "xls", "ppt"}:
        return head == OLE_MAGIC
    if extension in OFFICE_ZIP_FOLDER:
        try:
            with zipfile.ZipFile(file) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError):
            return False
        finally:
            file.seek(0)
        return "[Content_Types].xml" in names and any(n.startswith(OFFICE_ZIP_FOLDER[extension]) for n in names)
    return False


@deconstructible
class DocumentValidator:
    """Allow only the listed document types, checked by content, up to ``max_bytes``."""

    def __init__(self, extensions=("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx"), max_bytes=MAX_DOCUMENT_BYTES):
        self.extensions = tuple(extensions)
        self.max_bytes = max_bytes

    def __call__(self, file) -> None:
        if getattr(file, "_committed", False):
            return  # already stored, so already checked
        name = file.name or ""
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        allowed = ", ".join(e.upper() for e in self.extensions)
        if extension not in self.extensions:
            raise ValidationError(
                _("Chỉ nhận tệp %(allowed)s; tệp “%(name)s” không thuộc các loại này.")
                % {"allowed": allowed, "name": name},
                code="extension",
            )
        if file.size > self.max_bytes:
            raise ValidationError(
                _("Tệp lớn hơn %(mb)s MB; hãy nén hoặc chia nhỏ tệp.") % {"mb": self.max_bytes // (1024 * 1024)},
                code="too_big",
            )
        if not sniff_document(file, extension):
            raise ValidationError(
                _("Nội dung tệp “%(name)s” không phải %(type)s như phần mở rộng ghi; hãy kiểm tra lại tệp.")
                % {"name": name, "type": extension.upper()},
                code="content",
            )

    def __eq__(self, other) -> bool:
        return isinstance(other, DocumentValidator) and (self.extensions, self.max_bytes) == (
            other.extensions,
            other.max_bytes,
        )
