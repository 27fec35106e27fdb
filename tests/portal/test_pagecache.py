"""Tests of portal/pagecache.py: cached pages held by the process, conditional GETs, tracking parameters, views
counted on the way, live blocks."""

import datetime
import re
import threading
from types import SimpleNamespace
from urllib.request import urlopen

import pytest
import time_machine
from django.core.cache import cache
from django.db import OperationalError
from django.utils import timezone
from django_redis import get_redis_connection

from news.constants import CATEGORY_SCOPE
from news.counters import PENDING_KEY
from news.enums import ArticleStatus
from news.models import Article, ArticleDailyViews, Category
from news.services.articles import articles_go_live, search_index_refresh
from portal import pagecache, roles
from portal.cache import redis_breaker
from portal.pagecache import _process_pages
from portal.text import normalize_search_text
from portal.web.views import shell
from tests.conftest import wait_until
from tests.factories.awards import CommendationFactory
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory
from tests.factories.trainings import TrainingFactory

pytestmark = pytest.mark.django_db


def test_a_view_served_from_the_process_copy_is_counted_on_the_same_round_trip(client):
    article = ArticleFactory(published=True)
    first = client.get(article.get_absolute_url())  # built, stored; counted after it
    second = client.get(article.get_absolute_url())  # this process's copy: counted with the check
    assert (first.on_hit_done, second.on_hit_done) == (False, True)
    assert len(_process_pages.entries) == 1
    assert get_redis_connection("default").hget(PENDING_KEY, f"{article.pk}:{timezone.localdate().isoformat()}") == b"2"


def test_a_held_page_skips_redis_for_a_second_and_its_views_ride_on_the_next_check(client, settings, monkeypatch):
    settings.PAGE_CACHE_RECHECK_SECONDS = 1
    clock = SimpleNamespace(now=1000.0)
    monkeypatch.setattr(pagecache, "time", SimpleNamespace(time=lambda: clock.now))
    article = ArticleFactory(published=True, title="Khai giảng năm học mới ở vùng cao")
    field = f"{article.pk}:{timezone.localdate().isoformat()}"
    redis = get_redis_connection("default")

    assert client.get(article.get_absolute_url()).on_hit_done is False  # built; its view counted at once
    held = client.get(article.get_absolute_url())
    assert (held.status_code, held.on_hit_done) == (200, True)
    assert redis.hget(PENDING_KEY, field) == b"1"  # the second view waits for the next round trip

    Article.objects.filter(pk=article.pk).update(title="Lễ khai giảng được lùi một tuần")
    pagecache.bump("article", article.pk)
    assert "Khai giảng năm học mới" in client.get(article.get_absolute_url()).text  # within the second

    clock.now += 1.5
    fresh = client.get(article.get_absolute_url())
    assert "Lễ khai giảng được lùi một tuần" in fresh.text
    assert redis.hget(PENDING_KEY, field) == b"4"  # the two held views and this one, none twice


def test_held_views_are_sent_by_the_next_request_of_any_page_once_a_second_old(client, settings, monkeypatch):
    settings.PAGE_CACHE_RECHECK_SECONDS = 1
    clock = SimpleNamespace(now=1000.0)
    monkeypatch.setattr(pagecache, "time", SimpleNamespace(time=lambda: clock.now))
    read, other = ArticleFactory(published=True), ArticleFactory(published=True)
    field = f"{read.pk}:{timezone.localdate().isoformat()}"
    for _ in range(3):  # built (counted at once), then held twice (queued)
        client.get(read.get_absolute_url())
    redis = get_redis_connection("default")
    assert redis.hget(PENDING_KEY, field) == b"1"
    clock.now += 1.5
    client.get(other.get_absolute_url())  # a page this process does not hold
    assert redis.hget(PENDING_KEY, field) == b"3"


def test_conditional_get_answers_304(client):
    article = ArticleFactory(published=True)
    etag = client.get(article.get_absolute_url())["ETag"]
    assert client.get(article.get_absolute_url(), headers={"if-none-match": etag}).status_code == 304


def test_shared_links_with_tracking_parameters_hit_the_same_cached_page(client, django_assert_num_queries):
    article = ArticleFactory(published=True)
    client.get(article.get_absolute_url())
    with django_assert_num_queries(0):
        response = client.get(article.get_absolute_url(), {"fbclid": "IwAR0abc", "utm_source": "zalo"})
    assert response.status_code == 200
    # Another host name (an intranet address, say) gets its own copy, with its own links.
    other = client.get(article.get_absolute_url(), headers={"host": "localhost"}).content.decode()
    assert f'<link rel="canonical" href="http://localhost{article.get_absolute_url()}">' in other


