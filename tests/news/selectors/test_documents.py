"""Tests of news/selectors/documents.py: the registry's search served by its indexes."""

import pytest
from django.db import connection

from news.models import Document
from news.selectors.documents import DocumentFilters, _text_match

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


def test_the_search_can_use_both_gin_indexes(registry):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = Document.objects.filter(_text_match(DocumentFilters(text="1234/sgddt quy che"))).explain()
    assert "document_search_vector_gin" in plan
    assert "document_search_number_trgm" in plan
