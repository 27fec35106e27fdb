"""State changes of the documents registry: saving under the status rules, files and their text, comments on drafts.

The status of a document is never typed: it follows from its dates, its replacement, the
"draft" and "partly in force" boxes and today's date (``document_status_expression``), is
written by ``document_save`` and kept current by the ``news.documents_refresh_status``
sweep as the calendar moves. Every change bumps the ("documents", "") page-cache
generation after the commit, so the public list, pages and feed show it at once.
"""

import logging
import re
import unicodedata
from datetime import date, timedelta

from django.db import IntegrityError, connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.jobs import queue_after_commit
from portal.pagecache import bump
from portal.permissions import require_permission
from portal.text import normalize_search_text, plain_text

from ..constants import DOCUMENTS_SCOPE
from ..enums import CommentStatus, TextExtraction
from ..extraction import READABLE, ExtractionFailed, extract_text
from ..models import Document, DocumentComment, DocumentFile, document_status_expression
from ..models.documents import DOCUMENT_SEARCH_VECTOR
from ..tasks import document_file_read_task

logger = logging.getLogger(__name__)

# The files' text kept in a document's search column (Postgres' tsvector holds at most 1 MB).
MAX_SEARCH_CONTENT = 400_000
# A file whose text is still unread this long after its upload lost its task; the sweep reads it.
READ_OVERDUE_AFTER = timedelta(minutes=10)


class DocumentError(Exception):
    """A change the registry's rules refuse; the message tells the editor or visitor why, in Vietnamese."""


def purge_documents_on_commit() -> None:
    """After the current transaction: every cached page of the registry (list, pages, feed)."""
    transaction.on_commit(lambda: bump(*DOCUMENTS_SCOPE))


def normalize_document_number(text: str) -> str:
    """``Số: 1234 / SGDĐT - VP`` → ``1234/SGDĐT-VP``: spaces and the "Số" prefix dropped, the case kept
    (``2045/SGDĐT-GDTrH`` is written so). Uniqueness compares ``search_number``, without case or diacritics."""
    text = unicodedata.normalize("NFC", " ".join((text or "").split()))
    text = re.sub(r"(?i)^s[ốo]\s*:?\s*(?=\d)", "", text)
    return re.sub(r"\s*([/-])\s*", r"\1", text)


# --- rules ------------------------------------------------------------------------------------


def document_replacement_problem(*, document: Document, replaced_by: Document | None) -> str | None:
    """Why ``replaced_by`` cannot replace ``document`` (a Vietnamese sentence), or None when it can.

    Refused: the document itself; a draft on either side; a replacement issued before the
    document; and a replacement that is already replaced, directly or through others, by
    the document (a loop). The database refuses the first and the last as well.
    """
    if replaced_by is None:
        return None
    if document.pk is not None and replaced_by.pk == document.pk:
        return _("Văn bản không thể bị thay thế bởi chính nó.")
    if document.is_draft:
        return _("Dự thảo chưa ban hành nên chưa thể bị thay thế; hãy bỏ ô “bị thay thế bởi”.")
    if replaced_by.is_draft:
        return _("%(other)s còn là dự thảo; chỉ chọn văn bản đã ban hành để thay thế.") % {"other": replaced_by.title}
    if document.issued_on and replaced_by.issued_on and replaced_by.issued_on < document.issued_on:
        return _("%(other)s ban hành ngày %(date)s, trước văn bản này, nên không thể thay thế nó.") % {
            "other": replaced_by.title,
            "date": replaced_by.issued_on.strftime("%d/%m/%Y"),
        }
    if document.pk is None:
        return None  # a new row has nothing pointing to it yet
    chain = [replaced_by]
    seen = {replaced_by.pk}
    next_id = Document.objects.filter(pk=replaced_by.pk).values_list("replaced_by_id", flat=True).first()
    while next_id is not None and next_id not in seen:
        if next_id == document.pk:
            path = " → ".join([document.title, *(d.title for d in chain), document.title])
            return _(
                "Không thể chọn %(other)s: văn bản đó đã được chính văn bản này thay thế (%(path)s), "
                "chọn nữa sẽ thành vòng thay thế."
            ) % {"other": replaced_by.title, "path": path}
        seen.add(next_id)
        following = Document.objects.filter(pk=next_id).only("pk", "number", "doc_type", "summary", "replaced_by")
        current = following.first()
        if current is None:
            break
        chain.append(current)
        next_id = current.replaced_by_id
    return None


