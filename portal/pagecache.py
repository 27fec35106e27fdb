"""The public page cache and its purge (docs/architecture.md: cheap public pages).

Public pages are cached whole; each entry records the "generation" counters it was built
under: one per article, one per category, one for the home page, one for lists (tags,
archive, search) and one for the shell every page shows (header, menu, footer). Purging is
bumping the counters a change touches, so every page that showed it is rebuilt on its next
request, whichever web process serves it (within PAGE_CACHE_RECHECK_SECONDS, one second, for
a page a process holds in memory). After a purge one process rebuilds a page that had a copy
(a lock in Redis, PAGE_CACHE_REBUILD_SECONDS at most) while the others serve that copy, so a
publish under load sends one worker to the database, not all; on the hot pages that list
things (home, categories) that process, too, answers with the copy and rebuilds after sending.

A page therefore lives until a change purges it or until its next scheduled change (the
``expires`` of ``cached_page``); PAGE_CACHE_SECONDS (a day) is only a safety net. What ages
by itself on every page that shows it ("Đọc nhiều") is a live block (``live_block``): the
stored page holds a marker in its place, and the block's current HTML, rendered in each
process at most once per its own period, is put in whenever the page is served, so the block
is refreshed without purging or rebuilding a page.
"""

import atexit
import contextvars
import functools
import hashlib
import logging
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, quote_etag

from .cache import redis_client

logger = logging.getLogger(__name__)

# The scopes every app shares: the shell every page shows (header, menu, footer), the home
# page, and the lists (tags, archive, search). Apps name their own (an article, a category).
SHELL = ("shell", "")
# How a cached page was served: hit, stale (during another process's rebuild) or built.
SERVED_HEADER = "X-Page-Cache"
HOME = ("home", "")
LISTS = ("lists", "")
# Training conferences and commendation decisions in the search (the home page shows them as live blocks).
RECORDS = ("records", "")
# The home page's banners, kept in each process between their changes (``kept_value``).
BANNERS = ("banners", "")


def _key(scope: str, ident: object = "") -> str:
    return f"pagecache:gen:{scope}:{ident}"


def bump(scope: str, ident: object = "") -> bool:
    """Invalidate every cached page whose key includes this counter; ``False`` when Redis did
    not answer, and the purge is then owed (a row the owed-work sweep redoes). Never raises:
    it runs after commits, where an error would fail a saved change."""
    return bump_together((scope, ident))


def bump_together(*counters: tuple[str, object]) -> bool:
    """``bump`` for several counters at once, in one Redis transaction: a page that reads two
    of them (the home page: its own and the lists') sees both moved or neither, so it is rebuilt
    once, not once per counter. ``False`` when Redis did not answer, every purge then owed."""
    redis = redis_client()
    if redis is None:  # the embedded default: local memory, which cannot fail
        for scope, ident in counters:
            key = _key(scope, ident)
            try:
                cache.incr(key)
            except ValueError:  # not there yet
                cache.set(key, 1, timeout=None)
        return True
    try:
        # INCR starts a missing counter at 1, with no expiry; the cache reads it back as an int.
        with redis.pipeline(transaction=True) as pipeline:
            for scope, ident in counters:
                pipeline.incr(cache.make_key(_key(scope, ident)))
            pipeline.execute()
        return True
    except Exception as error:  # noqa: BLE001 - Redis down or paused: the purge is owed instead
        named = ", ".join(f"{scope}:{ident}" for scope, ident in counters)
        logger.warning("purge of %s owed: Redis unavailable (%s)", named, type(error).__name__)
    for scope, ident in counters:
        try:
            # docs/architecture.md: a side effect is a row before it is a message. Through the
            # app registry, since the page cache sits below the models in the import order.
            apps.get_model("portal", "OwedPurge").objects.get_or_create(scope=scope, ident=str(ident))
        except Exception:  # noqa: BLE001 - logged; the page still ages out after PAGE_CACHE_SECONDS at worst
            logger.exception("purge of %s:%s lost", scope, ident)
    return False


def purge_shell_on_commit() -> None:
    """After the current transaction: every page, since the header, menu or footer changed."""
    transaction.on_commit(lambda: bump(*SHELL))


