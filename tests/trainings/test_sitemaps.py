"""Tests of trainings/sitemaps.py: public trainings, and only they, in the sitemap."""

import pytest

from tests.conftest import sitemap_locations
from tests.factories.trainings import TrainingFactory
from tests.trainings.conftest import at

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]


def test_the_sitemap_lists_public_trainings(client):
    public = TrainingFactory(**at(3))
    hidden = TrainingFactory(is_public=False, **at(3))
    xml = client.get("/sitemap-trainings.xml").content.decode()
    assert f"<loc>http://testserver{public.get_absolute_url()}</loc>" in xml
    assert hidden.get_absolute_url() not in xml
    assert "<lastmod>" in xml
    assert f"http://testserver{public.get_absolute_url()}" in sitemap_locations(client)
