"""The public page cache and its purge (DESIGN rule 7).

Public pages are cached whole; each entry records the "generation" counters it was built
under: one per article, one per category, one for the home page, one for lists (tags,
archive, search) and one for the shell every page shows (header, menu, footer). Purging is
bumping the counters a change touches, so every page that showed it is rebuilt on its next
request, whichever web process serves it. Everything else (view counts, "Đọc nhiều") is at most
PAGE_CACHE_SECONDS old.
"""

import hashlib
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

SHELL = ("shell", "")


def _key(scope: str, ident: object = "") -> str:
    return f"pagecache:gen:{scope}:{ident}"


def bump(scope: str, ident: object = "") -> None:
    """Invalidate every cached page whose key includes this counter."""
    key = _key(scope, ident)
    try:
        cache.incr(key)
    except ValueError:  # not there yet
        cache.set(key, 1, timeout=None)


def purge_shell_on_commit() -> None:
    """After the current transaction: every page, since the header, menu or footer changed."""
    transaction.on_commit(lambda: bump(*SHELL))


class _ProcessPages:
    """The pages this process served lately, so that a hit needs only the (small) generation
    counters from Redis, not the page itself. Bounded; entries also age out after
    PAGE_CACHE_SECONDS. Purges still reach every process: a copy is used only while the
    generations it was built under are the current ones, read from Redis on every request."""

    def __init__(self, size: int = 500) -> None:
        self.size = size
        self.entries: OrderedDict[str, tuple] = OrderedDict()

    def get(self, key: str, timeout: int):
        entry = self.entries.get(key)
        if entry is None or time.monotonic() - entry[0] > timeout:
            return None
        self.entries.move_to_end(key)
        return entry

    def put(self, key: str, entry: tuple) -> None:
        self.entries[key] = entry
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


_process_pages = _ProcessPages()


def _redis():
    """The raw Redis client behind the cache, or None (the embedded default's local memory)."""
    if not settings.REDIS_URL:
        return None
    from django_redis import get_redis_connection

    return get_redis_connection("default")


def cached_page(request, scopes: list[tuple[str, object]], build, *, params: tuple[str, ...] = (), on_hit=None):
    """The response of ``build()`` from the cache, valid while the generations of ``scopes`` stand.

    The key is the host, the path and only the query parameters in ``params`` (sorted), so
    that a link shared with ``?fbclid=…`` or ``?utm_source=…`` hits the same entry. An entry
    records the generations it was built under. A page this process served lately costs
    one round trip to Redis for the current generations; otherwise one round trip fetches
    them with the shared copy. Public pages hold nothing personal (no CSRF token, no
    messages, no user name), so one copy serves everyone; only 200 responses are stored,
    for PAGE_CACHE_SECONDS.

    ``on_hit(pipeline)`` may add Redis commands that must run whenever the page is served
    from a copy (an article counts a view): they ride on the same round trip. The response's
    ``on_hit_done`` says whether they ran.
    """
    timeout = settings.PAGE_CACHE_SECONDS
    if not timeout:
        response = build()
        response.on_hit_done = False
        return response
    query = "&".join(f"{name}={value}" for name in sorted(params) for value in request.GET.getlist(name))
    address = f"{request.get_host()}{request.path}?{query}"
    page_key = "pagecache:page:" + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    generation_keys = [_key(scope, ident) for scope, ident in (SHELL, *scopes)]
    redis = _redis()
    local = _process_pages.get(page_key, timeout) if redis is not None else None
    entry, on_hit_done = None, False
    if local is not None:
        pipeline = redis.pipeline(transaction=False)
        pipeline.mget([cache.make_key(key) for key in generation_keys])
        if on_hit is not None:
            on_hit(pipeline)
        try:
            raw, *_ = pipeline.execute()
        except Exception:  # noqa: BLE001 - Redis down: serve as without a cache
            raw = None
        if raw is not None:
            current = tuple(int(value) if value is not None else 0 for value in raw)
            if local[1] == current:
                entry, on_hit_done = local[1:], on_hit is not None
    if entry is None:
        found = cache.get_many([page_key, *generation_keys])
        current = tuple(found.get(key, 0) for key in generation_keys)
        shared = found.get(page_key)
        if shared is not None and shared[0] == current:
            entry = shared
            if redis is not None:
                _process_pages.put(page_key, (time.monotonic(), *shared))
    if entry is not None:
        # Only the bytes and type are stored: cheaper to load than a pickled response.
        response = HttpResponse(entry[1], content_type=entry[2])
    else:
        response = build()
        if hasattr(response, "render"):
            response.render()
        if response.status_code == 200 and not response.cookies and not response.streaming:
            stored = (current, response.content, response["Content-Type"])
            cache.set(page_key, stored, timeout)
            if redis is not None:
                _process_pages.put(page_key, (time.monotonic(), *stored))
    response.on_hit_done = on_hit_done
    patch_cache_control(response, public=True, max_age=timeout)
    return response
