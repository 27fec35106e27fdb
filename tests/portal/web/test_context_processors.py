"""Tests of portal/web/context_processors.py: what every page's shell shows, read once and then from the cache."""

import pytest

from portal.models import AgencyLink
from portal.services.organisation import agency_link_save
from tests.factories.portal import AgencyLinkFactory

pytestmark = pytest.mark.django_db


def test_footer_lists_agency_links_by_group_from_the_cache(
    client, profile, django_assert_num_queries, django_capture_on_commit_callbacks
):
    AgencyLinkFactory(name="Sở GD&ĐT tỉnh Gia Lai", group="peer", url="https://gialai.example.vn")
    AgencyLinkFactory(name="Bộ Giáo dục và Đào tạo", group="ministry", url="https://moet.gov.vn")
    AgencyLinkFactory(name="Liên kết đã ẩn", is_active=False)
    html = client.get("/").content.decode()
    assert html.index("Bộ, ngành Trung ương") < html.index("Sở Giáo dục và Đào tạo các tỉnh")
    assert '<a href="https://moet.gov.vn" rel="noopener" hreflang="vi">Bộ Giáo dục và Đào tạo</a>' in html
    assert "Liên kết đã ẩn" not in html
    with django_assert_num_queries(0):
        client.get("/")
    # A change made through the service shows at once.
    with django_capture_on_commit_callbacks(execute=True):
        agency_link_save(link=AgencyLink(name="Cổng thông tin tỉnh", url="https://tinh.example.vn", group="province"))
    assert "Cổng thông tin tỉnh" in client.get("/").content.decode()


def test_site_profile_is_read_once_then_cached(client, profile, django_assert_num_queries):
    client.get("/")
    with django_assert_num_queries(0):
        client.get("/")
