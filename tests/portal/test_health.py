"""Tests of portal/health.py: /healthz reports each part, and pages survive a Redis outage."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from portal.celery import app as celery_app
from portal.services.core import heartbeat_record

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("_fresh_checks")]


REDIS_DOWN = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
    }
}


def test_healthz_is_503_until_the_worker_has_beaten(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["down"] == ["heartbeat"]
    assert body["checks"]["database"] == {"ok": True}
    assert body["checks"]["cache"] == {"ok": True, "backend": "redis"}
    assert body["checks"]["broker"] == {"ok": True, "transport": "redis"}


def test_healthz_is_200_with_a_fresh_heartbeat(client):
    heartbeat_record()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_calls_a_stale_heartbeat_down(client):
    beat = timezone.now()
    with time_machine.travel(beat, tick=False):
        heartbeat_record()
    with time_machine.travel(beat + datetime.timedelta(minutes=3, seconds=1), tick=False):
        body = client.get("/healthz").json()
    assert body["down"] == ["heartbeat"]
    assert body["checks"]["heartbeat"]["age_seconds"] == 181


def test_healthz_names_a_broker_that_does_not_answer(client, monkeypatch):
    heartbeat_record()
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["down"] == ["broker"]


def test_pages_answer_and_healthz_names_the_cache_when_redis_is_down(client, settings):
    heartbeat_record()
    with override_settings(CACHES=REDIS_DOWN, REDIS_URL="redis://127.0.0.1:1/0"):
        assert cache.get("anything") is None  # the error is logged and treated as a miss
        home = client.get("/")
        health = client.get("/healthz")
    assert home.status_code == 200
    assert health.status_code == 503
    assert health.json()["down"] == ["cache"]


def test_healthz_reuses_its_checks_for_a_few_seconds(client, settings, django_assert_num_queries):
    settings.HEALTHZ_CACHE_SECONDS = 60
    heartbeat_record()
    first = client.get("/healthz").json()
    with django_assert_num_queries(0):
        assert client.get("/healthz").json() == first
    assert "hostname" not in first["checks"]["heartbeat"]
