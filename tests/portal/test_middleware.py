"""Tests of portal/middleware.py: the security headers of public pages and their strict Content-Security-Policy."""

import pytest

pytestmark = pytest.mark.django_db


def test_pages_carry_security_headers(client, profile):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_the_policy_lets_exactly_the_embeddable_video_hosts_load(client, settings):
    policy = client.get("/").headers["Content-Security-Policy"]
    frame_src = next(part for part in policy.split("; ") if part.startswith("frame-src"))
    assert frame_src.split()[1:] == ["'self'", *(f"https://{host}" for host in settings.VIDEO_EMBED_HOSTS)]