def _date_problems(document: Document) -> list[tuple[str, str]]:
    problems = []
    if not document.is_draft and not document.number:
        problems.append(("number", _("Hãy nhập số, ký hiệu của văn bản (chỉ dự thảo mới được để trống).")))
    if not document.is_draft and not document.issued_on:
        problems.append(("issued_on", _("Hãy nhập ngày ban hành (chỉ dự thảo mới được để trống).")))
    if document.comment_until and not document.is_draft:
        problems.append(
            ("comment_until", _("Chỉ dự thảo mới nhận góp ý; hãy bỏ ngày nhận góp ý hoặc đánh dấu dự thảo."))
        )
    start = document.effective_on or document.issued_on
    if document.expires_on and start and document.expires_on <= start:
        message = _("Ngày hết hiệu lực phải sau ngày có hiệu lực (%(date)s).") % {"date": start.strftime("%d/%m/%Y")}
        problems.append(("expires_on", message))
    if document.effective_on and document.issued_on and document.effective_on < document.issued_on:
        problems.append(("effective_on", _("Ngày có hiệu lực không thể trước ngày ban hành.")))
    return problems


def document_problems(*, document: Document) -> list[tuple[str, str]]:
    """Everything ``document_save`` would refuse about ``document``: (field name, Vietnamese message) pairs,
    so that forms show each beside its field."""
    problems = _date_problems(document)
    replacement = document_replacement_problem(document=document, replaced_by=document.replaced_by)
    if replacement:
        problems.append(("replaced_by", replacement))
    number = normalize_document_number(document.number)
    if number and document.issued_on and document.issuer_id:
        duplicate = (
            Document.objects.filter(
                issuer_id=document.issuer_id,
                search_number=normalize_search_text(number),
                year=document.issued_on.year,
            )
            .exclude(pk=document.pk)
            .first()
        )
        if duplicate is not None:
            message = _("Đã có %(other)s của cơ quan này trong năm %(year)s.") % {
                "other": duplicate.title,
                "year": document.issued_on.year,
            }
            problems.append(("number", message))
    return problems


# --- saving -----------------------------------------------------------------------------------


def document_save(*, document: Document, by=None) -> Document:
    """Save a document typed in the admin or read from an import, under the registry's rules.

    Refuses (``DocumentError``) what ``document_problems`` lists. Side effects: the number
    written one way, the year, the slug; the first publication time; a replaced document
    without an end date ends when its replacement takes effect; flagging the spokesperson
    regulation unflags the previous one; the status and search columns are refreshed; the
    registry's pages are purged after the commit.
    """
    if by is not None:  # None: a command or the demo seeder, not a person
        require_permission(by, "news.add_document" if document.pk is None else "news.change_document")
    problems = document_problems(document=document)
    if problems:
        raise DocumentError(" ".join(message for _field, message in problems))
    is_new = document.pk is None
    document.number = normalize_document_number(document.number)
    document.search_number = normalize_search_text(document.number)
    document.year = document.issued_on.year if document.issued_on else None
    replacement = document.replaced_by
    if replacement is not None and document.expires_on is None:
        ends = replacement.effective_on or replacement.issued_on
        if ends and ends > (document.effective_on or document.issued_on or ends):
            document.expires_on = ends
    if document.is_public and document.published_at is None:
        document.published_at = timezone.now()
    with translation.override("vi"):
        document.slug = document.make_slug()
    if is_new and by is not None:
        document.created_by = by
    try:
        with transaction.atomic():
            if document.is_spokesperson_regulation:
                Document.objects.filter(is_spokesperson_regulation=True).exclude(pk=document.pk).update(
                    is_spokesperson_regulation=False
                )
            document.save()
            documents_status_refresh(document_ids=[document.pk])
            document_search_refresh(document_ids=[document.pk])
    except IntegrityError as error:
        if is_new:
            document.pk = None
        message = _integrity_message(error)
        if message is None:
            raise
        raise DocumentError(message) from error
    document.refresh_from_db(fields=["status"])
    purge_documents_on_commit()
    return document


def _integrity_message(error: IntegrityError) -> str | None:
    """What a constraint's refusal means for the editor (a race the checks above could not see)."""
    text = str(error)
    if "document_no_replacement_loop" in text or "document_not_replaced_by_itself" in text:
        return _("Văn bản thay thế đã chọn sẽ tạo thành vòng thay thế; hãy chọn văn bản khác.")
    if "document_number_unique_per_year" in text:
        return _("Cơ quan này đã có văn bản cùng số, ký hiệu trong năm.")
    if "document_one_spokesperson_regulation" in text:
        return _("Chỉ một văn bản được đánh dấu là quy chế phát ngôn; hãy thử lưu lại.")
    return None


