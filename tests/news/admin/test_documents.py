"""Tests of news/admin/documents.py: documents and their uploads in the admin, the import page, moderation of
comments."""

import re
from unittest import mock

import pytest
from django.core.files.base import ContentFile

from news.enums import CommentStatus, DocumentStatus
from news.models import Document, DocumentFile
from news.services.documents import document_comment_publish, document_file_read
from news.validators import validate_document_file
from portal import roles
from tests.factories.news import (
    DocumentCommentFactory,
    DocumentFactory,
    DocumentFieldFactory,
    DocumentFileFactory,
    DocumentIssuerFactory,
    document_pdf,
)
from tests.factories.portal import UserFactory
from tests.news.conftest import PLAN, SCRIPT, days, pdf, xlsx
from tests.news.test_extraction import DAMAGED_DOCX, damaged_docx

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


@pytest.fixture
def editor():
    """An editor, and the issuer and field the import list names (here rather than tests/news/conftest.py's editor)."""
    DocumentIssuerFactory(name="Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", short_name="Sở GD&ĐT")
    DocumentFieldFactory(name="Thi, tuyển sinh")
    return UserFactory(role=roles.EDITOR)


# --- documents and their files --------------------------------------------------------------------


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


def test_deleting_a_replacement_in_the_admin_puts_the_old_document_back_in_force(client, today):
    new = DocumentFactory(number="45/QĐ-SGDĐT", doc_type="decision", issued_on=days(-1))
    old = DocumentFactory(number="112/QĐ-SGDĐT", doc_type="decision", issued_on=days(-400), replaced_by=new)
    assert old.status == DocumentStatus.REPLACED
    client.force_login(UserFactory(role=roles.EDITOR))
    assert client.post(f"/admin/news/document/{new.pk}/delete/", {"post": "yes"}).status_code == 302
    old.refresh_from_db()
    assert (old.replaced_by, old.status) == (None, DocumentStatus.EXPIRED)  # it ceased on the date it was replaced


# --- the import page ------------------------------------------------------------------------------


def test_the_admin_page_imports_and_shows_problems_by_row(client, editor, django_capture_on_commit_callbacks):
    client.force_login(editor)
    page = client.get("/admin/news/document/nhap-tu-tep/")
    assert page.status_code == 200
    assert 'name="files"' in page.content.decode() and "multiple" in page.content.decode()
    refused = client.post(
        "/admin/news/document/nhap-tu-tep/", {"table": xlsx(PLAN), "files": [pdf("khac.pdf")]}
    ).content.decode()
    assert "Chưa nhập dòng nào: tệp có 2 lỗi cần sửa." in refused
    assert "Dòng 3: chưa chọn tệp “Kế hoạch tuyển sinh.pdf”" in refused
    with mock.patch("news.tasks.document_file_read_task.delay"), django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            "/admin/news/document/nhap-tu-tep/",
            {"table": xlsx(PLAN), "files": [pdf("Kế hoạch tuyển sinh.pdf")]},
            follow=True,
        )
    assert "Đã nhập 1 văn bản với 1 tệp" in done.content.decode()
    assert Document.objects.get().number == "45/KH-SGDĐT"


def test_only_staff_allowed_to_import_may(client):
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    assert client.get("/admin/news/document/nhap-tu-tep/").status_code == 403


# --- comments on drafts ---------------------------------------------------------------------------


def test_staff_moderate_in_the_admin_and_never_see_raw_html(client, draft):
    comment = DocumentCommentFactory(document=draft, full_name="<i>Lan</i>", body=SCRIPT)
    client.force_login(UserFactory(role=roles.EDITOR))
    listing = client.get("/admin/news/documentcomment/").content.decode()
    change = client.get(f"/admin/news/documentcomment/{comment.pk}/change/").content.decode()
    for html in (listing, change):
        assert "<script>alert" not in html
        assert "<i>Lan</i>" not in html
    response = client.post(
        "/admin/news/documentcomment/",
        {"action": "action_publish", "_selected_action": [comment.pk]},
        follow=True,
    )
    assert "Đã đăng 1 góp ý." in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED


def test_collaborators_and_leaders_cannot_moderate(client, draft):
    comment = DocumentCommentFactory(document=draft)
    for role in (roles.COLLABORATOR, roles.LEADER):
        user = UserFactory(role=role)
        with pytest.raises(Exception, match="không có quyền"):
            document_comment_publish(comment=comment, by=user)
        client.force_login(user)
        assert client.get("/admin/news/documentcomment/").status_code in (302, 403)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def test_the_reason_a_file_is_unreadable_is_on_the_documents_page(client):
    document_file = DocumentFileFactory(file=ContentFile(damaged_docx(), name="phu-luc.docx"))
    document_file_read(file_id=document_file.pk)
    client.force_login(UserFactory(role=roles.EDITOR))
    page = client.get(f"/admin/news/document/{document_file.document_id}/change/").content.decode()
    page = " ".join(page.split())
    assert '<th class="column-text_error">Lý do không đọc được' in page
    assert f'<td class="field-text_error"> <p>{DAMAGED_DOCX}</p> </td>' in page
