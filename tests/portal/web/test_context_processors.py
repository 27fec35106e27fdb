"""Tests of portal/web/context_processors.py: what every page's shell shows, read once and then from the cache."""

import pytest

from portal.models import AgencyLink
from portal.services.core import site_profile_save
from portal.services.organisation import agency_link_save
from tests.conftest import after_purge
from tests.factories.news import ArticleFactory, CategoryFactory
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
    assert "Cổng thông tin tỉnh" in after_purge(client, "/")


def test_site_profile_is_read_once_then_cached(client, profile, django_assert_num_queries):
    client.get("/")
    with django_assert_num_queries(0):
        client.get("/")


def test_header_and_footer_are_rendered_once_per_shell_generation_with_the_right_current_entry(
    client, profile, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0  # every page is built: only the shell's parts are kept
    category = CategoryFactory(name="Giáo dục mầm non", show_in_menu=True)
    first, second = ArticleFactory(published=True, category=category), ArticleFactory(published=True)

    def shell_renders(path):
        response = client.get(path)
        names = [t.name for t in response.templates]
        return response, names.count("includes/_header.html") + names.count("includes/_footer.html")

    assert shell_renders(first.get_absolute_url())[1] == 2
    # Another article shows the same header and footer: kept, not rendered again.
    response, renders = shell_renders(second.get_absolute_url())
    assert renders == 0
    assert 'aria-current="page"' not in response.text.split("</header>")[0]
    # The home page and the category's page mark their own menu entry.
    home, renders = shell_renders("/")
    assert renders == 1  # its header (its own current entry); the footer is kept
    assert '<a href="/" aria-current="page">' in home.text
    listing, _renders = shell_renders(category.get_absolute_url())
    assert f'<a href="{category.get_absolute_url()}" aria-current="page">Giáo dục mầm non</a>' in listing.text
    assert '<a href="/" aria-current="page">' not in listing.text
    # A change to the profile bumps the shell: the parts are rendered again with it.
    profile.name = "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"
    with django_capture_on_commit_callbacks(execute=True):
        site_profile_save(profile=profile)
    response, renders = shell_renders(second.get_absolute_url())
    assert (renders, "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk" in response.text) == (2, True)
