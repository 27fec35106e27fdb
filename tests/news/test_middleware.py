"""Old addresses of imported articles: a permanent redirect to a published article, nothing for the others."""

from pathlib import Path

import pytest

from news.enums import ArticleStatus
from news.models import Article
from news.services.site_import import site_import
from news.site_export import load_export
from portal import roles
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

OLD_SITE = Path(__file__).resolve().parents[2] / "portal" / "demo" / "data" / "old_site"


@pytest.fixture
def imported(media, site_profile):
    export, files = load_export(OLD_SITE / "export.xml")
    site_import(export=export, files=files, by=UserFactory(role=roles.EDITOR))
    return Article.objects.get(title__startswith="Trường THPT Buôn Ma Thuột")


def test_an_old_address_redirects_to_the_new_article_in_one_query(client, imported, django_assert_num_queries):
    with django_assert_num_queries(4):  # the 404 page's shell (3), then the old address looked up
        response = client.get("/2024/09/05/truong-thpt-buon-ma-thuot-ron-rang-le-khai-giang/")
    assert (response.status_code, response["Location"]) == (301, imported.get_absolute_url())
    response = client.get("/?p=101")
    assert (response.status_code, response["Location"]) == (301, imported.get_absolute_url())


def test_an_unpublished_article_keeps_its_old_address_a_404(client, imported):
    Article.objects.filter(pk=imported.pk).update(status=ArticleStatus.UNPUBLISHED)
    assert client.get("/2024/09/05/truong-thpt-buon-ma-thuot-ron-rang-le-khai-giang/").status_code == 404
    assert client.get("/?p=101").status_code == 200  # the home page, as before
