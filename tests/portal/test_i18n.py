"""Tests of portal/i18n.py: the language of a URL and the language switch of each page."""

import pytest

from tests.factories.portal import AboutPageFactory

pytestmark = pytest.mark.django_db


def test_language_switch_links_each_page_to_its_counterpart(client, profile):
    AboutPageFactory(title="Chức năng, nhiệm vụ", slug="chuc-nang-nhiem-vu", title_en="Functions and duties")
    vietnamese = client.get("/gioi-thieu/chuc-nang-nhiem-vu/").content.decode()
    english = client.get("/en/about/chuc-nang-nhiem-vu/").content.decode()
    assert (
        '<a class="lang-switch" href="/en/about/chuc-nang-nhiem-vu/" hreflang="en" lang="en">English</a>' in vietnamese
    )
    assert (
        '<a class="lang-switch" href="/gioi-thieu/chuc-nang-nhiem-vu/" hreflang="vi" lang="vi">Tiếng Việt</a>'
        in english
    )
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/chuc-nang-nhiem-vu/">' in vietnamese
    assert '<link rel="alternate" hreflang="vi" href="http://testserver/gioi-thieu/chuc-nang-nhiem-vu/">' in english


def test_pages_without_an_english_version_switch_to_the_english_about_page(client, profile):
    html = client.get("/").content.decode()
    assert '<a class="lang-switch" href="/en/about/" hreflang="en" lang="en">English</a>' in html
    assert 'hreflang="en" href=' not in html  # no <link rel="alternate">: the home page has no English version


def test_english_404_page_reads_in_english(client, profile):
    response = client.get("/en/about/khong-co/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in html
    assert '<html lang="en"' in html


def test_only_an_exact_en_prefix_makes_a_page_english(client, profile):
    response = client.get("/en-gia-dinh/")
    assert response.status_code == 404
    assert response["Content-Language"] == "vi"
    assert "<h1>Không tìm thấy trang</h1>" in response.content.decode()
