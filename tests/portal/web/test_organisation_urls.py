"""Tests of portal/web/organisation_urls.py: Vietnamese paths without a prefix, English ones under /en/."""

from django.urls import reverse
from django.utils import translation


def test_vietnamese_urls_have_no_prefix_and_english_ones_live_under_en():
    assert reverse("organisation:index") == "/gioi-thieu/"
    assert reverse("organisation:chart") == "/gioi-thieu/co-cau-to-chuc/"
    assert reverse("organisation:leaders") == "/gioi-thieu/lanh-dao-so/"
    assert reverse("organisation:page", kwargs={"slug": "chuc-nang"}) == "/gioi-thieu/chuc-nang/"
    assert reverse("organisation:contact") == "/lien-he/"
    with translation.override("en"):
        assert reverse("organisation:index") == "/en/about/"
        assert reverse("organisation:chart") == "/en/about/organisation-chart/"
        assert reverse("organisation:leaders") == "/en/about/leadership/"
        assert reverse("organisation:page", kwargs={"slug": "chuc-nang"}) == "/en/about/chuc-nang/"
        assert reverse("organisation:contact") == "/en/contact/"
