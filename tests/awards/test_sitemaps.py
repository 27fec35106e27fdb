"""Tests of awards/sitemaps.py: public decisions and honoured units in the sitemap."""

import pytest

from tests.conftest import sitemap_locations

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_decisions_and_honoured_units(client, honour_roll, school):
    locations = sitemap_locations(client)
    assert "http://testserver/khen-thuong/quyet-dinh/125-qd-sgddt-2025/" in locations
    assert f"http://testserver/khen-thuong/don-vi/{school.slug}/" in locations
    assert not [url for url in locations if "130-qd-sgddt" in url or "90-qd-sgddt" in url]
