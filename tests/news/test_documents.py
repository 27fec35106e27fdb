"""The documents registry's rules: status derived from dates and replacement, replacement loops, files and their text."""

import datetime
import io
import re
import zipfile
from unittest import mock

import docx
import pytest
import time_machine
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction

from news.enums import DocumentStatus, TextExtraction
from news.extraction import extract_text
from news.forms import DocumentAdminForm
from news.models import Document, DocumentFile
from news.services.documents import (
    DocumentError,
    document_file_read,
    document_files_read_overdue,
    document_save,
    documents_status_refresh,
    normalize_document_number,
)
from news.tasks import documents_sweep_task
from news.validators import validate_document_file
from portal import roles
from tests.factories.news import DocumentFactory, DocumentFileFactory, DocumentIssuerFactory, document_pdf
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 9)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def today():
    with time_machine.travel(datetime.datetime(2026, 3, 9, 3, 0, tzinfo=datetime.UTC), tick=False):
        yield TODAY


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


# --- status -----------------------------------------------------------------------------------


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
    with time_machine.travel(datetime.datetime(2026, 3, 14, 17, 1, tzinfo=datetime.UTC), tick=False):  # 00:01 on 15/3
        assert documents_status_refresh() == 2  # the new one comes into force, the old one ends
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.status, new.status) == (DocumentStatus.REPLACED, DocumentStatus.IN_FORCE)


def test_a_replacement_without_dates_replaces_at_once(today):
    new = DocumentFactory(issued_on=days(-1))
    old = DocumentFactory(issued_on=days(-400), replaced_by=new)
    assert (old.expires_on, old.status) == (days(-1), DocumentStatus.REPLACED)


def test_the_sweep_moves_statuses_with_the_calendar_and_purges_the_pages_once(
    today, django_capture_on_commit_callbacks
):
    coming = DocumentFactory(issued_on=days(-1), effective_on=days(1))
    ending = DocumentFactory(issued_on=days(-100), expires_on=days(1))
    assert (coming.status, ending.status) == (DocumentStatus.NOT_YET, DocumentStatus.IN_FORCE)
    with time_machine.travel(datetime.datetime(2026, 3, 10, 1, 0, tzinfo=datetime.UTC), tick=False):
        with django_capture_on_commit_callbacks() as callbacks:
            documents_sweep_task()
        assert len(callbacks) == 1
        with django_capture_on_commit_callbacks() as callbacks:
            documents_sweep_task()  # a second run finds nothing to do
        assert callbacks == []
    coming.refresh_from_db()
    ending.refresh_from_db()
    assert (coming.status, ending.status) == (DocumentStatus.IN_FORCE, DocumentStatus.EXPIRED)


# --- replacement links --------------------------------------------------------------------------


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


def test_the_admin_form_shows_the_loop_beside_the_field(today):
    a = DocumentFactory(number="1/QĐ-SGDĐT", doc_type="decision", issued_on=days(-30))
    b = DocumentFactory(number="2/QĐ-SGDĐT", doc_type="decision", issued_on=days(-30), replaced_by=a)
    data = {
        "number": a.number,
        "doc_type": a.doc_type,
        "issuer": a.issuer_id,
        "issued_on": "2026-02-07",
        "summary": a.summary,
        "replaced_by": b.pk,
        "is_public": "on",
    }
    form = DocumentAdminForm(data, instance=a)
    assert not form.is_valid()
    assert form.errors["replaced_by"] == [
        "Không thể chọn Quyết định số 2/QĐ-SGDĐT: văn bản đó đã được chính văn bản này thay thế "
        "(Quyết định số 1/QĐ-SGDĐT → Quyết định số 2/QĐ-SGDĐT → Quyết định số 1/QĐ-SGDĐT), chọn nữa sẽ thành vòng thay thế."
    ]


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


# --- files and their text ----------------------------------------------------------------------


def docx_bytes(*paragraphs: str, table_cell: str = "") -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_cell:
        document.add_table(rows=1, cols=1).cell(0, 0).text = table_cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_text_of_pdf_and_docx_is_stored_without_diacritics():
    assert "nguoi phat ngon tra loi bao chi trong hai ngay lam viec" in extract_text(
        document_pdf("Người phát ngôn trả lời báo chí trong hai ngày làm việc."), "pdf"
    )
    assert extract_text(docx_bytes("Kế hoạch TUYỂN SINH lớp 10", table_cell="Đắk Lắk"), "docx") == (
        "ke hoach tuyen sinh lop 10 dak lak"
    )


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


