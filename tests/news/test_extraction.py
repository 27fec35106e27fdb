"""Tests of news/extraction.py: the text of PDF and DOCX files, without diacritics."""

from news.extraction import extract_text
from tests.factories.news import document_pdf
from tests.news.conftest import docx_bytes


def test_text_of_pdf_and_docx_is_stored_without_diacritics():
    assert "nguoi phat ngon tra loi bao chi trong hai ngay lam viec" in extract_text(
        document_pdf("Người phát ngôn trả lời báo chí trong hai ngày làm việc."), "pdf"
    )
    assert extract_text(docx_bytes("Kế hoạch TUYỂN SINH lớp 10", table_cell="Đắk Lắk"), "docx") == (
        "ke hoach tuyen sinh lop 10 dak lak"
    )
