"""Tests of portal/web/urls.py: /en/ leads to the English pages and an unknown path is a Vietnamese 404."""

import pytest

pytestmark = pytest.mark.django_db


def test_en_alone_leads_to_the_english_about_page(client):
    response = client.get("/en/")
    assert response.status_code == 302
    assert response["Location"] == "/en/about/"


def test_unknown_page_is_a_vietnamese_404(client, profile):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
