"""Article view counts, buffered in Redis and written to the database by a periodic task.

A page view costs one HINCRBY in Redis, never a database write (docs/architecture.md, cheap public pages). Every
minute ``flush_views`` renames the buffer (atomic: views keep arriving in a fresh one),
adds its counts to the database in one transaction, then deletes it; a buffer left by a
crash in between is found and applied by the next run. In the embedded default (no Redis)
there is no shared buffer, so views are written through.
"""

import logging
import uuid
from datetime import date

from django.conf import settings
from django.utils import timezone
from redis.exceptions import ResponseError

from portal.cache import redis_client

from .services.articles import article_views_add

logger = logging.getLogger(__name__)

PENDING_KEY = "portal:news:views:pending"
FLUSHING_PREFIX = "portal:news:views:flushing:"


def view_field(article_id: int) -> str:
    return f"{article_id}:{timezone.localdate().isoformat()}"


def count_view_in(redis, article_id: int) -> None:
    """Count one view with ``redis``: the client, or a pipeline (portal.pagecache.cached_page's on_hit)."""
    redis.hincrby(PENDING_KEY, view_field(article_id), 1)


def record_view(article_id: int) -> None:
    """Count one view of the article today (Vietnam time)."""
    if not settings.REDIS_URL:
        article_views_add(counts={(article_id, timezone.localdate()): 1})
        return
    try:
        count_view_in(redis_client(), article_id)
    except Exception:  # noqa: BLE001 - a lost view is better than a failed page
        logger.warning("view of article %s not counted: Redis unavailable", article_id, exc_info=True)


def _parse(raw: dict) -> dict[tuple[int, date], int]:
    counts = {}
    for field, value in raw.items():
        article_id, day = field.decode().split(":", 1)
        counts[(int(article_id), date.fromisoformat(day))] = int(value)
    return counts


LOCK_KEY = "portal:news:views:flush-lock"


def flush_views() -> int:
    """Move buffered views into the database; returns how many views were written.

    One flush at a time (a Redis lock; a second one returns at once). Each buffer's counts
    are added with a row naming the buffer, in one transaction, so a buffer found again
    (the process died before deleting it) is deleted without being counted twice.
    """
    redis = redis_client()
    token = uuid.uuid4().hex
    if not redis.set(LOCK_KEY, token, nx=True, ex=120):
        return 0
    try:
        keys = [key.decode() for key in redis.scan_iter(f"{FLUSHING_PREFIX}*")]
        fresh = f"{FLUSHING_PREFIX}{uuid.uuid4().hex}"
        try:
            redis.rename(PENDING_KEY, fresh)
            keys.append(fresh)
        except ResponseError:
            pass  # no views since the last flush
        written = 0
        for key in keys:
            counts = _parse(redis.hgetall(key))
            if article_views_add(counts=counts, buffer=key.removeprefix(FLUSHING_PREFIX)):
                written += sum(counts.values())
            redis.delete(key)
        return written
    finally:
        if redis.get(LOCK_KEY) == token.encode():
            redis.delete(LOCK_KEY)
