"""Tests of news/forms.py: the documents admin form names a replacement loop beside its field."""

import pytest

from news.forms import DocumentAdminForm
from tests.factories.news import DocumentFactory
from tests.news.conftest import days

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


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
