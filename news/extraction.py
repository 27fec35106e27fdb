"""Reading the text of uploaded PDF and DOCX files, for search: bounded in pages, bytes and characters.

Files come from staff, but a scanned 300-page annex or a damaged file must neither stall a
worker nor fill the database: PDFs are read up to ``MAX_PDF_PAGES`` pages, a DOCX's XML is
refused past ``MAX_DOCX_XML_BYTES`` (a zip bomb), and the text kept is cut at ``MAX_CHARS``.
"""

import io
import logging
import zipfile

from portal.text import normalize_search_text

logger = logging.getLogger(__name__)

MAX_PDF_PAGES = 300
MAX_DOCX_XML_BYTES = 50 * 1024 * 1024
# Enough for a long regulation with its annexes; Postgres' tsvector holds at most 1 MB.
MAX_CHARS = 300_000
READABLE = {"pdf", "docx"}


class ExtractionFailed(Exception):
    """The file could not be read; the message says why (for the log and the admin)."""


def extract_text(data: bytes, extension: str) -> str:
    """The text of a PDF or DOCX file as search compares it: lower case, no diacritics, single spaces.

    Returns "" for a file without text (a scan). Raises ``ExtractionFailed`` for a damaged
    file and ``ValueError`` for a type that is not read.
    """
    extension = extension.lower()
    if extension == "pdf":
        raw = _pdf_text(data)
    elif extension == "docx":
        raw = _docx_text(data)
    else:
        raise ValueError(f"text is not read from .{extension} files")
    return normalize_search_text(raw)[:MAX_CHARS].rstrip()


def _pdf_text(data: bytes) -> str:
    # Heavy, and needed only where files are read (the worker): web processes never load them.
    from pypdf import PdfReader  # noqa: PLC0415 - see above
    from pypdf.errors import PyPdfError  # noqa: PLC0415 - see above

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # many official PDFs are "protected" with an empty password
        parts, length = [], 0
        for page in reader.pages[:MAX_PDF_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            length += len(text)
            if length > MAX_CHARS * 2:  # diacritics and spaces shrink the text; twice is enough
                break
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, NotImplementedError) as error:
        raise ExtractionFailed(f"PDF: {error}") from error
    return "\n".join(parts)


def _docx_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise ExtractionFailed(f"DOCX: word/document.xml is {info.file_size} bytes")
    except (zipfile.BadZipFile, KeyError) as error:
        raise ExtractionFailed(f"DOCX: {error}") from error

    # Heavy, and needed only where files are read (the worker): web processes never load them.
    import docx  # noqa: PLC0415 - see above
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415 - see above

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError) as error:
        raise ExtractionFailed(f"DOCX: {error}") from error
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)
