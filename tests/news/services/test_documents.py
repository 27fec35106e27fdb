"""Tests of news/services/documents.py: status from dates and replacement, replacement loops, numbers, files and
their text."""

import datetime
import io
import zipfile

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from news.enums import DocumentStatus, TextExtraction
from news.models import Document, DocumentFile
from news.services import documents
from news.services.documents import (
    DocumentError,
    document_file_read,
    document_files_read_overdue,
    document_save,
    documents_status_refresh,
    normalize_document_number,
)
from tests.factories.news import DocumentFactory, DocumentFileFactory, DocumentIssuerFactory, document_pdf
from tests.news.conftest import TODAY, days, local_time
from tests.news.test_extraction import (
    DAMAGED_DOCX,
    DAMAGED_PDF,
    damaged_docx,
    pdf_whose_font_maps_to_nul_and_half_surrogates,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


@pytest.mark.parametrize(
    ("facts", "status"),
    [
        ({}, DocumentStatus.IN_FORCE),
        ({"effective_on": days(10)}, DocumentStatus.NOT_YET),
        ({"effective_on": days(0)}, DocumentStatus.IN_FORCE),
        ({"expires_on": days(0)}, DocumentStatus.EXPIRED),
        ({"expires_on": days(1)}, DocumentStatus.IN_FORCE),
        ({"partly_in_force": True}, DocumentStatus.PARTLY),
        ({"partly_in_force": True, "expires_on": days(-1)}, DocumentStatus.EXPIRED),
        ({"number": "", "issued_on": None, "is_draft": True}, DocumentStatus.DRAFT),
    ],
)
def test_status_follows_from_the_facts_staff_give(today, facts, status):
    document = DocumentFactory(**{"issued_on": days(-30), **facts})
    assert document.status == status
    assert Document.objects.get(pk=document.pk).status == status


def test_a_replaced_document_is_replaced_once_its_replacement_takes_effect(today):
    old = DocumentFactory(number="112/QĐ-SGDĐT", issued_on=datetime.date(2019, 3, 20))
    new = DocumentFactory(number="45/QĐ-SGDĐT", issued_on=days(-1), effective_on=days(5))
    old.replaced_by = new
    document_save(document=old)
    assert (old.expires_on, old.status) == (days(5), DocumentStatus.IN_FORCE)  # ends when the new one begins
    with time_machine.travel(local_time(days(6), 0, 1), tick=False):  # a minute into the day after days(5)
        assert documents_status_refresh() == 2  # the new one comes into force, the old one ends
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.status, new.status) == (DocumentStatus.REPLACED, DocumentStatus.IN_FORCE)


def test_a_replacement_without_dates_replaces_at_once(today):
    new = DocumentFactory(issued_on=days(-1))
    old = DocumentFactory(issued_on=days(-400), replaced_by=new)
    assert (old.expires_on, old.status) == (days(-1), DocumentStatus.REPLACED)


def test_a_document_cannot_replace_itself(today):
    document = DocumentFactory()
    document.replaced_by = document
    with pytest.raises(DocumentError, match="Văn bản không thể bị thay thế bởi chính nó."):
        document_save(document=document)
    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.filter(pk=document.pk).update(replaced_by=document.pk)