@dataclass
class _Copy:
    """A page as this process keeps it: built at ``built_at`` under ``generations``, last
    confirmed current at ``checked_at``, served until ``expires_at`` (all ``time.time()``,
    comparable across processes). ``content`` holds the markers of the live ``blocks`` it
    shows, and ``etag`` is that content's."""

    checked_at: float
    built_at: float
    generations: tuple
    content: bytes
    content_type: str
    etag: str
    blocks: tuple[str, ...]
    expires_at: float

    @functools.cached_property
    def parts(self) -> list[bytes]:
        """``content`` split at its live blocks' markers (``_with_live_blocks``), once per copy
        rather than on every serve: replacing three markers in 30 KB took 0.1 ms."""
        return _LIVE_BLOCK_MARKER.split(self.content) if self.blocks else [self.content]


class _ProcessPages:
    """The pages this process served lately, so that a hit needs only the (small) generation
    counters from Redis, not the page itself, and within PAGE_CACHE_RECHECK_SECONDS of the
    last check not even those. Bounded; entries age out PAGE_CACHE_SECONDS after they were
    built. A lock, for threaded servers."""

    def __init__(self, size: int = 500) -> None:
        self.size = size
        self.entries: OrderedDict[str, _Copy] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str, timeout: int, now: float) -> _Copy | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is None or now - entry.built_at > timeout or now >= entry.expires_at:
                return None
            self.entries.move_to_end(key)
            return entry

    def drop(self, key: str) -> None:
        with self.lock:
            self.entries.pop(key, None)

    def put(self, key: str, entry: _Copy) -> None:
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


_process_pages = _ProcessPages()


class _Deferred:
    """Redis commands of ``on_hit`` for pages served without a round trip (a view counted).

    They are queued in one pipeline that rides on this process's next check of a page it
    holds, or is sent on its own once it is PAGE_CACHE_RECHECK_SECONDS old and the process
    serves another request, and at exit. A process killed outright loses at most what it
    queued since its last request. A lock keeps threads from adding to a pipeline being sent.
    """

    def __init__(self) -> None:
        self.pipeline = None
        self.since = 0.0
        self.lock = threading.Lock()

    def add(self, redis, on_hit, now: float) -> None:
        with self.lock:
            if self.pipeline is None:
                self.pipeline, self.since = redis.pipeline(transaction=False), now
            on_hit(self.pipeline)

    def take(self, redis):
        """The pipeline to send now, holding whatever was queued; and how many commands that is."""
        with self.lock:
            pipeline, self.pipeline = self.pipeline, None
        if pipeline is None:
            return redis.pipeline(transaction=False), 0
        return pipeline, len(pipeline)

    def send_if_due(self, now: float) -> None:
        if self.pipeline is not None and now - self.since >= settings.PAGE_CACHE_RECHECK_SECONDS:
            self.send()

    def send(self) -> None:
        with self.lock:
            pipeline, self.pipeline = self.pipeline, None
        if pipeline is not None:
            try:
                pipeline.execute()
            except Exception:  # noqa: BLE001 - a lost view is better than a failed page
                logger.warning("%d deferred page-hit commands lost: Redis unavailable", len(pipeline))


_deferred = _Deferred()
atexit.register(_deferred.send)


class _KeptValues:
    """Values kept in this process under the generations they were read at: the shell's (the
    profile, the menu, the agency links) and, for a block of the home page, also its own (the
    announcements, the banners, the documents), so that a page built here reads none of them
    again until a change bumps one of those counters (docs/architecture.md: cheap public pages).
    A generation is asked of Redis at most once per PAGE_CACHE_RECHECK_SECONDS, and every page
    check that reads one anyway tells it here for free."""

    def __init__(self) -> None:
        # name -> (generations, the moment it expires or None, value)
        self.values: dict[str, tuple[tuple[int, ...], float | None, object]] = {}
        # generation key -> (generation, when Redis last told it); only the keys values use
        self.generations: dict[str, tuple[int, float]] = {}
        self.lock = threading.Lock()

    def seen(self, keys: list[str], generations: tuple, now: float) -> None:
        """A page check read these counters: refresh those that kept values use."""
        with self.lock:
            for key, generation in zip(keys, generations, strict=True):
                if key in self.generations:
                    self.generations[key] = (generation, now)

    def current_generations(self, keys: list[str], now: float) -> tuple[int, ...] | None:
        """The generations of ``keys``, or ``None`` when Redis cannot say (then nothing is kept)."""
        known = self.generations
        due = [key for key in keys if key not in known or now - known[key][1] >= settings.PAGE_CACHE_RECHECK_SECONDS]
        if due:
            redis = redis_client()
            if redis is None:
                raw = [cache.get(key, 0) for key in due]
            else:
                try:
                    raw = redis.mget([cache.make_key(key) for key in due])
                except Exception:  # noqa: BLE001 - Redis down: read the values as without this
                    return None
            with self.lock:
                for key, generation in zip(due, raw, strict=True):
                    known[key] = (int(generation) if generation is not None else 0, now)
        return tuple(known[key][0] for key in keys)


