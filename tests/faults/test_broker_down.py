"""The broker down while staff work: every request answers, nothing is lost, nothing doubles.

The Celery broker is pointed at a Redis of the test's own (tests/faults/conftest.py), which is
really stopped while staff save, upload, submit, send back and publish; then it comes back,
a real Celery worker consumes from it, and the owed-work sweep does what the lost tasks
would have done, once.
"""

import datetime
import io
from collections.abc import Iterator

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import F
from django.test import Client
from django.utils import timezone
from PIL import Image

from news.enums import ArticleAction, ArticleStatus
from news.models import Article, ArticleEvent
from news.notifications import MAILED_ACTIONS
from news.services.articles import articles_go_live
from portal import roles
from portal.cache import broker_breaker
from portal.celery import app as celery_app
from portal.models import Question, UploadedImage, WorkerHeartbeat
from portal.owed import owed_sweep
from portal.tasks import heartbeat_task, owed_sweep_task
from tests.conftest import wait_until
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory
from tests.news.admin.helpers import change_form

pytestmark = pytest.mark.django_db(transaction=True)

LATER = datetime.timedelta(minutes=3)  # past OWED_AFTER: what is still owed is the sweep's


def _use_broker(url: str) -> None:
    # Celery keeps its pools in kombu's registry, one per broker address: forget which one it
    # uses (closing it would close the suite's shared pool), and it takes the new address's.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    celery_app.conf.broker_url = url


@pytest.fixture
def broker(faulty_redis) -> Iterator:
    """Celery's broker on the faulty Redis (its database 1), for this test only."""
    shared = celery_app.conf.broker_url
    _use_broker(faulty_redis.url(1))
    broker_breaker.reset()
    yield faulty_redis
    _use_broker(shared)
    broker_breaker.reset()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def jpeg(width=1200, height=800) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (11, 74, 139)).save(out, "JPEG")
    return out.getvalue()


def staff_client(user) -> Client:
    client = Client(raise_request_exception=False)  # a 500 is what the staff would see
    client.force_login(user)
    return client


def everything_owed_is_older() -> None:
    """Move what the test made into the past (not the clock: the worker shares it)."""
    ArticleEvent.objects.update(at=F("at") - LATER)
    Article.objects.update(updated_at=F("updated_at") - LATER)
    UploadedImage.objects.update(uploaded_at=F("uploaded_at") - LATER)
    Question.objects.update(created_at=F("created_at") - LATER)


def drain(worker_app) -> None:
    """Wait until the worker has run everything queued before this call (it takes tasks in order)."""
    WorkerHeartbeat.objects.all().delete()
    heartbeat_task.delay()
    wait_until(WorkerHeartbeat.objects.exists)