@pytest.fixture
def news():
    category = CategoryFactory(name="Tin giáo dục", slug="tin-giao-duc")
    for title, in_category in (("Khai giảng năm học mới", category), ("Hội nghị tổng kết năm học", None)):
        ArticleFactory(
            published=True,
            category=in_category or CategoryFactory(),
            title=title,
            search_title=normalize_search_text(title),
        )
    search_index_refresh()


def test_an_encoded_ampersand_in_a_value_does_not_reach_another_pages_entry(client, news):
    forged = client.get("/tim-kiem/?chuyen-muc=tin-giao-duc%26q%3Dkhai")  # one parameter whose value has "&q="
    real = client.get("/tim-kiem/?chuyen-muc=tin-giao-duc&q=khai")
    assert forged.status_code == real.status_code == 200
    # The end of the title: search highlights the word it matched ("Khai").
    assert "giảng năm học mới" not in forged.content.decode()
    assert "giảng năm học mới" in real.content.decode()
    assert forged["ETag"] != real["ETag"]


def test_parameters_a_page_does_not_read_share_its_entry(client, news, django_assert_num_queries):
    first = client.get("/tim-kiem/?q=khai")
    with django_assert_num_queries(0):
        shared = client.get("/tim-kiem/?utm_source=zalo&q=khai&fbclid=abc")
    assert shared["ETag"] == first["ETag"]


def test_the_order_of_parameters_does_not_matter(client, news, django_assert_num_queries):
    first = client.get("/tim-kiem/?q=khai&chuyen-muc=tin-giao-duc")
    with django_assert_num_queries(0):
        again = client.get("/tim-kiem/?chuyen-muc=tin-giao-duc&q=khai")
    assert again["ETag"] == first["ETag"]


class CountedBuilds:
    """Counts the home page's builds, from any thread of the live server."""

    def __init__(self, monkeypatch) -> None:
        self.count = 0
        self.lock = threading.Lock()
        real = shell.home_page_data

        def counted():
            with self.lock:
                self.count += 1
            return real()

        monkeypatch.setattr(shell, "home_page_data", counted)


