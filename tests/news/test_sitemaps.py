"""Tests of news/sitemaps.py: published articles and public documents in the sitemap."""

import pytest
from defusedxml import ElementTree
from django.utils import timezone

from news.models import Document
from tests.conftest import sitemap_locations
from tests.factories.news import ArticleFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_article_sitemap_lists_published_articles_with_lastmod(client):
    published = ArticleFactory(published=True)
    ArticleFactory()
    root = ElementTree.fromstring(client.get("/sitemap-articles.xml").content)
    urls = root.findall("s:url", SITEMAP)
    assert [u.findtext("s:loc", namespaces=SITEMAP) for u in urls] == [
        f"http://testserver{published.get_absolute_url()}"
    ]
    assert urls[0].findtext("s:lastmod", namespaces=SITEMAP) == (
        # The day in Vietnam, as the sitemap writes it: from 17:00 UTC it is already tomorrow there.
        timezone.localdate(published.updated_at).isoformat()
    )


def test_the_sitemap_lists_the_registry_and_every_public_document(client, registry):
    locations = sitemap_locations(client)
    assert "http://testserver/van-ban/" in locations
    for document in registry.values():
        assert f"http://testserver{document.get_absolute_url()}" in locations
    hidden = Document.objects.get(number="9/KH-SGDĐT")
    assert f"http://testserver{hidden.get_absolute_url()}" not in locations
