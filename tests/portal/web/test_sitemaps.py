"""Tests of portal/web/sitemaps.py: the sitemap index and the organisation pages in both languages."""

import pytest

from tests.conftest import sitemap_locations
from tests.factories.portal import AboutPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_organisation_pages_in_both_languages(client):
    AboutPageFactory(slug="chuc-nang-nhiem-vu")
    locations = sitemap_locations(client)
    for url in (
        "/gioi-thieu/chuc-nang-nhiem-vu/",
        "/en/about/chuc-nang-nhiem-vu/",
        "/en/contact/",
        "/nguoi-phat-ngon/",
    ):
        assert f"http://testserver{url}" in locations


def test_sitemap_is_an_index_of_sections(client):
    assert "http://testserver/" in sitemap_locations(client)
