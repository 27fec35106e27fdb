"""The documents admin: staff see why a file's text could not be read, beside the file."""

import pytest
from django.core.files.base import ContentFile

from news.services.documents import document_file_read
from portal import roles
from tests.factories import DocumentFileFactory, UserFactory
from tests.news.test_extraction import DAMAGED_DOCX, damaged_docx

pytestmark = pytest.mark.django_db


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
