"""The demo registry: believable documents in every state, each with a PDF whose text search finds; idempotent."""

import re

import pytest

from news.enums import DocumentStatus, TextExtraction
from news.models import Document, DocumentFile
from news.selectors.documents import DocumentFilters, documents_search, spokesperson_regulation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


def test_the_demo_registry_covers_every_state_and_is_idempotent(tmp_path):
    from news.demo_documents import seed_documents

    seed_documents()
    count = Document.objects.count()
    seed_documents()
    assert Document.objects.count() == count == 20
    statuses = set(Document.objects.values_list("status", flat=True))
    assert statuses == {
        DocumentStatus.DRAFT,
        DocumentStatus.NOT_YET,
        DocumentStatus.IN_FORCE,
        DocumentStatus.PARTLY,
        DocumentStatus.EXPIRED,
        DocumentStatus.REPLACED,
    }
    assert Document.objects.open_for_comment().count() == 1
    assert DocumentFile.objects.count() == 20
    # The files went to the private storage, each in its own random folder; nothing under MEDIA_ROOT.
    stored = sorted(p.relative_to(tmp_path / "private").as_posix() for p in (tmp_path / "private").rglob("*.pdf"))
    assert stored == sorted(f.file.name for f in DocumentFile.objects.all())
    assert all(re.fullmatch(r"van-ban/\d{4}/[0-9a-f]{32}/[a-z0-9-]+\.pdf", name) for name in stored)
    assert not (tmp_path / "media").exists()
    assert set(DocumentFile.objects.values_list("text_status", flat=True)) == {TextExtraction.DONE}
    assert spokesperson_regulation().number == "45/QĐ-SGDĐT"
    found = documents_search(DocumentFilters(text="tra loi bao chi trong thoi han hai ngay lam viec"))
    assert [d.number for d in found] == ["45/QĐ-SGDĐT"]
    assert Document.objects.get(number="112/QĐ-SGDĐT").replaced_by.number == "45/QĐ-SGDĐT"


def test_the_demo_pdfs_fall_back_to_a_core_font_without_dejavu(monkeypatch):
    from news import demo_documents
    from news.extraction import extract_text

    monkeypatch.setattr(demo_documents, "FONT_DIRS", [])
    data = demo_documents.render_pdf(
        issuer="Sở Giáo dục và Đào tạo",
        number="1/TB-SGDĐT",
        place_date="Đắk Lắk, ngày 09 tháng 10 năm 2026",
        heading="Thông báo",
        summary="Lịch thi học sinh giỏi",
        paragraphs=["Kỳ thi được tổ chức tại Trường THPT Chuyên Nguyễn Du."],
        signer=("GIÁM ĐỐC", "Phạm Đức Minh"),
    )
    assert "ky thi duoc to chuc tai truong thpt chuyen nguyen du" in extract_text(data, "pdf")
