"""Shared fixtures: the real Redis cache emptied per test, a real Celery worker, an SMTP sink, media folders of a
test's own, and the articles that the pages of more than one app are tested with."""

import datetime
import importlib
import os
import pkgutil
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import time_machine
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message
from celery.contrib.testing.worker import start_worker
from defusedxml import ElementTree
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from django_redis import get_redis_connection

from news.enums import ArticleStatus
from news.models import Article
from news.services.articles import search_index_refresh
from portal import pagecache
from portal.cache import broker_breaker, redis_breaker
from portal.celery import app as celery_app
from portal.models import SiteProfile
from portal.text import normalize_search_text
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory

CLOCK_SHIFT_VARIABLE = "PORTAL_TEST_CLOCK_SHIFT_DAYS"


def pytest_configure(config: pytest.Config) -> None:
    """Move the whole run's clock forward by ``PORTAL_TEST_CLOCK_SHIFT_DAYS`` days, if set.

    Proves that no test depends on the day it runs: a test that mixes a fixed calendar date
    with objects made at the real "now" fails when the clock is years ahead. The clock keeps
    ticking; a test's own ``time_machine.travel`` nests inside the shift.
    """
    days = os.environ.get(CLOCK_SHIFT_VARIABLE, "").strip()
    if not days:
        return
    try:
        shift = datetime.timedelta(days=int(days))
    except ValueError:
        raise pytest.UsageError(f"{CLOCK_SHIFT_VARIABLE} must be a whole number of days, not {days!r}") from None
    traveller = time_machine.travel(datetime.datetime.now(datetime.UTC) + shift, tick=True)
    traveller.start()
    config.add_cleanup(traveller.stop)


def child_clock_prelude() -> str:
    """Python source a child process runs first, so that its clock agrees with this run's.

    Empty unless the run's clock is shifted (``PORTAL_TEST_CLOCK_SHIFT_DAYS``); then the child
    travels to this process's "now" and keeps ticking.
    """
    if not os.environ.get(CLOCK_SHIFT_VARIABLE, "").strip():
        return ""
    return f"import time_machine; time_machine.travel({time.time()!r}, tick=True).start(); "


def pytest_report_header(config: pytest.Config) -> str | None:
    days = os.environ.get(CLOCK_SHIFT_VARIABLE, "").strip()
    if days:
        return f"clock shifted by {days} days: now is {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC"
    return None


@pytest.fixture(scope="session", autouse=True)
def _catalogs_and_static_files() -> None:
    # What a deployment prepares before serving: the compiled Vietnamese/English catalogs,
    # and the hashed static files that pages link to with DEBUG off (STATIC_ROOT).
    call_command("compilemessages", ignore_patterns=[".venv", "var"], verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings) -> None:
    # Factories create many users; the production hasher's 1,000,000 rounds would dominate
    # the suite's time. Password checks themselves are Django's, not under test here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache(settings) -> Iterator[None]:
    # A page a process holds is checked against Redis on every request in tests, so that a
    # purge shows at once; tests/portal/test_pagecache.py covers the one-second window.
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    # Only the portal's own keys: the Celery broker shares the Redis database.
    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
        redis = get_redis_connection("default")
        for key in redis.scan_iter("portal:news:*"):  # view-count buffers, outside the cache's prefix
            redis.delete(key)
    else:
        cache.clear()
    pagecache.reset()  # pages this process served, checked against the counters just emptied
    # A slow answer in an earlier test must not leave this process refusing Redis or the broker.
    redis_breaker.reset()
    broker_breaker.reset()
    yield


def _reapply_role_migrations() -> None:
    """Run every app's ``*_roles`` data migration again with the live app registry."""
    for label in ("portal", "news", "trainings", "awards"):
        package = importlib.import_module(f"{label}.migrations")
        for module in sorted(m.name for m in pkgutil.iter_modules(package.__path__)):
            if "roles" in module:
                importlib.import_module(f"{label}.migrations.{module}").forwards(apps, None)


@pytest.fixture(autouse=True)
def _roles_survive_transactional_tests(request) -> None:
    # A transactional test (worker, browser) ends by emptying every table, which takes the
    # role groups made by data migrations with it; put them back for the tests that follow.
    marker = request.node.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction", False)
    if transactional or {"transactional_db", "live_server"} & set(request.fixturenames):
        request.getfixturevalue("transactional_db")
        if not Group.objects.exists():
            _reapply_role_migrations()


