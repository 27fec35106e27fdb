"""Redis hung or refused: the public pages, the public forms and /healthz keep answering.

The cache is pointed at a Redis of the test's own (tests/faults/conftest.py), configured as
in production (portal/settings.py's CACHES, only the address changed), and that Redis is
really stopped with SIGSTOP (hung) or terminated (refused).
"""

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from news.models import ArticleDailyViews, ArticleRating
from news.services.articles import article_unpublish
from portal import pagecache, roles
from portal.cache import redis_breaker
from portal.celery import app as celery_app
from portal.models import OwedPurge, Question
from portal.owed import owed_sweep
from portal.services.core import heartbeat_record
from tests.factories.news import ArticleFactory, CategoryFactory, DocumentFactory, TagFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

# A call that waits on the faulty Redis costs one short socket timeout (0.2 s); before the
# breaker, every page waited on several such calls and took 4-7 s. The tests count those waits
# (the ``redis_waits`` fixture) rather than time the pages, so a loaded machine cannot fail them.
HANG, REFUSAL = "TimeoutError", "ConnectionError"


@pytest.fixture
def cache_on(faulty_redis, settings):
    """The default cache, the view counters and the page cache on the faulty Redis."""
    settings.CACHES = {"default": {**settings.CACHES["default"], "LOCATION": faulty_redis.url()}}
    settings.REDIS_URL = faulty_redis.url()
    settings.HEALTHZ_CACHE_SECONDS = 0
    redis_breaker.reset()
    pagecache.reset()
    yield faulty_redis
    redis_breaker.reset()
    pagecache.reset()


@pytest.fixture
def pages(db):
    category = CategoryFactory(name="Tin giáo dục", slug="tin-giao-duc")
    tag = TagFactory(name="Tuyển sinh", slug="tuyen-sinh")
    articles = [ArticleFactory(published=True, category=category) for _ in range(3)]
    articles[0].tags.add(tag)
    DocumentFactory()
    return [
        "/",
        articles[0].get_absolute_url(),
        articles[1].get_absolute_url(),
        f"{articles[0].get_absolute_url()}in/",
        "/chuyen-muc/tin-giao-duc/",
        "/the/tuyen-sinh/",
        "/tin-tuc/",
        "/tim-kiem/?q=giao+duc",
        "/van-ban/",
        "/hoi-dap/",
    ]


def test_with_redis_hung_twenty_public_pages_wait_on_it_once_in_all(cache_on, pages, client, redis_waits):
    for path in pages:  # warm: the pages are in the page cache, as in production
        assert client.get(path).status_code == 200
    cache_on.hang()
    for _round in range(2):
        for path in pages:
            assert client.get(path).status_code == 200, path
    assert redis_waits == [HANG]


def test_with_redis_hung_pages_use_the_cache_again_once_it_answers(cache_on, pages, client):
    cache_on.hang()
    assert client.get(pages[0]).status_code == 200
    assert redis_breaker.is_open()
    cache_on.recover()
    redis_breaker.opened_until = 0.0  # the pause is over (a test does not sleep through it)
    assert client.get(pages[0]).status_code == 200
    assert not redis_breaker.is_open()
    assert cache.get("portal:probe", "missing") == "missing"
    cache.set("portal:probe", "ok")
    assert cache.get("portal:probe") == "ok"


@pytest.mark.parametrize("fault", ["hang", "refuse"])
def test_with_redis_down_pages_show_the_most_read_block_read_from_the_database(cache_on, client, fault):
    article = ArticleFactory(published=True, title="Lịch thi tuyển sinh lớp 10")
    ArticleDailyViews.objects.create(article=article, day=timezone.localdate(), views=500)
    for path in ("/", article.get_absolute_url()):  # warm: kept with the block's marker in its place
        assert client.get(path).status_code == 200
    getattr(cache_on, fault)()
    pagecache.reset()  # a process started during the outage: no block in its memory either
    for path in ("/", article.get_absolute_url()):
        page = client.get(path)
        assert page.status_code == 200
        most_read = page.text.split('id="most-read-title"', 1)[1].split("</ol>", 1)[0]
        assert f'<a href="{article.get_absolute_url()}">Lịch thi tuyển sinh lớp 10</a>' in most_read
        assert "live-block:" not in page.text