def test_a_publish_under_sixteen_readers_rebuilds_the_home_page_once(live_server, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_REBUILD_SECONDS = 30  # longer than any build here: the count, not the clock, is tested
    ArticleFactory(published=True, title="Tin cũ trên trang chủ")
    builds = CountedBuilds(monkeypatch)
    url = f"{live_server.url}/"

    def get(url: str):
        return urlopen(url)  # noqa: S310 - the live server's own http address

    assert "Tin cũ trên trang chủ" in get(url).read().decode()  # built once, then held
    assert builds.count == 1

    news = ArticleFactory(
        status=ArticleStatus.PUBLISHED, publish_at=timezone.now() - datetime.timedelta(seconds=1), title="Tin mới lên"
    )
    statuses, served, seen_new, stop = [], [], set(), threading.Event()

    def reader(number: int) -> None:
        while not stop.is_set():
            with get(url) as response:
                statuses.append(response.status)
                served.append(response.headers["X-Page-Cache"])
                if "Tin mới lên" in response.read().decode():
                    seen_new.add(number)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    wait_until(lambda: len(statuses) >= 32)  # every reader is reading the held copy
    assert articles_go_live() == [news.pk]  # the go-live purges the home page after its commit
    wait_until(lambda: len(seen_new) == 16, timeout=60)  # every reader has had the new page
    stop.set()
    for thread in threads:
        thread.join()
    assert builds.count == 2  # the first build, and one rebuild after the publish
    assert set(statuses) == {200}
    # What the header tells an operator (and the benchmark): the reader who took the rebuild got
    # the previous copy at once, as the others did during the rebuild; nobody waited for a build.
    assert served.count("rebuilding") == 1
    assert set(served) <= {"hit", "stale", "rebuilding"}


def test_the_reader_who_takes_the_home_pages_rebuild_is_answered_with_the_previous_copy(client, settings, monkeypatch):
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    builds = CountedBuilds(monkeypatch)
    ArticleFactory(published=True, title="Tin cũ trên trang chủ")
    client.get("/")
    ArticleFactory(published=True, title="Tin mới lên")
    pagecache.bump(*pagecache.HOME)  # what the publication does after its commit
    answered = client.get("/")
    assert (answered.status_code, answered["X-Page-Cache"]) == (200, "rebuilding")
    assert ("Tin cũ trên trang chủ" in answered.text, "Tin mới lên" in answered.text) == (True, False)
    assert (answered.has_header("ETag"), answered["Cache-Control"]) == (False, "no-store")
    assert builds.count == 2  # rebuilt when the response was closed, after its last byte
    fresh = client.get("/")
    assert (fresh["X-Page-Cache"], "Tin mới lên" in fresh.text) == ("hit", True)


def test_a_browser_holding_the_previous_copy_is_not_answered_304_by_the_rebuilding_reader(client, settings):
    """A 304 would replace the response that runs the rebuild: the page would wait for the lock to
    lapse. A category page has no live block, so its ETag is the one Django would compute."""
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    category = CategoryFactory(name="Thi cử")
    ArticleFactory(published=True, category=category, title="Lịch thi học kỳ một")
    url = category.get_absolute_url()
    etag = client.get(url)["ETag"]
    ArticleFactory(published=True, category=category, title="Lịch thi học kỳ hai")
    pagecache.bump(CATEGORY_SCOPE, category.slug)
    answered = client.get(url, headers={"if-none-match": etag})
    assert (answered.status_code, answered["X-Page-Cache"]) == (200, "rebuilding")
    fresh = client.get(url, headers={"if-none-match": etag})
    assert (fresh.status_code, "Lịch thi học kỳ hai" in fresh.text) == (200, True)


def test_a_rebuild_that_fails_keeps_the_previous_copy_for_the_next_readers(client, settings, monkeypatch, caplog):
    """The database down during a rebuild: readers keep getting the previous home page, not an error."""
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    ArticleFactory(published=True, title="Tin cũ trên trang chủ")
    client.get("/")

    def database_down():
        raise OperationalError("the database is not answering")

    monkeypatch.setattr(shell, "home_page_data", database_down)
    pagecache.bump(*pagecache.HOME)
    for _ in range(2):  # the lock is released after the failed rebuild: the next reader tries again
        response = client.get("/")
        assert (response.status_code, response["X-Page-Cache"]) == (200, "rebuilding")
        assert "Tin cũ trên trang chủ" in response.text
    assert caplog.text.count("page rebuild after the response failed") == 2


def test_a_withdrawn_articles_copy_is_dropped_when_its_rebuild_finds_a_404(client, settings):
    """Else a reader arriving during a later rebuild (another process holding the lock) would be
    served the withdrawn article as the previous copy."""
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    article = ArticleFactory(published=True, title="Thông báo đã gỡ xuống")
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200
    (page_key,) = _process_pages.entries
    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.DRAFT)
    pagecache.bump("article", article.pk)  # what the withdrawal does after its commit
    assert client.get(url).status_code == 404
    get_redis_connection("default").set(cache.make_key(f"pagecache:rebuild:{page_key}"), "another", px=60_000)
    pagecache.bump("article", article.pk)
    assert client.get(url).status_code == 404


def test_a_category_whose_rebuild_finds_it_gone_is_not_served_from_its_previous_copy_again(client, settings):
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    category = CategoryFactory(name="Thi cử")
    ArticleFactory(published=True, category=category, title="Lịch thi học kỳ một")
    url = category.get_absolute_url()
    assert client.get(url).status_code == 200
    Category.objects.filter(pk=category.pk).update(is_active=False)
    pagecache.bump(CATEGORY_SCOPE, category.slug)  # what the change does after its commit
    assert client.get(url)["X-Page-Cache"] == "rebuilding"  # the previous copy, once; the rebuild finds a 404
    assert client.get(url).status_code == 404


def test_with_redis_paused_a_purged_page_is_built_without_waiting_for_a_lock(client, settings, monkeypatch):
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    builds = CountedBuilds(monkeypatch)
    ArticleFactory(published=True, title="Tin cũ trên trang chủ")
    client.get("/")
    pagecache.bump(*pagecache.HOME)
    ArticleFactory(published=True, title="Tin mới lên")
    redis_breaker.trip(ConnectionError("refused"))
    try:
        response = client.get("/")
    finally:
        redis_breaker.reset()
    assert (response.status_code, "Tin mới lên" in response.text, builds.count) == (200, True, 2)


def test_a_shell_value_is_loaded_once_per_shell_generation(settings):
    settings.PAGE_CACHE_RECHECK_SECONDS = 0  # ask Redis every time: the generation, not the clock, decides
    loads = []

    def load():
        loads.append(1)
        return len(loads)

    assert [pagecache.kept_value("menu", load) for _ in range(3)] == [1, 1, 1]
    pagecache.bump(*pagecache.SHELL)
    assert [pagecache.kept_value("menu", load) for _ in range(2)] == [2, 2]


