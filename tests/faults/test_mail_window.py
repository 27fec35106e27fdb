"""Mails sent once: the database session of a sender ends while the mail server takes a mail.

Between "the mail server accepted the mail" and "the row says sent" is the only moment in
which a fault can send a mail twice (portal/outbox.py). Here the fault is real: while the SMTP
server holds the first message, the sending sweep's Postgres session is terminated
(pg_terminate_backend, what a failover or an idle-in-transaction timeout does); then the
server accepts the message.
"""

import asyncio
import datetime
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.db import connection, transaction
from django.utils import timezone

from news.enums import ArticleAction
from news.notifications import event_mail_once
from portal import roles
from portal.outbox import CLAIM_STALE
from tests.conftest import child_clock_prelude, wait_until
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory
from tests.factories.trainings import ParticipantFactory, ReminderFactory, TrainingFactory
from tests.faults.conftest import free_port
from trainings.enums import DeliveryStatus
from trainings.models import ReminderDelivery
from trainings.services.reminders import reminders_sweep

pytestmark = pytest.mark.django_db(transaction=True)


class HoldFirstMessage:
    """An SMTP handler that keeps what it receives, holding the first message until ``release()``."""

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.holding = threading.Event()
        self.released = threading.Event()

    def release(self) -> None:
        self.released.set()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        if not self.kept and not self.released.is_set():
            self.holding.set()
            while not self.released.is_set():
                await asyncio.sleep(0.05)
        self.kept.extend(envelope.rcpt_tos)
        return "250 OK"


@pytest.fixture
def smtp_holding(settings):
    handler = HoldFirstMessage()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    try:
        yield handler
    finally:
        handler.release()
        controller.stop()


def end_other_sessions() -> int:
    """Terminate every other Postgres session of the test database: the sender's."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


def in_thread(work) -> tuple[threading.Thread, list]:
    errors: list = []

    def run():
        try:
            work()
        except Exception as error:  # noqa: BLE001 - reported by the test's assertions
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def test_a_reminder_whose_senders_database_session_ends_mid_send_is_sent_once(smtp_holding):
    start = timezone.now() + datetime.timedelta(hours=72) - datetime.timedelta(minutes=1)
    training = TrainingFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=8), status="open")
    for number in range(1, 4):
        ParticipantFactory(training=training, email=f"db{number}@example.vn")
    ReminderFactory(training=training, audience="delegates")

    sweep, errors = in_thread(reminders_sweep)
    assert smtp_holding.holding.wait(timeout=60), "the sweep never reached the mail server"
    assert end_other_sessions() >= 1
    smtp_holding.release()
    sweep.join(timeout=60)
    # Whatever the sweep did, the next sweeps, even once any claim is stale, send nothing twice.
    reminders_sweep()
    with time_machine.travel(timezone.now() + CLAIM_STALE + datetime.timedelta(minutes=1), tick=False):
        reminders_sweep()

    assert errors == []
    assert sorted(smtp_holding.kept) == ["db1@example.vn", "db2@example.vn", "db3@example.vn"]
    assert set(ReminderDelivery.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_a_workflow_mail_whose_senders_database_session_ends_mid_send_is_sent_once(smtp_holding):
    author = UserFactory(role=roles.COLLABORATOR, email="tacgia@example.vn")
    article = ArticleFactory(created_by=author)
    event = article.events.create(action=ArticleAction.RETURNED, note="Cần thêm ảnh.")

    task, errors = in_thread(lambda: event_mail_once(event_id=event.pk))
    assert smtp_holding.holding.wait(timeout=60), "the mail never reached the mail server"
    assert end_other_sessions() >= 1
    smtp_holding.release()
    task.join(timeout=60)
    # A retry of the task, or the owed-work sweep, later: nothing more is sent.
    with time_machine.travel(timezone.now() + CLAIM_STALE + datetime.timedelta(minutes=1), tick=False):
        event_mail_once(event_id=event.pk)

    assert errors == []
    assert smtp_holding.kept == ["tacgia@example.vn"]
    event.refresh_from_db()
    assert event.mailed_at is not None


def test_a_sweep_killed_between_the_servers_acceptance_and_the_mark_sends_that_mail_once_more_at_most(
    smtp_holding, settings
):
    """The one moment left (portal/outbox.py): the mail is accepted, the row not yet marked."""
    start = timezone.now() + datetime.timedelta(hours=72) - datetime.timedelta(minutes=1)
    training = TrainingFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=8), status="open")
    for number in range(1, 4):
        ParticipantFactory(training=training, email=f"db{number}@example.vn")
    ReminderFactory(training=training, audience="delegates")

    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(settings.EMAIL_PORT),
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    script = (
        child_clock_prelude()
        + "import django; django.setup(); from trainings.services.reminders import reminders_sweep; reminders_sweep()"
    )
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", script], env=env, cwd=Path(__file__).resolve().parents[2]
    )
    try:
        assert smtp_holding.holding.wait(timeout=60), "the sweep process never reached the mail server"
        first = ReminderDelivery.objects.get(claimed_at__isnull=False)
        with transaction.atomic():
            # Hold the claimed row, so that the sweep, once the server has accepted, waits at its mark.
            ReminderDelivery.objects.select_for_update().get(pk=first.pk)
            smtp_holding.release()
            wait_until(lambda: smtp_holding.kept and waiting_for_a_lock())
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            # Its session would still run the UPDATE it sent once the lock is free: end it too,
            # as the death of the process before the UPDATE left would have.
            assert end_other_sessions() == 1
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
    assert smtp_holding.kept == [first.email]
    first.refresh_from_db()
    assert (first.status, first.sent_at) == (DeliveryStatus.PENDING, None)  # accepted, never marked

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert reminders_sweep().sent == 2  # the others; the claimed one waits for its claim to go stale
    with time_machine.travel(timezone.now() + CLAIM_STALE + datetime.timedelta(minutes=1), tick=False):
        assert reminders_sweep().sent == 1  # the one extra mail the guarantee allows
        assert reminders_sweep().sent == 0
    assert sorted(smtp_holding.kept) == ["db1@example.vn", "db1@example.vn", "db2@example.vn", "db3@example.vn"]


def waiting_for_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0