def documents_status_refresh(*, document_ids=None, today: date | None = None) -> int:
    """Write the status of the given documents (all when None) as of ``today``; the number changed.

    One UPDATE of the rows whose stored status differs, so the sweep can run as often as
    wanted. Side effect when anything changed: the registry's pages are purged after the commit.
    """
    expression = document_status_expression(today or timezone.localdate())
    queryset = Document.objects.all() if document_ids is None else Document.objects.filter(pk__in=document_ids)
    changed = queryset.exclude(status=expression).update(status=expression)
    if changed:
        purge_documents_on_commit()
    return changed


def _words(text: str) -> str:
    return text.replace("/", " ")


def document_search_refresh(*, document_ids) -> None:
    """Fill the search columns of the documents from their metadata and their files' text.

    Number and summary weigh A, issuer, signer, field and the files' text C. The tsvector
    exists on Postgres only; SQLite searches the normalised columns directly.
    """
    documents = Document.objects.filter(pk__in=document_ids).select_related("issuer", "field")
    texts: dict[int, list[str]] = {}
    for document_id, text in (
        DocumentFile.objects.filter(document_id__in=document_ids)
        .order_by("order", "pk")
        .values_list("document_id", "text")
    ):
        if text:
            texts.setdefault(document_id, []).append(text)
    with translation.override("vi"):
        for document in documents.only(
            "pk", "number", "doc_type", "summary", "signer", "issuer__name", "issuer__short_name", "field__name"
        ):
            metadata = " ".join(
                filter(
                    None,
                    [
                        document.issuer.name,
                        document.issuer.short_name,
                        document.signer,
                        document.field.name if document.field else "",
                    ],
                )
            )
            # "/" split into words: Postgres' parser reads "1234/sgddt-vp" as one path-like token.
            content = _words(normalize_search_text(metadata) + "\n" + "\n".join(texts.get(document.pk, [])))
            Document.objects.filter(pk=document.pk).update(
                search_number=normalize_search_text(document.number),
                # The number whole and in parts, so that "45", "kh" and "45/kh-sgddt" all find it.
                search_summary=_words(
                    normalize_search_text(
                        f"{document.get_doc_type_display()} {document.number} {document.number.replace('-', ' ')} "
                        f"{document.summary}"
                    )
                ),
                search_content=content[:MAX_SEARCH_CONTENT],
            )
    if connection.vendor == "postgresql":
        Document.objects.filter(pk__in=document_ids).update(search_vector=DOCUMENT_SEARCH_VECTOR)


# --- files ------------------------------------------------------------------------------------


def document_file_prepare(*, document_file: DocumentFile) -> None:
    """Before saving a newly uploaded file: its size, a title, and its text to be read again."""
    if document_file.file and not document_file.file._committed:
        document_file.size = document_file.file.size
        document_file.text = ""
        document_file.text_status = TextExtraction.PENDING
        document_file.text_error = ""
        document_file.text_read_at = None
        document_file.uploaded_at = timezone.now()


def document_files_save(*, saved, deleted) -> None:
    """Save what a document's inline forms hold (new uploads prepared, their text read after
    the commit); delete the removed rows."""
    new_files = []
    for instance in saved:
        fresh = isinstance(instance, DocumentFile) and (instance.pk is None or not instance.file._committed)
        if isinstance(instance, DocumentFile):
            document_file_prepare(document_file=instance)
        instance.save()
        if fresh:
            new_files.append(instance.pk)
    for instance in deleted:
        instance.delete()
    document_files_read_later(file_ids=new_files)


def documents_delete(*, documents) -> None:
    """Delete ``documents`` (a queryset). Those they replaced lose their replacement (SET
    NULL), so every status is derived again; the public pages are purged."""
    documents.delete()
    documents_status_refresh()
    purge_documents_on_commit()


def document_files_read_later(*, file_ids) -> None:
    """After the commit, queue the reading of each file's text (the import and the admin do not wait for it)."""
    for file_id in file_ids:
        queue_after_commit(document_file_read_task, file_id=file_id)