_kept_values = _KeptValues()
# At most this many values are kept per process (a few dozen in practice).
KEPT_VALUES = 256


def kept_value(name: str, load, *, scopes: tuple[tuple[str, object], ...] = (), expires=None):
    """``load()``, kept in this process while the generations of the shell and of ``scopes``
    stand (the services that change what it shows bump them) and, when ``expires(value)`` gives
    a moment (the next scheduled change of what it shows, which ``load`` asks before reading
    it), until then."""
    keys = [_key(*SHELL), *(_key(*scope) for scope in scopes)]
    now = time.time()
    generations = _kept_values.current_generations(keys, now)
    if generations is None:
        return load()
    kept = _kept_values.values.get(name)
    if kept is not None and kept[0] == generations and (kept[1] is None or now < kept[1]):
        return kept[2]
    value = load()
    moment = expires(value) if expires is not None else None
    with _kept_values.lock:
        values = _kept_values.values
        if name not in values and len(values) >= KEPT_VALUES:
            # Names can come from requests (a shell part per current menu entry or bilingual
            # page, 404s included): drop what older generations left, then the oldest.
            for stale in [key for key, entry in values.items() if entry[0][0] != generations[0]]:
                del values[stale]
            while len(values) >= KEPT_VALUES:
                del values[next(iter(values))]
        values[name] = (generations, moment.timestamp() if moment is not None else None, value)
    return value


@dataclass
class _LiveBlock:
    """A block registered with ``live_block``: its HTML as this process last rendered it, at
    ``rendered_at`` (``time.time()``), with a short hash of that HTML (its version), as one
    pair so that a thread never reads one render's HTML with another's version."""

    name: str
    render: Callable[[], str]
    seconds: int
    marker: bytes
    current: tuple[bytes, str] = (b"", "")
    rendered_at: float | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


_live_blocks: dict[str, _LiveBlock] = {}
_LIVE_BLOCK_NAME = re.compile(r"[a-z0-9_-]+")
# True while cached_page builds a page it may keep: only then does a live block leave its marker.
_building = contextvars.ContextVar("pagecache_building", default=False)


def live_block(name: str, render: Callable[[], str], *, seconds: int) -> None:
    """Register a block that ages by itself (the most-read list): ``render()`` gives its HTML,
    with no request (it is the same on every page and for everybody), at most once per
    ``seconds`` in each process. Called once per block when the app that owns it is ready."""
    if not _LIVE_BLOCK_NAME.fullmatch(name):
        raise ValueError(f"a live block's name is lower-case letters, digits, '_' or '-', not {name!r}")
    if seconds < 1:
        raise ValueError("a live block is rendered again after a second at least")
    _live_blocks[name] = _LiveBlock(name, render, seconds, _marker(name.encode()))