@pytest.fixture
def celery_worker(transactional_db) -> Iterator[object]:
    """A real Celery worker (in a thread of this process) consuming from the Redis broker.

    Tasks run against the test database; they see only committed rows, hence
    ``transactional_db``.
    """
    celery_app.control.purge()
    with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=20) as worker:
        yield worker


def wait_until(condition: Callable[[], object], *, timeout: float = 20.0, interval: float = 0.1) -> object:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout`` seconds.

    For waiting on another process (the worker, a browser), never for the passing of time.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


def after_purge(client, url: str) -> str:
    """A purged page of lists (home, category) as an anonymous reader sees it: the first reader is
    answered with the previous copy and rebuilds the page after sending it (portal/pagecache.py,
    ``rebuild_after_sending``); the next reader gets the new copy. Its HTML."""
    assert client.get(url)["X-Page-Cache"] == "rebuilding"
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    return response.text


class SmtpSink:
    """A real SMTP server on localhost that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list = []
        sink = self

        class Keep(Message):
            def handle_message(self, message) -> None:
                sink.messages.append(message)

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller = Controller(Keep(), hostname="127.0.0.1", port=self.port)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def smtp_sink(settings) -> Iterator[SmtpSink]:
    """Route Django's mail through a real SMTP server; ``smtp_sink.messages`` holds what arrived."""
    sink = SmtpSink()
    sink.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture(scope="session", autouse=True)
def _allow_sync_db_under_playwright() -> None:
    # Playwright's sync API runs an event loop in the test thread; Django refuses database
    # access there unless told that the test, not a coroutine, is touching it.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def site_profile(db):
    """The department's profile row, as every installed portal has (pages read it once, then cache it)."""
    return SiteProfile.objects.create(pk=1, name="Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm")


def sitemap_locations(client) -> list[str]:
    """Every <loc> of every section listed in /sitemap.xml, in order."""
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = []
    for section in index.findall("s:sitemap/s:loc", namespace):
        path = section.text.removeprefix("http://testserver")
        urlset = ElementTree.fromstring(client.get(path).content)
        locations += [loc.text for loc in urlset.findall("s:url/s:loc", namespace)]
    return locations


def bulk_articles(count: int, **fields) -> list[Article]:
    """``count`` published articles in one INSERT, for the query-count tests."""
    author = fields.pop("created_by", None) or UserFactory()
    category = fields.pop("category", None) or CategoryFactory()
    now = timezone.now()
    return Article.objects.bulk_create(
        Article(
            title=f"Tin số {n}: hoạt động truyền thông giáo dục",
            slug=f"tin-so-{n}",
            lead="Sapo của bài viết.",
            body="<p>Nội dung.</p>",
            category=category,
            created_by=author,
            status=ArticleStatus.PUBLISHED,
            publish_at=now - datetime.timedelta(minutes=n + 1),
            went_live_at=now,
            **fields,
        )
        for n in range(count)
    )


def indexed(**fields):
    """A published article with its search columns filled as the save service fills them."""
    article = ArticleFactory(published=True, **fields)
    article.search_title = normalize_search_text(article.title)
    article.search_document = normalize_search_text(f"{article.title} {article.lead} {fields.get('body', '')}")
    article.save(update_fields=["search_title", "search_document"])
    search_index_refresh(article_ids=[article.pk])
    return article


@pytest.fixture
def articles():
    """Three searchable articles: one matching "truyền thông" in its title, one in its body, one not at all."""
    return {
        "title": indexed(title="Tập huấn kỹ năng truyền thông cho cán bộ quản lý", lead="Lớp học hai ngày."),
        "body": indexed(
            title="Khai giảng năm học mới ở Krông Pắc",
            lead="Hơn 20.000 học sinh tựu trường.",
            body="<p>Nhà trường chú trọng công tác truyền thông với phụ huynh.</p>",
        ),
        "other": indexed(title="Thi tốt nghiệp THPT năm 2027", lead="Lịch thi và hướng dẫn ôn tập."),
    }


@pytest.fixture
def media(settings, tmp_path) -> Path:
    """MEDIA_ROOT in a folder of this test's own; the folder is returned."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def press_category():
    """The category whose articles are the press releases (news on the spokesperson's page)."""
    return CategoryFactory(name="Thông cáo báo chí", slug="thong-cao-bao-chi", show_in_menu=False)


@pytest.fixture
def private_root(settings, tmp_path):
    """Private files (PRIVATE_MEDIA_ROOT) and media in folders of this test's own; the private folder is returned."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return tmp_path / "private"
