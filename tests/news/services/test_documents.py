"""Reading the documents' files: one file that cannot be read never stops the sweep, and says why."""

import datetime

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.utils import timezone

from news.enums import TextExtraction
from news.models import DocumentFile
from news.services import documents
from news.services.documents import document_file_read, document_files_read_overdue
from tests.factories import DocumentFileFactory, document_pdf
from tests.news.test_extraction import (
    DAMAGED_DOCX,
    DAMAGED_PDF,
    damaged_docx,
    pdf_whose_font_maps_to_nul_and_half_surrogates,
)

pytestmark = pytest.mark.django_db


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