def _current(block: _LiveBlock, now: float) -> tuple[bytes, str]:
    """The block's HTML and version, rendered again when its period has passed (one thread
    renders; the others serve the previous HTML meanwhile). A render that fails (the database
    down while pages are served from Redis) keeps the previous HTML until the next period."""
    rendered_at = block.rendered_at
    if rendered_at is not None and rendered_at <= now < rendered_at + block.seconds:
        return block.current
    if not block.lock.acquire(blocking=rendered_at is None):
        return block.current
    try:
        if block.rendered_at == rendered_at:  # no other thread rendered it meanwhile
            html = block.current[0]
            try:
                # A block is the same on every page, and the public pages are in the site's language.
                with translation.override(settings.LANGUAGE_CODE):
                    html = str(block.render()).encode()
            except Exception:  # noqa: BLE001 - a block never fails the page that shows it
                logger.exception("live block %s not rendered: its previous HTML is served", block.name)
            block.current = (html, hashlib.md5(html, usedforsecurity=False).hexdigest()[:8])
            block.rendered_at = now
    finally:
        block.lock.release()
    return block.current


def live_block_placeholder(name: str, *, cacheable: bool) -> str:
    """What a template writes for the block: its marker in a page ``cached_page`` is building
    to keep (the page is then served with the block's current HTML in its place), otherwise
    (a preview, page caching off, a page outside the cache) the block's HTML itself."""
    block = _live_blocks[name]
    if cacheable and _building.get():
        return block.marker.decode()
    return _current(block, time.time())[0].decode()


def _live_blocks_in(content: bytes) -> tuple[str, ...]:
    return tuple(name for name, block in _live_blocks.items() if block.marker in content)


# A live block's marker in a stored page; split at it, a page is text, a block's name, text, …
_LIVE_BLOCK_MARKER = re.compile(rb"<!--live-block:([a-z0-9_-]+)-->")


def _marker(name: bytes) -> bytes:
    return b"<!--live-block:" + name + b"-->"


def _with_live_blocks(parts: list[bytes], etag: str, now: float) -> tuple[bytes, str, int | None]:
    """The page split at its markers (``_Copy.parts``) with each block's current HTML in place
    of its marker, the ETag to send (the page's own combined with the blocks' versions, so that
    a conditional GET sees a block change; empty stays empty), and the shortest period among
    the blocks (``None`` without any)."""
    if len(parts) == 1:
        return parts[0], etag, None
    pieces, versions, shortest = [], [], None
    for index, part in enumerate(parts):
        block = _live_blocks.get(part.decode()) if index % 2 else None
        if block is None:  # text, or a block no longer registered: its marker stays, an HTML comment
            pieces.append(part if index % 2 == 0 else _marker(part))
            continue
        html, version = _current(block, now)
        pieces.append(html)
        versions.append(version)
        shortest = block.seconds if shortest is None else min(shortest, block.seconds)
    if etag and versions:
        etag = quote_etag(f"{etag.strip(chr(34))}-{'.'.join(versions)}")
    return b"".join(pieces), etag, shortest


def reset() -> None:
    """Forget what this process holds: its pages, the kept values, the live blocks' HTML and
    its queued page-hit commands (for tests, after the Redis they were checked against was emptied)."""
    with _process_pages.lock:
        _process_pages.entries.clear()
    with _kept_values.lock:
        _kept_values.values.clear()
        _kept_values.generations.clear()
    for block in _live_blocks.values():
        with block.lock:
            block.current, block.rendered_at = (b"", ""), None
    with _deferred.lock:
        _deferred.pipeline = None


def _confirmed_copy(redis, copy: _Copy, generation_keys: list[str], on_hit, now: float) -> tuple[bool, bool]:
    """Whether this process's ``copy`` is current, and whether ``on_hit``'s commands were sent."""
    if now - copy.checked_at < settings.PAGE_CACHE_RECHECK_SECONDS:
        if on_hit is not None:
            _deferred.add(redis, on_hit, now)
        _deferred.send_if_due(now)
        return True, on_hit is not None
    pipeline, queued = _deferred.take(redis)
    pipeline.mget([cache.make_key(key) for key in generation_keys])
    if on_hit is not None:
        on_hit(pipeline)
    try:
        raw = pipeline.execute()[queued]
    except Exception:  # noqa: BLE001 - Redis down: serve as without a cache
        logger.warning("page cache check failed, %d deferred page-hit commands lost: Redis unavailable", queued)
        return False, False
    current = tuple(int(value) if value is not None else 0 for value in raw)
    _kept_values.seen(generation_keys, current, now)
    if current != copy.generations:
        return False, on_hit is not None
    copy.checked_at = now
    return True, on_hit is not None


