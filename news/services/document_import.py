"""Importing documents from an .xlsx list sent together with their files: all or nothing, problems by row.

The office's clerk selects the list and the files in one upload (a browser sends the
files' names in UTF-8, whereas a .zip made by Windows Explorer garbles Vietnamese names);
each row names its files in the "Tệp" column, several separated by ";". File names are
compared without case, diacritics or Unicode form (macOS sends decomposed names).
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from portal.permissions import require_permission
from portal.spreadsheets import ImportFailed, ImportProblem, Row, length_problems, match_columns, read_table
from portal.text import normalize_search_text

from ..enums import DocumentType
from ..models import Document, DocumentField, DocumentFile, DocumentIssuer
from ..validators import validate_document_file
from .documents import (
    document_file_prepare,
    document_files_read_later,
    document_problems,
    document_save,
    normalize_document_number,
)

DOCUMENT_COLUMNS = {
    "number": ("Số, ký hiệu", "Số ký hiệu", "Số hiệu", "Số văn bản", "Số"),
    "doc_type": ("Loại văn bản", "Loại"),
    "issuer": ("Cơ quan ban hành", "Nơi ban hành", "Cơ quan"),
    "signer": ("Người ký",),
    "issued_on": ("Ngày ban hành", "Ngày ký", "Ngày văn bản"),
    "effective_on": ("Ngày có hiệu lực", "Ngày hiệu lực", "Hiệu lực từ"),
    "expires_on": ("Ngày hết hiệu lực", "Hết hiệu lực"),
    "field": ("Lĩnh vực",),
    "summary": ("Trích yếu", "Trích yếu nội dung", "Nội dung"),
    "files": ("Tệp", "Tệp đính kèm", "Tên tệp", "File"),
}
REQUIRED_COLUMNS = ["number", "doc_type", "issuer", "issued_on", "summary", "files"]
# Django refuses more than DATA_UPLOAD_MAX_NUMBER_FILES (100) files in one request; the list is one.
MAX_FILES = 99
MAX_ROWS = 500
DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")

TYPE_WORDS = {
    **{normalize_search_text(str(label)): value for value, label in DocumentType.choices},
    **{value: value for value in DocumentType.values},
    "qd": DocumentType.DECISION,
    "cv": DocumentType.OFFICIAL_LETTER,
    "kh": DocumentType.PLAN,
    "tb": DocumentType.NOTICE,
    "ct": DocumentType.DIRECTIVE,
    "hd": DocumentType.GUIDANCE,
}


@dataclass(frozen=True)
class DocumentImportResult:
    documents: list[Document]
    files: int


def file_key(name: str) -> str:
    """How an uploaded file and a name in the list are compared: base name, NFC, no case or diacritics."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name or ""))[-1]
    return normalize_search_text(base)


def _parse_date(text: str) -> datetime.date | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text.strip(), pattern).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:
            continue
    raise ValueError(text)


def _names(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]", text or "") if part.strip()]


def documents_import(*, table, files, by) -> DocumentImportResult:
    """Create public documents from the rows of ``table`` (.xlsx or .csv) with the uploaded ``files``.

    Raises ``ImportFailed`` listing every problem by row, and then writes nothing: a
    required value missing; an unknown type, issuer or field; a date that is not one or
    dates out of order; a number the issuer already used that year, or used twice in
    the list; a file named but not uploaded, uploaded but named by no row, named twice,
    or not what its extension claims. Side effects: the documents and their files; after
    the commit the files' text is read by a task, and the registry's pages are purged.
    """
    require_permission(by, "news.import_documents")
    problems: list[ImportProblem] = []
    if len(files) > MAX_FILES:
        raise ImportFailed(
            [
                ImportProblem(
                    _("Đã chọn %(count)s tệp; mỗi lần nhập tối đa %(limit)s tệp, hãy chia danh sách làm nhiều lần.")
                    % {"count": len(files), "limit": MAX_FILES}
                )
            ]
        )
    uploads: dict[str, object] = {}
    for upload in files:
        key = file_key(upload.name)
        if key in uploads:
            problems.append(ImportProblem(_("Tệp “%(name)s” được chọn hai lần.") % {"name": upload.name}))
            continue
        try:
            validate_document_file(upload)
        except ValidationError as error:
            problems.append(ImportProblem(" ".join(error.messages)))
        uploads[key] = upload

    table_data = read_table(table, columns=DOCUMENT_COLUMNS, max_rows=MAX_ROWS)
    columns = match_columns(table_data.headers, DOCUMENT_COLUMNS, required=REQUIRED_COLUMNS)
    issuers = {}
    for issuer in DocumentIssuer.objects.all():
        issuers[normalize_search_text(issuer.name)] = issuer
        if issuer.short_name:
            issuers.setdefault(normalize_search_text(issuer.short_name), issuer)
    fields = {normalize_search_text(f.name): f for f in DocumentField.objects.all()}

    planned: list[tuple[Document, list[object], int]] = []
    seen_numbers: dict[tuple, int] = {}
    named_by: dict[str, int] = {}
    for row in table_data.rows:
        row_problems: list[str] = []
        document = _document_from_row(row, columns, issuers, fields, row_problems)
        row_files = []
        names = _names(row.text(columns["files"]))
        if not names:
            row_problems.append(_("thiếu tên tệp văn bản (cột “Tệp”)."))
        for name in names:
            key = file_key(name)
            if key in named_by:
                row_problems.append(
                    _("tệp “%(name)s” đã được dòng %(other)s ghi.") % {"name": name, "other": named_by[key]}
                )
            elif key not in uploads:
                row_problems.append(
                    _("chưa chọn tệp “%(name)s” để tải lên cùng danh sách (kiểm tra lại tên tệp).") % {"name": name}
                )
            else:
                named_by[key] = row.number
                row_files.append(uploads[key])
        if document is not None and not row_problems:
            key = (document.issuer_id, normalize_search_text(document.number), document.issued_on.year)
            if key in seen_numbers:
                row_problems.append(
                    _("số “%(number)s” trùng với dòng %(other)s.")
                    % {"number": document.number, "other": seen_numbers[key]}
                )
            else:
                seen_numbers[key] = row.number
                row_problems.extend(message for _field, message in document_problems(document=document))
        if not row_problems:
            planned.append((document, row_files, row.number))
        problems.extend(ImportProblem(message, row.number) for message in row_problems)
    for key, upload in uploads.items():
        if key not in named_by:
            problems.append(
                ImportProblem(
                    _("Tệp “%(name)s” đã chọn nhưng không dòng nào trong danh sách ghi tên tệp này.")
                    % {"name": upload.name}
                )
            )
    if problems:
        raise ImportFailed(problems)
    return _write(planned, by=by)