def test_a_kept_value_follows_its_own_counter_and_the_shell_and_ends_at_its_next_change(settings):
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    loads = []
    next_change = timezone.now() + datetime.timedelta(minutes=5)

    def kept():
        return pagecache.kept_value(
            "block", lambda: loads.append(1) or len(loads), scopes=(("block", ""),), expires=lambda _value: next_change
        )

    assert [kept(), kept()] == [1, 1]
    pagecache.bump(*pagecache.HOME)  # another counter: an article's publication
    assert kept() == 1
    pagecache.bump("block")
    assert [kept(), kept()] == [2, 2]
    pagecache.bump(*pagecache.SHELL)
    assert kept() == 3
    with time_machine.travel(next_change, tick=False):
        assert kept() == 4


def test_a_value_is_kept_only_between_two_questions_to_redis(settings):
    """A process asks Redis for the counters once per recheck period; within it, a purge made
    by another process is seen at the next question, not before."""
    settings.PAGE_CACHE_RECHECK_SECONDS = 3600
    loads = []
    assert pagecache.kept_value("block", lambda: loads.append(1) or len(loads), scopes=(("block", ""),)) == 1
    pagecache.bump("block")
    assert pagecache.kept_value("block", lambda: loads.append(1) or len(loads), scopes=(("block", ""),)) == 1
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    assert pagecache.kept_value("block", lambda: loads.append(1) or len(loads), scopes=(("block", ""),)) == 2


def test_the_kept_shell_values_are_bounded_whatever_names_requests_bring(settings, monkeypatch):
    settings.PAGE_CACHE_RECHECK_SECONDS = 0
    monkeypatch.setattr(pagecache, "KEPT_VALUES", 10)
    pagecache.kept_value("menu", lambda: "menu")
    pagecache.bump(*pagecache.SHELL)
    for n in range(25):  # e.g. a header per 404 address under a category's URL
        pagecache.kept_value(f"part:header:/chuyen-muc/khong-co-{n}/", lambda n=n: n)
    kept = pagecache._kept_values.values
    assert len(kept) == 10
    assert "menu" not in kept  # an older generation's value goes first
    assert "part:header:/chuyen-muc/khong-co-24/" in kept


# --- live blocks ----------------------------------------------------------------------------------

MARKER = "live-block:"  # what a stored page holds in a live block's place; never sent


def most_read_titles(html: str) -> list[str]:
    """The titles in the "Đọc nhiều" block of a page, in order."""
    block = html.split('id="most-read-title"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a></li>', block)


def read(article: Article, views: int) -> None:
    ArticleDailyViews.objects.create(article=article, day=timezone.localdate(), views=views)


def most_read_moves_on(clock: SimpleNamespace) -> None:
    """The block's minute passes. Redis keeps its own time, which the test does not move: the
    shared most-read list (news.selectors.articles.most_read_cached) is let go as it would be."""
    clock.now += 61
    cache.delete("news:most-read:5")


@pytest.fixture
def clock(monkeypatch):
    clock = SimpleNamespace(now=1000.0)
    monkeypatch.setattr(pagecache, "time", SimpleNamespace(time=lambda: clock.now))
    return clock


@pytest.fixture
def block_renders(monkeypatch) -> list[int]:
    """One entry per render of the most-read block in this process."""
    block = pagecache._live_blocks["most_read"]
    real, renders = block.render, []

    def counted() -> str:
        renders.append(1)
        return real()

    monkeypatch.setattr(block, "render", counted)
    return renders


def test_a_cached_page_shows_the_most_read_block_of_the_moment_without_being_rebuilt(
    client, clock, block_renders, monkeypatch
):
    builds = CountedBuilds(monkeypatch)
    first_read = ArticleFactory(published=True, title="Lịch thi tuyển sinh lớp 10")
    read(first_read, 500)
    first = client.get("/")
    assert most_read_titles(first.text) == [first_read.title]

    later_read = ArticleFactory(published=True, title="Điểm chuẩn vào lớp 10")
    read(later_read, 900)
    clock.now += 59
    held = client.get("/")  # this process's copy, the block still within its minute
    assert most_read_titles(held.text) == [first_read.title]
    assert held["ETag"] == first["ETag"]

    most_read_moves_on(clock)
    fresh = client.get("/")  # the same copy, the block rendered again
    _process_pages.entries.clear()  # as another process: the shared copy
    shared = client.get("/")
    for response in (fresh, shared):
        assert most_read_titles(response.text) == [later_read.title, first_read.title]
    assert shared["ETag"] == fresh["ETag"] != first["ETag"]
    assert (builds.count, len(block_renders)) == (1, 2)
    assert not any(MARKER in response.text for response in (first, held, fresh, shared))