def _shared_copy(page_key: str, generation_keys: list[str], now: float) -> tuple[_Copy | None, tuple, _Copy | None]:
    """The shared copy of a page if current, the current generations, and the shared copy if
    it is out of date but not past its own expiry (a stale copy worth serving during a rebuild)."""
    found = cache.get_many([page_key, *generation_keys])
    generations = tuple(found.get(key, 0) for key in generation_keys)
    if generation_keys[0] in found:  # the counters answered (the shell's is always there)
        _kept_values.seen(generation_keys, generations, now)
    shared = found.get(page_key)
    if shared is None or now >= shared[-1]:
        return None, generations, None
    if shared[1] == generations:
        return _Copy(now, *shared), generations, None
    return None, generations, _Copy(0.0, *shared)


def _rebuild_lock(redis, page_key: str) -> tuple[str, str] | None:
    """Take the right to rebuild a page: ``(page_key, token)`` when this process is to build
    it, ``None`` while another process holds it. When Redis does not answer, this process
    builds (the token is then empty: nothing to release): it never waits on Redis. The lock
    lapses after PAGE_CACHE_REBUILD_SECONDS, so a builder that died or is slow holds nobody
    back longer than that."""
    if redis is None:
        return page_key, ""
    token = secrets.token_hex(8)
    try:
        key = cache.make_key(f"pagecache:rebuild:{page_key}")
        taken = redis.set(key, token, nx=True, px=max(1, int(settings.PAGE_CACHE_REBUILD_SECONDS * 1000)))
    except Exception:  # noqa: BLE001 - Redis down or paused: build the page as without a cache
        return page_key, ""
    return (page_key, token) if taken else None


def _rebuild_unlock(redis, lock: tuple[str, str]) -> None:
    page_key, token = lock
    if redis is None or not token:
        return
    key = cache.make_key(f"pagecache:rebuild:{page_key}")
    try:
        # Only our own lock: after it lapsed another process may hold a new one.
        if redis.get(key) == token.encode():
            redis.delete(key)
    except Exception:  # noqa: BLE001 - the lock lapses by itself
        logger.warning("page rebuild lock left to lapse: Redis unavailable")


def _build_and_store(build, page_key: str, generations: tuple, redis, now: float, timeout: int, expires):
    """``build()``'s response, stored in the shared cache and this process when it may be, and
    sent with the live blocks' current HTML in place of their markers."""
    building = _building.set(True)
    try:
        response = build()
        if hasattr(response, "render"):
            response.render()
    finally:
        _building.reset(building)
    lifetime = timeout
    if expires is not None and response.status_code == 200:
        change = expires()
        if change is not None:
            lifetime = min(lifetime, int(change.timestamp() - now))
    if not response.streaming:
        blocks = _live_blocks_in(response.content)
        etag = ""
        if lifetime > 0 and response.status_code == 200 and not response.cookies:
            etag = quote_etag(hashlib.md5(response.content, usedforsecurity=False).hexdigest())
            stored = (now, generations, response.content, response["Content-Type"], etag, blocks, now + lifetime)
            cache.set(page_key, stored, lifetime)
            response._page_stored = True
            if redis is not None:
                _process_pages.put(page_key, _Copy(now, *stored))
        if blocks:
            parts = _LIVE_BLOCK_MARKER.split(response.content)
            response.content, etag, shortest = _with_live_blocks(parts, etag, now)
            lifetime = min(lifetime, shortest)
        if etag:
            response["ETag"] = etag
    response._page_lifetime = lifetime
    return response


