"""Fixtures and helpers the newsroom's test folders share: its people, the documents registry, comments on a draft,
the import list."""

import datetime
import io

import docx
import pytest
import time_machine
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import Workbook

from news.services.documents import document_file_read
from portal import roles
from tests.factories.news import (
    DocumentFactory,
    DocumentFieldFactory,
    DocumentFileFactory,
    DocumentIssuerFactory,
    document_pdf,
)
from tests.factories.portal import UnitFactory, UserFactory
from tests.news.royalty_helpers import middle_of_this_month

# --- the newsroom's people ---------------------------------------------------------------


@pytest.fixture
def collaborator():
    """A collaborator of a school, with an address to be mailed at."""
    return UserFactory(
        role=roles.COLLABORATOR, email="ctv@truong.example.vn", unit=UnitFactory(name="Trường THCS Nguyễn Du")
    )


@pytest.fixture
def editor():
    """The one editor: the newsroom's mail to editors goes to this address only."""
    return UserFactory(role=roles.EDITOR, email="btv@sgddt.example.vn")


@pytest.fixture
def second_editor():
    return UserFactory(role=roles.EDITOR, first_name="Minh", last_name="Lê Văn")


@pytest.fixture
def leader():
    return UserFactory(role=roles.LEADER, first_name="Thành", last_name="Nguyễn Văn")


# --- royalties --------------------------------------------------------------------------------


@pytest.fixture
def mid_month():
    """The clock still at 10:00 on the 15th of the real current month; the first day of the month."""
    with time_machine.travel(middle_of_this_month(), tick=False):
        yield timezone.localdate().replace(day=1)


T = datetime.datetime(2026, 11, 23, 6, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))


# --- the documents registry ---------------------------------------------------------------


TODAY = datetime.date(2026, 3, 9)


@pytest.fixture
def today():
    """The morning of TODAY, the clock standing still: the test makes everything there."""
    with time_machine.travel(local_time(TODAY, 10), tick=False):
        yield TODAY


def local_time(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    """That moment of ``day`` in the portal's time zone."""
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=timezone.get_default_timezone())


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


def docx_bytes(*paragraphs: str, table_cell: str = "") -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_cell:
        document.add_table(rows=1, cols=1).cell(0, 0).text = table_cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def registry():
    """Four public documents of two issuers (one with a PDF whose text is read), and one not public."""
    department = DocumentIssuerFactory(name="Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", short_name="Sở GD&ĐT", order=2)
    province = DocumentIssuerFactory(name="Ủy ban nhân dân tỉnh Đắk Lắk", short_name="UBND tỉnh", order=1)
    exams = DocumentFieldFactory(name="Thi, tuyển sinh")
    media = DocumentFieldFactory(name="Thông tin – Truyền thông")
    docs = {
        "plan": DocumentFactory(
            number="45/KH-SGDĐT",
            doc_type="plan",
            issuer=department,
            field=exams,
            issued_on=datetime.date(2026, 2, 26),
            summary="Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông năm học 2026-2027",
        ),
        "letter": DocumentFactory(
            number="1234/SGDĐT-VP",
            doc_type="official_letter",
            issuer=department,
            field=media,
            issued_on=datetime.date(2026, 9, 8),
            summary="Về việc tăng cường công tác truyền thông giáo dục năm học 2026-2027",
        ),
        "old": DocumentFactory(
            number="1890/QĐ-UBND",
            doc_type="decision",
            issuer=province,
            issued_on=datetime.date(2025, 8, 12),
            expires_on=datetime.date(2026, 7, 1),
            summary="Ban hành kế hoạch thời gian năm học 2025-2026",
        ),
    }
    regulation = DocumentFileFactory(
        document=DocumentFactory(
            number="45/QĐ-SGDĐT",
            doc_type="decision",
            issuer=department,
            field=media,
            issued_on=datetime.date(2026, 1, 15),
            summary="Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí",
        ),
        file=ContentFile(
            document_pdf("Người phát ngôn trả lời báo chí trong thời hạn hai ngày làm việc kể từ khi nhận câu hỏi."),
            name="quy-che.pdf",
        ),
    )
    document_file_read(file_id=regulation.pk)
    docs["regulation"] = regulation.document
    DocumentFactory(number="9/KH-SGDĐT", issuer=department, is_public=False, summary="Kế hoạch nội bộ chưa công khai")
    return docs


# --- comments on a draft ------------------------------------------------------------------


NOW = datetime.datetime(2026, 3, 9, 3, 0, tzinfo=datetime.UTC)


SCRIPT = '<script>alert("xss")</script><b onmouseover="steal()">Góp ý</b> & cảm ơn'


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def draft(frozen):
    """A draft plan open for comments until 20/03/2026, made at NOW."""
    return DocumentFactory(
        number="",
        issued_on=None,
        is_draft=True,
        doc_type="plan",
        summary="Kế hoạch tuyển sinh vào lớp 10 năm học 2027-2028",
        comment_until=datetime.date(2026, 3, 20),
    )


# --- the import list ----------------------------------------------------------------------


HEADERS = [
    "STT",
    "Số, ký hiệu",
    "Loại văn bản",
    "Cơ quan ban hành",
    "Người ký",
    "Ngày ban hành",
    "Ngày có hiệu lực",
    "Ngày hết hiệu lực",
    "Lĩnh vực",
    "Trích yếu",
    "Tệp",
]


PLAN = [
    1,
    "45/KH-SGDĐT",
    "Kế hoạch",
    "Sở GD&ĐT",
    "Phó Giám đốc Nguyễn Văn Thành",
    datetime.datetime(2026, 2, 26),
    None,
    None,
    "Thi, tuyển sinh",
    "Kế hoạch tuyển sinh vào lớp 10 năm học 2026-2027",
    "Kế hoạch tuyển sinh.pdf",
]


def xlsx(*rows, title: str | None = "DANH MỤC VĂN BẢN ĐĂNG CỔNG THÔNG TIN") -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return SimpleUploadedFile("danh-muc-van-ban.xlsx", out.getvalue())


def pdf(name: str, text: str = "Nội dung văn bản về tuyển sinh.") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, document_pdf(text), content_type="application/pdf")