@pytest.mark.parametrize("fault", ["hang", "refuse"])
def test_ratings_keep_working_with_their_rate_limit_failing_open(cache_on, client, fault, redis_waits):
    article = ArticleFactory(published=True)
    browser = Client(enforce_csrf_checks=True)
    browser.get(f"/tin-tuc/{article.pk}/danh-gia/")
    getattr(cache_on, fault)()
    token = browser.cookies["csrftoken"].value
    first = browser.post(f"/tin-tuc/{article.pk}/danh-gia/", {"stars": 4}, headers={"x-csrftoken": token})
    again = browser.post(f"/tin-tuc/{article.pk}/danh-gia/", {"stars": 1}, headers={"x-csrftoken": token})
    assert first.status_code == 200
    assert first.json() == {"average": 4.0, "count": 1, "voted": True, "message": "Cảm ơn bạn đã đánh giá."}
    assert redis_waits == [HANG if fault == "hang" else REFUSAL]
    # The per-browser rule still holds: it is a row, not a cache entry.
    assert again.status_code == 409
    assert ArticleRating.objects.count() == 1


QUESTION = {
    "full_name": "Trần Thị Lan",
    "email": "tranthilan@example.vn",
    "unit_name": "Phường Tân Lợi",
    "body": "Kỳ thi tuyển sinh vào lớp 10 năm nay thi mấy môn ạ?",
    "consent": "on",
    "website": "",
}


@pytest.mark.parametrize("fault", ["hang", "refuse"])
def test_the_question_form_keeps_working_and_its_honeypot_still_drops_bots(cache_on, client, fault, redis_waits):
    client.post("/hoi-dap/dat-cau-hoi/", {})  # warm (templates compiled), as a running site is
    getattr(cache_on, fault)()
    response = client.post("/hoi-dap/dat-cau-hoi/", QUESTION)
    bot = client.post("/hoi-dap/dat-cau-hoi/", {**QUESTION, "website": "http://spam.example"})
    assert (response.status_code, response["Location"]) == (302, "/hoi-dap/")
    assert redis_waits == [HANG if fault == "hang" else REFUSAL]
    assert bot.status_code == 302
    assert list(Question.objects.values_list("email", flat=True)) == ["tranthilan@example.vn"]


@pytest.mark.parametrize("fault", ["hang", "refuse"])
def test_healthz_names_the_cache_quickly_when_redis_is_hung_or_refused(cache_on, client, fault, redis_waits):
    heartbeat_record()
    client.get("/healthz")  # warm: connections opened, as a running site has them
    getattr(cache_on, fault)()
    response = client.get("/healthz")
    kind = HANG if fault == "hang" else REFUSAL
    assert response.status_code == 503
    assert response.json()["down"] == ["cache"]
    assert response.json()["checks"]["cache"] == {"ok": False, "backend": "redis", "error": kind}
    assert redis_waits == [kind]


def test_healthz_names_the_cache_and_the_broker_quickly_when_their_redis_is_hung(
    cache_on, client, monkeypatch, redis_waits
):
    """Quickly: the cache is asked once, within its socket timeout, and the broker within
    ``BROKER_CHECK_SECONDS``, where a call left to wait would hang the check."""
    heartbeat_record()
    monkeypatch.setattr(celery_app.conf, "broker_url", cache_on.url(1))
    client.get("/healthz")
    cache_on.hang()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["down"] == ["cache", "broker"]
    assert response.json()["checks"]["broker"] == {"ok": False, "transport": "redis", "error": "OperationalError"}
    assert redis_waits == [HANG]


def test_a_purge_that_cannot_reach_redis_is_owed_and_done_by_the_sweep_once_it_answers(
    cache_on, client, django_capture_on_commit_callbacks
):

    editor = UserFactory(role=roles.EDITOR)
    article = ArticleFactory(published=True, title="Bài sẽ gỡ")
    assert client.get("/tin-tuc/").status_code == 200
    assert "Bài sẽ gỡ" in client.get("/tin-tuc/").content.decode()  # served from the page cache
    cache_on.hang()
    with django_capture_on_commit_callbacks(execute=True):
        article_unpublish(article=article, by=editor)
    owed = sorted(OwedPurge.objects.values_list("scope", "ident"))
    assert owed == [("article", str(article.pk)), ("category", article.category.slug), ("home", ""), ("lists", "")]

    cache_on.recover()
    redis_breaker.reset()
    # The purge's one transaction may still land late (it reached the hung server's socket):
    # whether it did or not, the sweep bumps the four counters again, which is harmless.
    assert owed_sweep() == {"portal.page_purges": 4}
    assert not OwedPurge.objects.exists()
    assert "Bài sẽ gỡ" not in client.get("/tin-tuc/").content.decode()