def test_staff_work_with_the_broker_down_answers_and_is_done_once_when_it_is_back(broker):
    collaborator = UserFactory(role=roles.COLLABORATOR, email="ctv@truong.example.vn")
    editor = UserFactory(role=roles.EDITOR, email="btv@sgddt.example.vn")
    writer, reviewer = staff_client(collaborator), staff_client(editor)
    category = CategoryFactory()
    broker.refuse()

    saved = writer.post(
        "/admin/news/article/add/",
        {
            "title": "Lễ khai giảng năm học mới",
            "slug": "",
            "lead": "Sapo.",
            "body": "<p>Nội dung.</p>",
            "category": category.pk,
            "cover": SimpleUploadedFile("khai-giang.jpg", jpeg()),
            "cover_alt": "Học sinh dự lễ khai giảng",
            "images-TOTAL_FORMS": "1",
            "images-INITIAL_FORMS": "0",
            "images-0-image": SimpleUploadedFile("buoi-le.jpg", jpeg(1000, 700)),
            "images-0-alt": "Học sinh chào cờ",
            "images-0-caption": "",
            "images-0-order": "0",
            "credits-TOTAL_FORMS": "0",
            "credits-INITIAL_FORMS": "0",
            "attachments-TOTAL_FORMS": "0",
            "attachments-INITIAL_FORMS": "0",
        },
    )
    uploaded = writer.post("/admin/editor/upload/", {"upload": SimpleUploadedFile("anh.jpg", jpeg(1600, 900))})
    article = Article.objects.get()
    url = f"/admin/news/article/{article.pk}/change/"

    def step(client, **fields):
        article.refresh_from_db()  # each step saves the form as the page shows it now
        return client.post(url, change_form(article, cover_alt=article.cover_alt, **fields))

    steps = [
        step(writer, _workflow="submit"),
        step(reviewer, workflow_reason="Cần thêm ảnh minh họa.", _workflow="return"),
        step(writer, _workflow="submit"),
        step(reviewer, _workflow="publish"),
    ]
    assert (saved.status_code, uploaded.status_code) == (302, 200)
    assert uploaded.json()["uploaded"] == 1
    assert [response.status_code for response in steps] == [302, 302, 302, 302]
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    assert article.went_live_at is None  # its go-live task was lost with the broker
    assert mail.outbox == []

    broker.recover()
    with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=20) as worker:
        drain(worker)  # the beat's minute: go-live done; its own mail task is queued, and runs
        articles_go_live()
        drain(worker)
        everything_owed_is_older()
        owed_sweep_task.delay()
        owed_sweep_task.delay()  # a second beat run (or a second beat) changes nothing
        drain(worker)

    assert sorted((m.subject, tuple(m.to)) for m in mail.outbox) == sorted(
        [
            ("[Cổng thông tin] Bài chờ duyệt: Lễ khai giảng năm học mới", ("btv@sgddt.example.vn",)),
            ("[Cổng thông tin] Bài được trả lại: Lễ khai giảng năm học mới", ("ctv@truong.example.vn",)),
            ("[Cổng thông tin] Bài chờ duyệt: Lễ khai giảng năm học mới", ("btv@sgddt.example.vn",)),
            ("[Cổng thông tin] Bài đã đăng: Lễ khai giảng năm học mới", ("ctv@truong.example.vn",)),
        ]
    )
    assert ArticleEvent.objects.filter(action__in=MAILED_ACTIONS, mailed_at=None).count() == 0
    assert article.events.filter(action=ArticleAction.WENT_LIVE).count() == 1
    article.refresh_from_db()
    assert [size["w"] for size in article.cover_renditions["sizes"]] == [400, 800]
    assert [size["w"] for size in UploadedImage.objects.get().renditions["sizes"]] == [400, 800]
    assert [size["w"] for size in article.images.get().renditions["sizes"]] == [400, 800]
    assert owed_sweep() == {}


def test_a_question_sent_with_the_broker_down_reaches_the_editors_once(broker, client):
    UserFactory(role=roles.EDITOR, email="btv@sgddt.example.vn")
    broker.refuse()
    response = client.post(
        "/hoi-dap/dat-cau-hoi/",
        {
            "full_name": "Trần Thị Lan",
            "email": "lan@example.vn",
            "body": "Năm nay thi lớp 10 mấy môn ạ?",
            "consent": "on",
            "website": "",
        },
    )
    assert (response.status_code, response["Location"]) == (302, "/hoi-dap/")
    broker.recover()
    everything_owed_is_older()
    assert owed_sweep() == {"portal.question_mails": 1}
    assert owed_sweep() == {}
    assert [m.to for m in mail.outbox] == [["btv@sgddt.example.vn"]]


def test_a_go_live_batch_with_the_broker_down_purges_every_article_and_mails_each_author_later(broker):
    authors = [UserFactory(email=f"tacgia{n}@example.vn") for n in range(3)]
    articles = [
        ArticleFactory(
            created_by=author,
            status=ArticleStatus.PUBLISHED,
            publish_at=timezone.now() - datetime.timedelta(minutes=1),
            went_live_at=None,
        )
        for author in authors
    ]
    broker.refuse()
    done = articles_go_live()  # the first mail task that cannot be queued must not stop the rest
    assert sorted(done) == sorted(a.pk for a in articles)
    assert [cache.get(f"pagecache:gen:article:{a.pk}") for a in articles] == [1, 1, 1]

    broker.recover()
    everything_owed_is_older()
    # The mails to the authors, and the related news each article stores when it goes live.
    assert owed_sweep() == {"news.event_mails": 3, "news.related_lists": 3}
    assert owed_sweep() == {}
    assert sorted(m.to[0] for m in mail.outbox) == ["tacgia0@example.vn", "tacgia1@example.vn", "tacgia2@example.vn"]