def _write(planned, *, by) -> DocumentImportResult:
    stored: list[DocumentFile] = []
    documents = []
    try:
        with transaction.atomic():
            for document, uploads, _row_number in planned:
                document_save(document=document, by=by)
                documents.append(document)
                for order, upload in enumerate(uploads):
                    document_file = DocumentFile(document=document, file=upload, order=order)
                    document_file_prepare(document_file=document_file)
                    document_file.save()
                    stored.append(document_file)
            document_files_read_later(file_ids=[f.pk for f in stored])
    except Exception:
        for document_file in stored:  # the rows are rolled back; the files written meanwhile go too
            document_file.file.delete(save=False)
        raise
    return DocumentImportResult(documents=documents, files=len(stored))


def _date(row: Row, header: str | None, label: str, problems: list[str], *, required: bool = False):
    text = row.text(header)
    if not text:
        if required:
            problems.append(_("thiếu %(label)s.") % {"label": label})
        return None
    try:
        return _parse_date(text)
    except ValueError:
        problems.append(
            _("%(label)s “%(value)s” không phải ngày (ghi theo dạng 09/10/2026).") % {"label": label, "value": text}
        )
        return None


def _document_from_row(row: Row, columns, issuers, fields, problems: list[str]) -> Document | None:
    """A new public document built from ``row``, or None; what is wrong goes to ``problems``."""
    number = normalize_document_number(row.text(columns["number"]))
    if not number:
        problems.append(_("thiếu số, ký hiệu."))
    signer = row.text(columns["signer"])
    problems.extend(length_problems(Document, {"number": number, "signer": signer}))
    type_text = row.text(columns["doc_type"])
    doc_type = TYPE_WORDS.get(normalize_search_text(type_text)) if type_text else None
    if not type_text:
        problems.append(_("thiếu loại văn bản."))
    elif doc_type is None:
        problems.append(
            _("loại văn bản “%(type)s” không có trong danh mục: %(types)s.")
            % {"type": type_text, "types": ", ".join(str(label) for label in DocumentType.labels)}
        )
    issuer_text = row.text(columns["issuer"])
    issuer = issuers.get(normalize_search_text(issuer_text)) if issuer_text else None
    if not issuer_text:
        problems.append(_("thiếu cơ quan ban hành."))
    elif issuer is None:
        problems.append(
            _("cơ quan ban hành “%(issuer)s” chưa có trong danh mục; hãy thêm cơ quan trong trang quản trị trước.")
            % {"issuer": issuer_text}
        )
    field_text = row.text(columns["field"])
    document_field = fields.get(normalize_search_text(field_text)) if field_text else None
    if field_text and document_field is None:
        problems.append(
            _("lĩnh vực “%(field)s” chưa có trong danh mục: %(fields)s.")
            % {"field": field_text, "fields": ", ".join(f.name for f in fields.values())}
        )
    issued_on = _date(row, columns["issued_on"], _("ngày ban hành"), problems, required=True)
    effective_on = _date(row, columns["effective_on"], _("ngày có hiệu lực"), problems)
    expires_on = _date(row, columns["expires_on"], _("ngày hết hiệu lực"), problems)
    summary = row.text(columns["summary"])
    if not summary:
        problems.append(_("thiếu trích yếu."))
    elif len(summary) > 1000:
        problems.append(_("trích yếu dài quá 1000 ký tự."))
    if problems:
        return None
    return Document(
        number=number,
        doc_type=doc_type,
        issuer=issuer,
        signer=signer,
        issued_on=issued_on,
        effective_on=effective_on,
        expires_on=expires_on,
        field=document_field,
        summary=summary,
        is_public=True,
    )
