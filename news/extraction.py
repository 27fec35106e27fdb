"""Reading the text of uploaded PDF and DOCX files, for search: bounded in pages, bytes and characters.

Files come from staff, but a scanned 300-page annex or a damaged file must neither stall a
worker nor fill the database: PDFs are read up to ``MAX_PDF_PAGES`` pages, a DOCX's XML is
refused past ``MAX_DOCX_XML_BYTES`` (a zip bomb), and the text kept is cut at ``MAX_CHARS``.
A file the readers cannot read, whatever they raise, is an ``ExtractionFailed`` with a reason
staff can act on: one bad file must never stop the reading of the others.
"""

import io
import logging
import re
import zipfile

from django.utils.translation import gettext as _

from portal.text import normalize_search_text

logger = logging.getLogger(__name__)

MAX_PDF_PAGES = 300
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
# Enough for a long regulation with its annexes; Postgres' tsvector holds at most 1 MB.
MAX_CHARS = 300_000
READABLE = {"pdf", "docx"}
# What a damaged font's character map can make a reader return and Postgres cannot store (NUL,
# halves of surrogate pairs), with the other control characters, which search has no use for.
UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


class ExtractionFailed(Exception):
    """The file could not be read. ``reason`` says why, in Vietnamese, for the admin;
    ``detail`` is what the reader raised, for the log."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason} ({detail})" if detail else reason)


def extract_text(data: bytes, extension: str) -> str:
    """The text of a PDF or DOCX file as search compares it: lower case, no diacritics, single spaces.

    Returns "" for a file without text (a scan). Raises ``ExtractionFailed`` for a file the
    readers cannot read, whatever the reason, and ``ValueError`` for a type that is not read.
    """
    extension = extension.lower()
    if extension == "pdf":
        raw = _pdf_text(data)
    elif extension == "docx":
        raw = _docx_text(data)
    else:
        raise ValueError(f"text is not read from .{extension} files")
    return normalize_search_text(UNSTORABLE.sub(" ", raw))[:MAX_CHARS].rstrip()


def _pdf_text(data: bytes) -> str:
    # Heavy, and needed only where files are read (the worker): web processes never load them.
    from pypdf import PasswordType, PdfReader  # noqa: PLC0415 - see above

    try:
        reader = PdfReader(io.BytesIO(data))
        # Many official PDFs are "protected" with an empty password.
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise ExtractionFailed(
                _("Tệp PDF có mật khẩu nên không đọc được nội dung; hãy tải lên bản không đặt mật khẩu.")
            )
        parts, length = [], 0
        for page in reader.pages[:MAX_PDF_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            length += len(text)
            if length > MAX_CHARS * 2:  # diacritics and spaces shrink the text; twice is enough
                break
    except ExtractionFailed:
        raise
    except Exception as error:  # a damaged file makes pypdf raise anything, not only PyPdfError
        raise ExtractionFailed(
            _("Tệp PDF bị hỏng hoặc sai định dạng nên không đọc được nội dung; hãy tải lên lại bản gốc."),
            f"{type(error).__name__}: {error}",
        ) from error
    return "\n".join(parts)


def _docx_text(data: bytes) -> str:
    damaged = _(
        "Tệp DOCX bị hỏng hoặc sai định dạng nên không đọc được nội dung; hãy mở bằng Word, lưu lại rồi tải lên."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = archive.getinfo("word/document.xml").file_size
    except Exception as error:  # not a zip, or no document in it
        raise ExtractionFailed(damaged, f"{type(error).__name__}: {error}") from error
    if size > MAX_DOCX_XML_BYTES:
        raise ExtractionFailed(
            _("Nội dung tệp DOCX giải nén ra hơn %(limit)s MB nên không đọc.")
            % {"limit": MAX_DOCX_XML_BYTES // (1024 * 1024)},
            f"word/document.xml is {size} bytes",
        )

    # Heavy, and needed only where files are read (the worker): web processes never load them.
    import docx  # noqa: PLC0415 - see above

    try:
        document = docx.Document(io.BytesIO(data))
        parts = [paragraph.text for paragraph in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
    except Exception as error:  # damaged XML raises lxml's errors, and python-docx its own
        raise ExtractionFailed(damaged, f"{type(error).__name__}: {error}") from error
    return "\n".join(parts)
