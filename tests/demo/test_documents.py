"""The demo registry: believable documents in every state, each with a PDF whose text search finds; idempotent."""

import re

import pytest

from news.enums import DocumentStatus, TextExtraction
from news.models import Document, DocumentFile
from news.selectors.documents import DocumentFilters, documents_search, spokesperson_regulation

pytestmark = pytest.mark.django_db


def test_the_demo_registry_covers_every_state_and_is_idempotent(demo):
    tmp_path = demo.root
    assert Document.objects.count() == demo.first["documents"] == 20
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
    # The files went to the private storage, each in its own random folder; none under MEDIA_ROOT.
    private = tmp_path / "private"
    stored = sorted(p.relative_to(private).as_posix() for p in (private / "van-ban").rglob("*.pdf"))
    assert stored == sorted(f.file.name for f in DocumentFile.objects.all())
    assert all(re.fullmatch(r"van-ban/\d{4}/[0-9a-f]{32}/[a-z0-9-]+\.pdf", name) for name in stored)
    assert list((tmp_path / "media").rglob("*.pdf")) == []
    assert set(DocumentFile.objects.values_list("text_status", flat=True)) == {TextExtraction.DONE}
    assert spokesperson_regulation().number == "45/QĐ-SGDĐT"
    found = documents_search(DocumentFilters(text="tra loi bao chi trong thoi han hai ngay lam viec"))
    assert [d.number for d in found] == ["45/QĐ-SGDĐT"]
    assert Document.objects.get(number="112/QĐ-SGDĐT").replaced_by.number == "45/QĐ-SGDĐT"