def test_a_replacement_loop_is_refused_with_the_path_by_the_service_and_by_the_database(today):
    a = DocumentFactory(number="1/QĐ-SGDĐT", doc_type="decision", issued_on=days(-30))
    b = DocumentFactory(number="2/QĐ-SGDĐT", doc_type="decision", issued_on=days(-30))
    c = DocumentFactory(number="3/QĐ-SGDĐT", doc_type="decision", issued_on=days(-30))
    a.replaced_by = b
    document_save(document=a)
    b.replaced_by = c
    document_save(document=b)
    c.replaced_by = a
    with pytest.raises(DocumentError) as refused:
        document_save(document=c)
    assert str(refused.value) == (
        "Không thể chọn Quyết định số 1/QĐ-SGDĐT: văn bản đó đã được chính văn bản này thay thế "
        "(Quyết định số 3/QĐ-SGDĐT → Quyết định số 1/QĐ-SGDĐT → Quyết định số 2/QĐ-SGDĐT → Quyết định số 3/QĐ-SGDĐT), "
        "chọn nữa sẽ thành vòng thay thế."
    )
    assert Document.objects.get(pk=c.pk).replaced_by_id is None
    assert connection.vendor == "postgresql"
    with pytest.raises(IntegrityError, match="leads back to the document"), transaction.atomic():
        Document.objects.filter(pk=c.pk).update(replaced_by=a.pk)


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        ({"number": ""}, "Hãy nhập số, ký hiệu của văn bản (chỉ dự thảo mới được để trống)."),
        ({"comment_until": TODAY}, "Chỉ dự thảo mới nhận góp ý"),
        ({"effective_on": days(-60)}, "Ngày có hiệu lực không thể trước ngày ban hành."),
        ({"effective_on": days(5), "expires_on": days(5)}, "Ngày hết hiệu lực phải sau ngày có hiệu lực (14/03/2026)."),
    ],
)
def test_facts_that_contradict_each_other_are_refused(today, facts, message):
    with pytest.raises(DocumentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        DocumentFactory(issued_on=days(-30), **facts)
    assert not Document.objects.exists()


def test_a_replacement_issued_before_the_document_or_a_draft_is_refused(today):
    document = DocumentFactory(issued_on=days(-10))
    older = DocumentFactory(number="9/QĐ-SGDĐT", issued_on=days(-20))
    draft = DocumentFactory(number="", issued_on=None, is_draft=True, summary="Quy chế mới")
    document.replaced_by = older
    with pytest.raises(DocumentError, match="ban hành ngày 17/02/2026, trước văn bản này"):
        document_save(document=document)
    document.replaced_by = draft
    with pytest.raises(DocumentError, match="còn là dự thảo"):
        document_save(document=document)


def test_numbers_are_unique_per_issuer_and_year_whatever_the_case_or_diacritics(today):
    issuer = DocumentIssuerFactory()
    DocumentFactory(number="45/QĐ-SGDĐT", doc_type="decision", issuer=issuer, issued_on=datetime.date(2025, 1, 15))
    DocumentFactory(
        number="45/QĐ-SGDĐT", doc_type="decision", issuer=issuer, issued_on=datetime.date(2026, 1, 15)
    )  # numbering restarts
    DocumentFactory(
        number="45/QĐ-SGDĐT", issued_on=datetime.date(2026, 1, 15), issuer=DocumentIssuerFactory(name="Khác")
    )
    with pytest.raises(DocumentError, match="Đã có Quyết định số 45/QĐ-SGDĐT của cơ quan này trong năm 2026."):
        DocumentFactory(number="số 45 / qđ-sgdđt", issuer=issuer, issued_on=datetime.date(2026, 5, 1))


def test_numbers_are_written_one_way():
    assert normalize_document_number("  Số: 1234 / SGDĐT - VP ") == "1234/SGDĐT-VP"
    assert normalize_document_number("2045/SGDĐT-GDTrH") == "2045/SGDĐT-GDTrH"


def test_one_spokesperson_regulation_at_a_time(today):
    first = DocumentFactory(is_spokesperson_regulation=True)
    second = DocumentFactory(is_spokesperson_regulation=True)
    first.refresh_from_db()
    assert (first.is_spokesperson_regulation, second.is_spokesperson_regulation) == (False, True)


def test_reading_a_file_fills_the_search_and_can_run_twice(today):
    document_file = DocumentFileFactory(
        file=ContentFile(document_pdf("Học sinh được nghỉ học khi mưa lũ."), name="thong-bao.pdf")
    )
    assert document_file.text_status == TextExtraction.PENDING
    for _run in range(2):
        assert document_file_read(file_id=document_file.pk) is True
    document_file.refresh_from_db()
    assert document_file.text_status == TextExtraction.DONE
    assert "hoc sinh duoc nghi hoc khi mua lu" in document_file.text
    document = Document.objects.get(pk=document_file.document_id)
    assert "hoc sinh duoc nghi hoc khi mua lu" in document.search_content
    assert document_file_read(file_id=0) is False


def test_damaged_scanned_and_doc_files_are_marked_not_failed_loudly(today):
    damaged = DocumentFileFactory(file=ContentFile(b"%PDF-1.4 garbage", name="hong.pdf"))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w/>" + " " * (60 * 1024 * 1024))
    big = DocumentFileFactory(file=ContentFile(bomb.getvalue(), name="bom.docx"))
    doc = DocumentFileFactory(file=ContentFile(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", name="cu.doc"))
    for document_file in (damaged, big, doc):
        document_file_read(file_id=document_file.pk)
        document_file.refresh_from_db()
    assert [f.text_status for f in (damaged, big, doc)] == [
        TextExtraction.FAILED,
        TextExtraction.FAILED,
        TextExtraction.UNSUPPORTED,
    ]


def test_files_whose_task_was_lost_are_read_by_the_sweep(today):
    document_file = DocumentFileFactory()
    assert document_files_read_overdue() == []  # just uploaded: its task may still come
    with after_the_upload():
        assert document_files_read_overdue() == [document_file.pk]
    document_file.refresh_from_db()
    assert document_file.text_status == TextExtraction.DONE


def test_a_change_shows_at_once_on_the_cached_pages(client, registry, django_capture_on_commit_callbacks):
    plan = registry["plan"]
    assert "Sửa đổi trích yếu" not in client.get("/van-ban/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        plan.summary = "Sửa đổi trích yếu kế hoạch tuyển sinh"
        document_save(document=plan)
    assert "Sửa đổi trích yếu" in client.get("/van-ban/").content.decode()
    assert "Sửa đổi trích yếu" in client.get(plan.get_absolute_url()).content.decode()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def uploaded(data: bytes, name: str) -> DocumentFile:
    return DocumentFileFactory(file=ContentFile(data, name=name))


def after_the_upload(minutes: int = 11):
    """The sweep's moment: later than the files' upload by more than their task may take."""
    return time_machine.travel(timezone.now() + datetime.timedelta(minutes=minutes), tick=False)


def states(*files: DocumentFile) -> list[tuple[str, str, str]]:
    rows = {f.pk: f for f in DocumentFile.objects.filter(pk__in=[f.pk for f in files])}
    return [(rows[f.pk].text_status, rows[f.pk].text_error, rows[f.pk].text) for f in files]


def test_a_damaged_docx_does_not_stop_the_sweep_and_says_why():
    damaged = uploaded(damaged_docx(), "hong.docx")
    garbage = uploaded(b"%PDF-1.4 garbage", "hong.pdf")
    odd_font = uploaded(pdf_whose_font_maps_to_nul_and_half_surrogates(), "phong-chu-hong.pdf")
    good = uploaded(document_pdf("Học sinh được nghỉ học khi mưa lũ."), "thong-bao.pdf")
    with after_the_upload():
        assert document_files_read_overdue() == [damaged.pk, garbage.pk, odd_font.pk, good.pk]
        assert document_files_read_overdue() == []  # nothing left to block the next sweep
    assert states(damaged, garbage, odd_font) == [
        (TextExtraction.FAILED, DAMAGED_DOCX, ""),
        (TextExtraction.FAILED, DAMAGED_PDF, ""),
        (TextExtraction.DONE, "", "hi h"),
    ]
    [(status, reason, text)] = states(good)
    assert (status, reason) == (TextExtraction.DONE, "")
    assert "hoc sinh duoc nghi hoc khi mua lu" in text


def test_whatever_reading_one_file_raises_the_sweep_reads_the_others(monkeypatch):
    first, second = (
        uploaded(document_pdf("Thông báo một."), "mot.pdf"),
        uploaded(document_pdf("Thông báo hai."), "hai.pdf"),
    )
    refresh = documents.document_search_refresh

    def failing_for_the_first(*, document_ids):
        if document_ids == [first.document_id]:
            raise RuntimeError("search column refresh failed")
        refresh(document_ids=document_ids)

    monkeypatch.setattr(documents, "document_search_refresh", failing_for_the_first)
    with after_the_upload():
        assert document_files_read_overdue() == [first.pk, second.pk]
        assert document_files_read_overdue() == []
    assert states(first) == [
        (
            TextExtraction.FAILED,
            "Lỗi không lường trước khi đọc nội dung tệp (RuntimeError); quản trị hệ thống xem nhật ký.",
            "",
        )
    ]
    [(status, reason, text)] = states(second)
    assert (status, reason) == (TextExtraction.DONE, "")
    assert "thong bao hai" in text


def test_a_file_missing_from_storage_says_so():
    document_file = uploaded(document_pdf(), "mat.pdf")
    document_file.file.storage.delete(document_file.file.name)
    assert document_file_read(file_id=document_file.pk) is True
    assert states(document_file) == [
        (TextExtraction.FAILED, "Không mở được tệp trong kho lưu trữ; hãy tải lên lại tệp.", "")
    ]