def test_uploads_in_the_admin_are_read_by_a_task_after_the_commit(client, today, django_capture_on_commit_callbacks):
    editor = UserFactory(role=roles.EDITOR)
    issuer = DocumentIssuerFactory()
    client.force_login(editor)
    pdf = ContentFile(document_pdf("Kế hoạch kiểm tra nội bộ trường học."), name="Kế hoạch kiểm tra.pdf")
    data = {
        "number": "77/KH-SGDĐT",
        "doc_type": "plan",
        "issuer": issuer.pk,
        "issued_on": "09/03/2026",
        "summary": "Kế hoạch kiểm tra nội bộ",
        "is_public": "on",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-0-file": pdf,
        "files-0-title": "Toàn văn",
        "files-0-order": "0",
    }
    with mock.patch("news.tasks.document_file_read_task.delay") as delay:
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/admin/news/document/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    document_file = DocumentFile.objects.get()
    assert re.fullmatch(r"van-ban/2026/[0-9a-f]{32}/ke-hoach-77-kh-sgddt\.pdf", document_file.file.name)
    delay.assert_called_once_with(file_id=document_file.pk)
    assert Document.objects.get().status == DocumentStatus.IN_FORCE


def test_a_file_that_is_not_what_it_claims_or_too_big_is_refused_in_the_admin(client, today, monkeypatch):
    monkeypatch.setattr(validate_document_file, "max_bytes", 1024 * 1024)  # 20 MB in production
    client.force_login(UserFactory(role=roles.EDITOR))
    issuer = DocumentIssuerFactory()
    base = {
        "number": "78/KH-SGDĐT",
        "doc_type": "plan",
        "issuer": issuer.pk,
        "issued_on": "09/03/2026",
        "summary": "Kế hoạch",
        "is_public": "on",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-0-order": "0",
    }
    fake = client.post(
        "/admin/news/document/add/", {**base, "files-0-file": ContentFile(b"MZ\x90\x00virus", name="quyet-dinh.pdf")}
    )
    assert "Nội dung tệp “quyet-dinh.pdf” không phải PDF như phần mở rộng ghi" in fake.content.decode()
    exe = client.post("/admin/news/document/add/", {**base, "files-0-file": ContentFile(b"MZ", name="setup.exe")})
    assert "Chỉ nhận tệp PDF, DOCX, DOC; tệp “setup.exe” không thuộc các loại này." in exe.content.decode()
    big = client.post(
        "/admin/news/document/add/",
        {**base, "files-0-file": ContentFile(b"%PDF-1.4" + b"0" * (1024 * 1024), name="lon.pdf")},
    )
    assert "Tệp lớn hơn 1 MB; hãy nén hoặc chia nhỏ tệp." in big.content.decode()
    assert not Document.objects.exists()


def test_files_whose_task_was_lost_are_read_by_the_sweep(today):
    document_file = DocumentFileFactory()
    assert document_files_read_overdue() == []  # just uploaded: its task may still come
    with time_machine.travel(datetime.datetime(2026, 3, 9, 3, 11, tzinfo=datetime.UTC), tick=False):
        assert document_files_read_overdue() == [document_file.pk]
    document_file.refresh_from_db()
    assert document_file.text_status == TextExtraction.DONE


def test_deleting_a_replacement_in_the_admin_puts_the_old_document_back_in_force(client, today):
    new = DocumentFactory(number="45/QĐ-SGDĐT", doc_type="decision", issued_on=days(-1))
    old = DocumentFactory(number="112/QĐ-SGDĐT", doc_type="decision", issued_on=days(-400), replaced_by=new)
    assert old.status == DocumentStatus.REPLACED
    client.force_login(UserFactory(role=roles.EDITOR))
    assert client.post(f"/admin/news/document/{new.pk}/delete/", {"post": "yes"}).status_code == 302
    old.refresh_from_db()
    assert (old.replaced_by, old.status) == (None, DocumentStatus.EXPIRED)  # it ceased on the date it was replaced