def document_file_read(*, file_id: int) -> bool:
    """Read the text of one file into its row, then refresh its document's search; False when the row is gone.

    Safe to run twice or late: it re-reads the row and the file and writes the same result.
    A file that cannot be read is marked "failed" with the reason staff see in the admin (and
    logged), a scan without text "empty", a .doc "unsupported"; none of them is an error for
    the caller.
    """
    document_file = DocumentFile.objects.filter(pk=file_id).first()
    if document_file is None:
        return False
    text, status, reason = "", TextExtraction.UNSUPPORTED, ""
    if document_file.extension in READABLE:
        try:
            with document_file.file.open("rb") as handle:
                data = handle.read()
            text = extract_text(data, document_file.extension)
            status = TextExtraction.DONE if text else TextExtraction.EMPTY
        except ExtractionFailed as error:
            logger.warning("document file %s (%s): text not read: %s", file_id, document_file.file.name, error)
            status, reason = TextExtraction.FAILED, error.reason
        except OSError as error:
            logger.warning("document file %s (%s): not opened: %s", file_id, document_file.file.name, error)
            status, reason = TextExtraction.FAILED, _("Không mở được tệp trong kho lưu trữ; hãy tải lên lại tệp.")
    with transaction.atomic():
        DocumentFile.objects.filter(pk=file_id).update(
            text=text, text_status=status, text_error=reason, text_read_at=timezone.now()
        )
        document_search_refresh(document_ids=[document_file.document_id])
    purge_documents_on_commit()
    return True


def document_files_read_overdue(*, older_than: timedelta = READ_OVERDUE_AFTER, limit: int = 20) -> list[int]:
    """Read the files whose text is still unread ``older_than`` after their upload (their task was lost:
    the broker was down at the upload, or a worker died). Part of the sweep; returns the ids read.

    One file never stops the sweep: whatever reading it raises, it is logged and marked
    "failed" with the reason, so that the next sweep does not meet it first again, and the
    files after it are read.
    """
    due = list(
        DocumentFile.objects.filter(
            text_status=TextExtraction.PENDING, uploaded_at__lte=timezone.now() - older_than
        ).values_list("pk", flat=True)[:limit]
    )
    for file_id in due:
        try:
            document_file_read(file_id=file_id)
        except Exception as error:
            logger.exception("document file %s: reading failed; marked unreadable, the sweep goes on", file_id)
            _document_file_mark_unreadable(file_id=file_id, error=error)
    return due


def _document_file_mark_unreadable(*, file_id: int, error: Exception) -> None:
    reason = _("Lỗi không lường trước khi đọc nội dung tệp (%(error)s); quản trị hệ thống xem nhật ký.") % {
        "error": type(error).__name__
    }
    try:
        DocumentFile.objects.filter(pk=file_id, text_status=TextExtraction.PENDING).update(
            text_status=TextExtraction.FAILED, text_error=reason, text_read_at=timezone.now()
        )
    except Exception:  # the database itself is failing: the next sweep tries again
        logger.exception("document file %s: not marked unreadable", file_id)


# --- comments on drafts -----------------------------------------------------------------------


def document_comment_submit(
    *, document: Document, full_name: str, email: str, unit_name: str = "", body: str
) -> DocumentComment:
    """Store a visitor's comment on a draft, waiting for staff; refused once the comment period is over.

    The text is kept exactly as typed (plain text; templates escape it). Nothing is public
    until staff publish it.
    """
    if not (document.is_public and document.is_open_for_comment):
        raise DocumentError(_("Dự thảo này không nhận góp ý hoặc đã hết thời gian góp ý."))
    return DocumentComment.objects.create(
        document=document,
        full_name=plain_text(full_name),
        email=email.strip(),
        unit_name=plain_text(unit_name),
        body=plain_text(body),
        status=CommentStatus.PENDING,
    )


def document_comment_publish(*, comment: DocumentComment, by) -> DocumentComment:
    """Show a comment under its draft. Side effects: who published it and when (set once); the pages purged."""
    require_permission(by, "news.moderate_documentcomment")
    if comment.status == CommentStatus.PUBLISHED:
        return comment
    now = timezone.now()
    comment.status = CommentStatus.PUBLISHED
    comment.published_at = comment.published_at or now
    comment.moderated_by = by
    comment.moderated_at = now
    comment.save(update_fields=["status", "published_at", "moderated_by", "moderated_at"])
    purge_documents_on_commit()
    return comment


def document_comment_reject(*, comment: DocumentComment, by) -> DocumentComment:
    """Keep a comment off the page (spam, abuse, off topic); it leaves the page if it was there."""
    require_permission(by, "news.moderate_documentcomment")
    was_published = comment.status == CommentStatus.PUBLISHED
    comment.status = CommentStatus.REJECTED
    comment.moderated_by = by
    comment.moderated_at = timezone.now()
    comment.save(update_fields=["status", "moderated_by", "moderated_at"])
    if was_published:
        purge_documents_on_commit()
    return comment