def test_a_stale_copy_served_during_a_rebuild_shows_the_block_of_the_moment(client, clock, monkeypatch):
    builds = CountedBuilds(monkeypatch)
    first_read = ArticleFactory(published=True, title="Lịch thi tuyển sinh lớp 10")
    read(first_read, 500)
    client.get("/")
    later_read = ArticleFactory(published=True, title="Điểm chuẩn vào lớp 10")
    read(later_read, 900)
    most_read_moves_on(clock)
    (page_key,) = _process_pages.entries
    # Another process holds the right to rebuild the home page, which a purge has just made stale.
    get_redis_connection("default").set(cache.make_key(f"pagecache:rebuild:{page_key}"), "another", px=60_000)
    pagecache.bump(*pagecache.HOME)
    stale = client.get("/")
    assert (stale.status_code, builds.count) == (200, 1)
    assert most_read_titles(stale.text) == [later_read.title, first_read.title]
    assert MARKER not in stale.text
    assert stale["Cache-Control"] == "public, max-age=0"


def test_a_conditional_get_with_the_etag_of_an_older_block_gets_the_page(client, clock):
    first_read = ArticleFactory(published=True, title="Lịch thi tuyển sinh lớp 10")
    read(first_read, 500)
    first = client.get(first_read.get_absolute_url())
    assert client.get(first_read.get_absolute_url(), headers={"if-none-match": first["ETag"]}).status_code == 304

    later_read = ArticleFactory(published=True, title="Điểm chuẩn vào lớp 10")
    read(later_read, 900)
    most_read_moves_on(clock)
    changed = client.get(first_read.get_absolute_url(), headers={"if-none-match": first["ETag"]})
    assert changed.status_code == 200
    assert most_read_titles(changed.text) == [later_read.title, first_read.title]
    assert changed["ETag"] != first["ETag"]
    assert client.get(first_read.get_absolute_url(), headers={"if-none-match": changed["ETag"]}).status_code == 304


def test_a_proxy_keeps_a_page_with_a_live_block_no_longer_than_the_blocks_period(client, settings):
    settings.PAGE_CACHE_PROXY_SECONDS = 600
    article = ArticleFactory(published=True)
    for _ in range(2):  # built, then this process's copy
        assert client.get("/")["Cache-Control"] == "public, max-age=60"
        assert client.get(article.get_absolute_url())["Cache-Control"] == "public, max-age=60"
        assert client.get("/tin-tuc/")["Cache-Control"] == "public, max-age=600"  # no block on it


def test_a_page_the_cache_does_not_keep_shows_the_block_itself(client, settings):
    article = ArticleFactory(published=True, title="Lịch thi tuyển sinh lớp 10")
    read(article, 500)
    draft = ArticleFactory(title="Bản nháp chưa đăng")
    client.force_login(UserFactory(role=roles.EDITOR))
    preview = client.get(f"/tin-tuc/xem-truoc/{draft.pk}/")  # an editor's preview: not cacheable
    client.logout()
    settings.PAGE_CACHE_SECONDS = 0  # page caching off
    uncached = [client.get(path) for path in ("/", article.get_absolute_url())]
    for response in (preview, *uncached):
        assert response.status_code == 200
        assert most_read_titles(response.text) == [article.title]
        assert MARKER not in response.text


def test_the_home_pages_trainings_and_commendations_show_within_their_minute_without_a_rebuild(
    client, clock, monkeypatch
):
    builds = CountedBuilds(monkeypatch)
    assert "Hội nghị, tập huấn sắp diễn ra" not in client.get("/").text
    starts = timezone.now() + datetime.timedelta(days=3)
    TrainingFactory(
        title="Tập huấn phát ngôn", status="open", starts_at=starts, ends_at=starts + datetime.timedelta(hours=8)
    )
    CommendationFactory(recipient_name="Nguyễn Thị Mai")  # neither purges a page
    clock.now += 59
    held = client.get("/").text
    assert ("Tập huấn phát ngôn" in held, "Nguyễn Thị Mai" in held) == (False, False)
    clock.now += 2
    fresh = client.get("/").text
    assert ("Tập huấn phát ngôn" in fresh, "Nguyễn Thị Mai" in fresh) == (True, True)
    assert builds.count == 1
    assert MARKER not in fresh
