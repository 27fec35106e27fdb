"""The checks behind /healthz: database, cache, broker and the worker's last heartbeat."""

import time
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from .cache import redis_client
from .celery import app as celery_app
from .selectors import heartbeat_last


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return {"ok": True}
    except Exception as exc:  # noqa: BLE001 - any failure means "down", reported by name
        return {"ok": False, "error": type(exc).__name__}


def check_cache() -> dict:
    redis = redis_client()
    if redis is not None:
        # django-redis hides errors from cache.get/set (pages must survive an outage),
        # so ask Redis directly; while the breaker is open (portal/cache.py) that fails at
        # once, so a hung Redis costs this check one short socket timeout, not the page's.
        try:
            redis.ping()
            return {"ok": True, "backend": "redis"}
        except Exception as exc:  # noqa: BLE001 - any failure means "down"; only its kind is reported
            return {"ok": False, "backend": "redis", "error": type(exc).__name__}
    cache.set("portal:healthz", "ok", 10)
    return {"ok": cache.get("portal:healthz") == "ok", "backend": "locmem"}


# /healthz must answer while the broker hangs: it waits this long for it, not the socket
# timeouts of the workers and publishers (CELERY_BROKER_TRANSPORT_OPTIONS).
BROKER_CHECK_SECONDS = 0.5


def check_broker() -> dict:
    transport = celery_app.conf.broker_url.split(":", 1)[0]
    options = {
        **celery_app.conf.broker_transport_options,
        "socket_timeout": BROKER_CHECK_SECONDS,
        "socket_connect_timeout": BROKER_CHECK_SECONDS,
    }
    try:
        with celery_app.connection_for_write(transport_options=options) as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=BROKER_CHECK_SECONDS)
        return {"ok": True, "transport": transport}
    except Exception as exc:  # noqa: BLE001 - any failure means "down"; only its kind is reported
        return {"ok": False, "transport": transport, "error": type(exc).__name__}


def check_heartbeat(now: datetime | None = None) -> dict:
    now = now or timezone.now()
    try:
        heartbeat = heartbeat_last()
    except Exception as exc:  # noqa: BLE001 - the database check reports the cause
        return {"ok": False, "error": type(exc).__name__}
    if heartbeat is None:
        return {"ok": False, "last_beat_at": None, "age_seconds": None}
    age = (now - heartbeat.beat_at).total_seconds()
    return {
        "ok": age <= settings.HEARTBEAT_MAX_AGE_SECONDS,
        "last_beat_at": heartbeat.beat_at.isoformat(),
        "age_seconds": round(age),
    }


def health_report_cached() -> dict:
    """The report, reused for a few seconds: a load balancer polling every second, or anyone
    hammering the public URL, costs one set of checks per process every few seconds.
    Kept in the process, not in Redis, so that it still answers when Redis is down."""
    now = time.monotonic()
    if _last_report and now - _last_report[0] < settings.HEALTHZ_CACHE_SECONDS:
        return _last_report[1]
    report = health_report()
    _last_report[:] = [now, report]
    return report


_last_report: list = []


def health_report() -> dict:
    checks = {
        "database": check_database(),
        "cache": check_cache(),
        "broker": check_broker(),
        "heartbeat": check_heartbeat(),
    }
    down = [name for name, result in checks.items() if not result["ok"]]
    return {"status": "ok" if not down else "down", "down": down, "checks": checks}