class _RebuildAfterSending(HttpResponse):
    """The previous copy of a page, answered at once; the page is rebuilt when the server closes
    the response, after its last byte went out (WSGI ``close()``), so that the reader who
    triggered the rebuild does not wait for it either (``_rebuild``: a rebuild that gives no
    page to keep drops the previous copy)."""

    def __init__(self, *args, rebuild: Callable[[], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._rebuild = rebuild

    def close(self) -> None:
        rebuild, self._rebuild = self._rebuild, None
        try:
            if rebuild is not None:
                rebuild()
        except Exception:  # noqa: BLE001 - the previous copy is kept; the lock is released
            logger.exception("page rebuild after the response failed")
        finally:
            super().close()


def _drop_copy(page_key: str) -> None:
    """Forget a page everywhere it is kept: this process, then the shared cache."""
    _process_pages.drop(page_key)
    try:
        cache.delete(page_key)
    except Exception:  # noqa: BLE001 - Redis down: the copy cannot be served from it either
        logger.warning("a page copy not dropped: Redis unavailable")


def _rebuild(
    build, page_key: str, generations: tuple, redis, now: float, timeout: int, expires, *, lock, replaces: bool
):
    """``_build_and_store``, then the rebuild lock released. When the page had a copy
    (``replaces``) and the build gives none to keep (a 404: the article was withdrawn, the
    category removed), that copy is dropped, so that no reader is served it as the previous
    copy during a later rebuild. Other errors keep it (the database down: readers get the
    previous page meanwhile)."""
    stored = True
    try:
        response = _build_and_store(build, page_key, generations, redis, now, timeout, expires)
        stored = getattr(response, "_page_stored", False)
        return response
    except Http404:
        stored = False
        raise
    finally:
        if replaces and not stored:
            _drop_copy(page_key)
        if lock is not None:
            _rebuild_unlock(redis, lock)


def _rebuild_later(request, build, page_key: str, generations: tuple, redis, lock, timeout: int, expires):
    """What ``_RebuildAfterSending`` runs: rebuild the page, in the language of its request."""

    def rebuild() -> None:
        try:
            with translation.override(getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)):
                _rebuild(build, page_key, generations, redis, time.time(), timeout, expires, lock=lock, replaces=True)
        except Http404:
            pass  # the page is gone: its next reader is answered 404

    return rebuild


def _signed_in(request) -> bool:
    """Whether the reader has a session: staff, who are the ones to look at a page right after
    changing it (public pages start none), so they wait for the build and see their change."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def cached_page(
    request,
    scopes: list[tuple[str, object]],
    build,
    *,
    params: tuple[str, ...] = (),
    on_hit=None,
    expires=None,
    rebuild_after_sending: bool = False,
):
    """The response of ``build()`` from the cache, valid while the generations of ``scopes`` stand.

    The key is the host, the path and only the query parameters in ``params`` (sorted, each
    value parsed and encoded again), so that a link shared with ``?fbclid=…`` or
    ``?utm_source=…`` hits the same entry, and no crafted value can reach another page's entry. An entry
    records the generations it was built under. A page this process served lately is
    checked against the current generations with one round trip to Redis, at most once per
    PAGE_CACHE_RECHECK_SECONDS (so a purge reaches every process within that second);
    otherwise one round trip fetches them with the shared copy. Public pages hold nothing
    personal (no CSRF token, no messages, no user name), so one copy serves everyone; only
    200 responses are stored, for PAGE_CACHE_SECONDS at most (a safety net: a change purges
    the page long before).

    ``expires()``, called when the page is built, may give the moment at which the page
    changes by itself (the next scheduled go-live or removal of an article it could show):
    the copy is not served from that moment on, in any process, whether or not a worker has
    purged anything (docs/architecture.md: what the public sees is decided in one place).

    A live block the page shows (``live_block``) is stored as its marker and put in, with its
    current HTML, whenever the page is served: from this process's copy, the shared one, a
    stale one during a rebuild, or freshly built. The ETag sent is the stored page's combined
    with the blocks' versions, and ``Cache-Control: max-age`` is at most the shortest block's
    period, so neither a browser's conditional GET nor a proxy keeps an old block.

    ``on_hit(pipeline)`` may add Redis commands that must run whenever the page is served
    from a copy (an article counts a view): they ride on the same round trip, or on this
    process's next one when the copy needed none. The response's ``on_hit_done`` says
    whether they were taken care of.

    ``rebuild_after_sending``, for pages that list things (the home page, a category), where the
    previous copy is harmless for the moment a build takes: the reader who takes the rebuild
    lock is answered with the previous copy too, and the page is rebuilt once that answer has
    been sent (only when Redis gave the lock, so that the new copy can be kept). So no reader of
    a hot page waits for a rebuild after a publish. A signed-in reader (the editor checking what
    they just published) still waits for the build and sees the change. Pages of one thing (an
    article, which may just have been withdrawn) are rebuilt before they are sent.

    The ``X-Page-Cache`` header says how the page was served: ``hit`` (a current copy),
    ``stale`` (the previous copy while another process rebuilds it), ``rebuilding`` (the
    previous copy, this process rebuilding it after sending) or ``built``, for an operator's
    curl and for bench/public_pages.py, which counts the rebuilds after a publish.
    """
    timeout = settings.PAGE_CACHE_SECONDS
    if not timeout:
        response = build()
        response.on_hit_done = False
        return response
    # Parsed, then encoded again: a value holding "&" or "=" (sent as %26, %3D) cannot pose as
    # another parameter, so "?chuyen-muc=X%26q%3DY" and "?chuyen-muc=X&q=Y" are two entries.
    query = urlencode([(name, value) for name in sorted(params) for value in request.GET.getlist(name)])
    address = f"{request.get_host()}{request.path}?{query}"
    page_key = "pagecache:page5:" + hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    generation_keys = [_key(scope, ident) for scope, ident in (SHELL, *scopes)]
    redis = redis_client()
    now = time.time()
    copy = _process_pages.get(page_key, timeout, now) if redis is not None else None
    on_hit_done = False
    generations = ()
    stale = None  # a copy built under older generations: served while another process rebuilds
    if copy is not None:
        current, on_hit_done = _confirmed_copy(redis, copy, generation_keys, on_hit, now)
        if not current:
            stale, copy = copy, None
    lock = None
    if copy is None:
        if redis is not None:
            _deferred.send_if_due(now)
        copy, generations, shared_stale = _shared_copy(page_key, generation_keys, now)
        stale = stale or shared_stale
        if copy is None and stale is not None:
            # docs/architecture.md, cheap public pages: after a purge one process rebuilds the
            # page and the others serve the copy they have, for the lock's few seconds at most.
            lock = _rebuild_lock(redis, page_key)
            if lock is None:
                copy = stale
            else:
                # Another process may have stored the page between our read and our lock.
                copy, generations, _unused = _shared_copy(page_key, generation_keys, now)
                if copy is not None:
                    _rebuild_unlock(redis, lock)
                    lock = None
        if copy is not None and copy is not stale and redis is not None:
            _process_pages.put(page_key, copy)
    if copy is not None:
        # Only the bytes, type, ETag and the live blocks' names are stored: cheaper to load
        # than a pickled response.
        content, etag, shortest = _with_live_blocks(copy.parts, copy.etag, now)
        response = HttpResponse(content, content_type=copy.content_type)
        response[SERVED_HEADER] = "stale" if copy is stale else "hit"
        response["ETag"] = etag
        max_age = 0 if copy is stale else int(copy.expires_at - now)
        if shortest is not None:
            max_age = min(max_age, shortest)
    elif lock is not None and lock[1] and rebuild_after_sending and not _signed_in(request):
        rebuild = _rebuild_later(request, build, page_key, generations, redis, lock, timeout, expires)
        content, _etag, _shortest = _with_live_blocks(stale.parts, stale.etag, now)
        response = _RebuildAfterSending(content, content_type=stale.content_type, rebuild=rebuild)
        response[SERVED_HEADER] = "rebuilding"
        # No ETag, and no-store so that ConditionalGetMiddleware computes none: a "304 Not
        # Modified" would replace this response, and the rebuild would never run.
        response["Cache-Control"] = "no-store"
        response.on_hit_done = on_hit_done
        return response
    else:
        response = _rebuild(
            build, page_key, generations, redis, now, timeout, expires, lock=lock, replaces=stale is not None
        )
        max_age = getattr(response, "_page_lifetime", 0)
        response[SERVED_HEADER] = "built"
    response.on_hit_done = on_hit_done
    # A proxy in front may keep the page no longer than the portal would (never past its
    # change, nor past a live block's period), and no longer than PAGE_CACHE_PROXY_SECONDS:
    # no purge reaches it.
    max_age = min(timeout, settings.PAGE_CACHE_PROXY_SECONDS, max_age)
    patch_cache_control(response, public=True, max_age=max(0, max_age))
    return response
