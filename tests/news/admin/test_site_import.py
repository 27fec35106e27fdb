"""The old site's import in the admin: a dry run by a worker, then the real import; editors only."""

import datetime
import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from news.models import Article, SiteImportRun
from news.services.site_import import RUN_CLAIM_EXPIRES, site_import_run

pytestmark = pytest.mark.django_db

OLD_SITE = Path(__file__).resolve().parents[3] / "portal" / "demo" / "data" / "old_site"


@pytest.fixture(autouse=True)
def _storage(private_root):
    return private_root


def export_zip() -> SimpleUploadedFile:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.write(OLD_SITE / "export.xml", "export.xml")
        for path in (OLD_SITE / "uploads").rglob("*.jpg"):
            archive.write(path, f"uploads/{path.relative_to(OLD_SITE / 'uploads').as_posix()}")
    return SimpleUploadedFile("trang-cu.zip", out.getvalue(), content_type="application/zip")


def test_an_editor_runs_a_dry_run_then_the_import(client, editor):
    client.force_login(editor)
    response = client.post("/admin/news/importedarticle/nhap/", {"export": export_zip()})
    assert response.status_code == 302
    dry = SiteImportRun.objects.get()
    assert (dry.status, dry.dry_run, dry.original_name) == ("queued", True, "trang-cu.zip")
    assert site_import_run(run_id=dry.pk) is True
    assert site_import_run(run_id=dry.pk) is False  # done: a second run finds nothing
    dry.refresh_from_db()
    assert dry.status == "done"
    assert dry.report[-2:] == ["Tạo mới 3, cập nhật 0, không đổi 0, bỏ qua 2, lỗi 0.", "Chạy thử: chưa ghi gì."]
    assert not Article.objects.exists()
    page = client.get("/admin/news/importedarticle/nhap/").content.decode()
    assert "Tạo mới 3, cập nhật 0, không đổi 0, bỏ qua 2, lỗi 0." in page

    client.post("/admin/news/importedarticle/nhap/", {"again": dry.pk})
    real = SiteImportRun.objects.exclude(pk=dry.pk).get()
    assert (real.dry_run, real.file.name) == (False, dry.file.name)
    site_import_run(run_id=real.pk)
    real.refresh_from_db()
    assert (real.status, real.report[-1]) == ("done", "Tạo mới 3, cập nhật 0, không đổi 0, bỏ qua 2, lỗi 0.")
    assert Article.objects.count() == 3


def test_a_run_whose_worker_died_is_taken_again_once_its_claim_expired(editor):
    run = SiteImportRun.objects.create(
        file=SimpleUploadedFile("trang-cu.xml", (OLD_SITE / "export.xml").read_bytes()),
        original_name="trang-cu.xml",
        dry_run=False,
        requested_by=editor,
        status="running",
        claimed_at=timezone.now() - RUN_CLAIM_EXPIRES + datetime.timedelta(minutes=1),
        attempts=1,
    )
    assert site_import_run(run_id=run.pk) is False
    SiteImportRun.objects.filter(pk=run.pk).update(claimed_at=timezone.now() - RUN_CLAIM_EXPIRES)
    assert site_import_run(run_id=run.pk) is True
    run.refresh_from_db()
    assert (run.status, run.attempts) == ("done", 2)
    # An .xml alone brings no images: they are listed, the posts are imported.
    assert run.report[2] == (
        "Mục 1: ảnh không có trong bản xuất, giữ thành liên kết: "
        "https://pgdbmt.example.edu.vn/wp-content/uploads/2024/09/le-chao-co.jpg"
    )
    assert Article.objects.count() == 3


def test_an_html_page_uploaded_as_an_export_fails_with_a_clear_message(editor):
    run = SiteImportRun.objects.create(
        file=SimpleUploadedFile("trang-cu.xml", "<html><body><p>Trang chủ</p></body></html>".encode()),
        original_name="trang-cu.xml",
        requested_by=editor,
    )
    site_import_run(run_id=run.pk)
    run.refresh_from_db()
    assert (run.status, run.report) == (
        "failed",
        ["Tệp không phải bản xuất WordPress (WXR), RSS hay Atom (thẻ gốc là <html>)."],
    )


def test_a_collaborator_cannot_open_the_import(client, collaborator):
    client.force_login(collaborator)
    assert client.get("/admin/news/importedarticle/nhap/").status_code == 403
