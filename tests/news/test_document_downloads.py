"""Files of documents are private files: anyone downloads those of a public document, staff the others."""

import re

import pytest
from django.core.files.base import ContentFile

from portal import roles
from tests.factories.news import DocumentFactory, DocumentFileFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% cong van\n"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return tmp_path / "private"


def letter_file(**document):
    document = DocumentFactory(number="1234/SGDĐT-VP", **document)
    return DocumentFileFactory(document=document, file=ContentFile(PDF, name="Công văn 1234.pdf"))


def test_a_file_of_a_public_document_is_for_anyone(client, private_root, tmp_path):
    document_file = letter_file()
    assert re.fullmatch(r"van-ban/\d{4}/[0-9a-f]{32}/cong-van-1234-sgddt-vp\.pdf", document_file.file.name)
    assert (private_root / document_file.file.name).read_bytes() == PDF
    assert not (tmp_path / "media").exists()

    response = client.get(f"/van-ban/tep/{document_file.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="cong-van-1234-sgddt-vp.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=300"


def test_a_file_of_a_document_not_public_is_404_but_for_staff_who_view_documents(client):
    document_file = letter_file(is_public=False)
    url = document_file.get_download_url()
    assert client.get(url).status_code == 404
    for role in (roles.COLLABORATOR, roles.LEADER):
        client.force_login(UserFactory(role=role))
        assert client.get(url).status_code == 404
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_preview_of_a_document_not_public_links_its_file_through_the_view(client):
    document_file = letter_file(is_public=False)
    client.force_login(UserFactory(role=roles.EDITOR))
    html = client.get(document_file.document.get_absolute_url()).content.decode()
    assert f'<a href="/van-ban/tep/{document_file.pk}/" download="cong-van-1234-sgddt-vp.pdf"' in html
    assert "/media/" not in html


def test_a_file_that_is_gone_is_404(client):
    assert client.get("/van-ban/tep/999999/").status_code == 404
