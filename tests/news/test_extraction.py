"""Tests of news/extraction.py: the text of PDF and DOCX files, without diacritics."""

import io
import struct
import zipfile
import zlib

import docx
import pypdf
import pytest
from lxml import etree
from pypdf import PdfWriter

from news.extraction import ExtractionFailed, extract_text
from tests.factories.news import document_pdf
from tests.news.conftest import docx_bytes


def test_text_of_pdf_and_docx_is_stored_without_diacritics():
    assert "nguoi phat ngon tra loi bao chi trong hai ngay lam viec" in extract_text(
        document_pdf("Người phát ngôn trả lời báo chí trong hai ngày làm việc."), "pdf"
    )
    assert extract_text(docx_bytes("Kế hoạch TUYỂN SINH lớp 10", table_cell="Đắk Lắk"), "docx") == (
        "ke hoach tuyen sinh lop 10 dak lak"
    )


DAMAGED_PDF = "Tệp PDF bị hỏng hoặc sai định dạng nên không đọc được nội dung; hãy tải lên lại bản gốc."
DAMAGED_DOCX = "Tệp DOCX bị hỏng hoặc sai định dạng nên không đọc được nội dung; hãy mở bằng Word, lưu lại rồi tải lên."


def sample_docx(text: str = "Kế hoạch tuyển sinh lớp 10") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_part(data: bytes, name: str, content: bytes) -> bytes:
    """``data`` (a zip) with its part ``name`` replaced by ``content``."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, content if info.filename == name else source.read(info.filename))
    return out.getvalue()


def damaged_docx() -> bytes:
    """A .docx whose document part is cut in the middle of a tag, as a failed copy leaves it."""
    data = sample_docx()
    document_xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    return with_part(data, "word/document.xml", document_xml[: len(document_xml) // 2])


def pdf_of(*objects: bytes) -> bytes:
    """A PDF of ``objects`` (numbered from 1, the catalogue first) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start))
    return out.getvalue()


def stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def pdf_whose_font_maps_to_nul_and_half_surrogates() -> bytes:
    """A page whose font's character map (damaged) gives "hi", NUL, half a surrogate pair and "h"."""
    return pdf_of(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        stream(b"BT /F1 12 Tf <00020003000100040002> Tj ET"),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [] /ToUnicode 6 0 R >>",
        stream(
            b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 4 beginbfchar"
            b" <0001> <0000> <0002> <0068> <0003> <0069> <0004> <D801> endbfchar endcmap"
        ),
    )


def test_a_docx_cut_short_is_a_reason_not_an_xml_error():
    with pytest.raises(ExtractionFailed) as failure:
        extract_text(damaged_docx(), "docx")
    assert failure.value.reason == DAMAGED_DOCX


def test_a_damaged_pdf_is_a_reason():
    with pytest.raises(ExtractionFailed) as failure:
        extract_text(b"%PDF-1.4 garbage", "pdf")
    assert failure.value.reason == DAMAGED_PDF


def test_a_pdf_with_a_password_says_so():
    writer = PdfWriter(clone_from=io.BytesIO(document_pdf("Danh sách thí sinh.")))
    writer.encrypt("mat-khau-rieng")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ExtractionFailed) as failure:
        extract_text(out.getvalue(), "pdf")
    assert failure.value.reason == (
        "Tệp PDF có mật khẩu nên không đọc được nội dung; hãy tải lên bản không đặt mật khẩu."
    )


def test_a_docx_that_unpacks_past_fifty_megabytes_is_not_read():
    data = with_part(sample_docx(), "word/document.xml", b"<w/>" + b" " * (51 * 1024 * 1024))
    with pytest.raises(ExtractionFailed) as failure:
        extract_text(data, "docx")
    assert failure.value.reason == "Nội dung tệp DOCX giải nén ra hơn 50 MB nên không đọc."


def test_text_a_database_cannot_store_is_dropped():
    assert extract_text(pdf_whose_font_maps_to_nul_and_half_surrogates(), "pdf") == "hi h"


READER_ERRORS = [
    RuntimeError("unexpected"),
    RecursionError("maximum recursion depth exceeded"),
    MemoryError(),
    zlib.error("invalid stored block lengths"),
    struct.error("unpack requires a buffer of 4 bytes"),
    AssertionError(),
    OverflowError("cannot convert float infinity to integer"),
    ZeroDivisionError("float division by zero"),
    UnicodeDecodeError("utf-16-be", b"\xd8\x00", 0, 2, "unexpected end of data"),
    etree.XMLSyntaxError("Premature end of data", None, 1, 1),
    ValueError("not a number"),
    KeyError("/Root"),
]


@pytest.mark.parametrize(
    "error",
    READER_ERRORS,
    ids=lambda error: f"{type(error).__module__}.{type(error).__name__}".removeprefix("builtins."),
)
@pytest.mark.parametrize(
    ("extension", "data", "reader", "reason"),
    [
        ("pdf", document_pdf(), (pypdf, "PdfReader"), DAMAGED_PDF),
        ("docx", sample_docx(), (docx, "Document"), DAMAGED_DOCX),
    ],
    ids=["pdf", "docx"],
)
def test_whatever_a_reader_raises_is_a_reason(monkeypatch, extension, data, reader, reason, error):
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(*reader, broken)
    with pytest.raises(ExtractionFailed) as failure:
        extract_text(data, extension)
    assert (failure.value.reason, failure.value.detail) == (reason, f"{type(error).__name__}: {error}")
