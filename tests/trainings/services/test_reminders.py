"""Tests of trainings/services/reminders.py: due reminders swept, each person once, late ones skipped, failures
retried then shown."""

import asyncio
import datetime
import email.policy
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core.mail.backends.smtp import EmailBackend
from django.db import connection
from django.utils import timezone

from portal.outbox import CLAIM_STALE
from tests.conftest import child_clock_prelude, wait_until
from tests.factories.trainings import (
    ParticipantFactory,
    ReminderFactory,
    SessionFactory,
    SpeakerFactory,
    TrainingFactory,
)
from tests.trainings.conftest import DUE, START, addresses
from trainings.enums import Attendance, DeliveryStatus, ParticipantRole, ReminderStatus
from trainings.models import ReminderDelivery
from trainings.services import reminders
from trainings.services.reminders import outcomes_reminders_send, reminders_sweep


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class DyingBackend(EmailBackend):
    """Sends two messages, then the process "dies" in the middle of the third."""

    sent = 0

    def send_messages(self, messages):
        if DyingBackend.sent == 2:
            raise SystemExit("worker killed")
        DyingBackend.sent += 1
        return super().send_messages(messages)


class HoldSecondMessage:
    """An SMTP handler that keeps messages, but holds the second one until its sender is killed."""

    def __init__(self) -> None:
        self.kept: list[str] = []
        self.count = 0
        self.second_arrived = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.count += 1
        if self.count == 2:
            self.second_arrived.set()
            await asyncio.sleep(20)  # the sending process is killed meanwhile
            return "451 Requested action aborted"
        self.kept.extend(envelope.rcpt_tos)
        return "250 OK"


@pytest.mark.django_db
def test_a_due_reminder_reaches_the_smtp_sink_with_the_ics_invitation(training, smtp_sink):
    training.online_url = "https://meet.example.vn/tap-huan"
    training.save(update_fields=["online_url"])
    ReminderFactory(training=training, hours_before=72, audience="delegates")
    with time_machine.travel(DUE + datetime.timedelta(minutes=3), tick=False):
        report = reminders_sweep()
    assert report.sent == 3
    assert addresses(smtp_sink) == ["db1@example.vn", "db2@example.vn", "db3@example.vn"]
    message = smtp_sink.messages[0]
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    assert parsed["Subject"].strip() == "[Nhắc lịch] Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí"
    body = parsed.get_body(("plain",)).get_content()
    assert "Thời gian: 20/11/2025 07:30 – 20/11/2025 16:30" in body
    assert "Địa điểm: Hội trường Sở GD&ĐT, 8 Nguyễn Tất Thành" in body
    (attachment,) = list(parsed.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == f"{training.slug}.ics"
    ics = attachment.get_content()
    ics = ics.decode() if isinstance(ics, bytes) else ics
    assert "BEGIN:VEVENT" in ics
    assert f"UID:training-{training.pk}@127.0.0.1" in ics
    unfolded = ics.replace("\r\n", "\n").replace("\n ", "")  # iCalendar folds long lines
    assert "https://meet.example.vn/tap-huan" in unfolded  # invited people get the link
    assert "DTSTART:20251120T003000Z" in ics
    assert ReminderDelivery.objects.filter(status=DeliveryStatus.SENT).count() == 3


@pytest.mark.django_db
def test_a_reminder_is_not_sent_before_its_time(training, smtp_sink):
    reminder = ReminderFactory(training=training, hours_before=72)
    with time_machine.travel(DUE - datetime.timedelta(minutes=1), tick=False):
        reminders_sweep()
    reminder.refresh_from_db()
    assert reminder.status == ReminderStatus.PENDING
    assert smtp_sink.messages == []


@pytest.mark.django_db
def test_a_reminder_more_than_12_hours_late_is_skipped_and_logged(training, smtp_sink, caplog):
    reminder = ReminderFactory(training=training, hours_before=72)
    caplog.set_level(logging.WARNING, logger="trainings.services.reminders")
    with time_machine.travel(DUE + datetime.timedelta(hours=12, minutes=1), tick=False):
        reminders_sweep()
    reminder.refresh_from_db()
    assert reminder.status == ReminderStatus.SKIPPED
    assert not ReminderDelivery.objects.exists()
    assert smtp_sink.messages == []
    assert f"Reminder {reminder.pk} of training {training.pk} skipped" in caplog.text


@pytest.mark.django_db
def test_a_reminder_11_hours_late_is_still_sent(training, smtp_sink):
    ReminderFactory(training=training, hours_before=72, audience="delegates")
    with time_machine.travel(DUE + datetime.timedelta(hours=11), tick=False):
        assert reminders_sweep().sent == 3


@pytest.mark.django_db
def test_reminders_of_a_cancelled_training_are_not_sent(training, smtp_sink):
    training.status = "cancelled"
    training.save()
    ReminderFactory(training=training)
    with time_machine.travel(DUE, tick=False):
        reminders_sweep()
    assert smtp_sink.messages == []


@pytest.mark.django_db
def test_audiences_pick_delegates_or_speakers_once_per_address_and_leave_out_the_excused(training, smtp_sink):
    ParticipantFactory(training=training, email="xin.vang@example.vn", attendance=Attendance.EXCUSED)
    ParticipantFactory(training=training, email="bcv@example.vn", role=ParticipantRole.SPEAKER)
    outside = SpeakerFactory(email="BCV@example.vn")  # the same person, also in the agenda
    SessionFactory(training=training, speakers=[outside, SpeakerFactory(email="nha.bao@example.vn")])
    ReminderFactory(training=training, hours_before=72, audience="speakers")
    ReminderFactory(training=training, hours_before=2, audience="delegates")
    with time_machine.travel(DUE, tick=False):
        reminders_sweep()
    assert addresses(smtp_sink) == ["bcv@example.vn", "nha.bao@example.vn"]
    with time_machine.travel(START - datetime.timedelta(hours=2), tick=False):
        reminders_sweep()
    assert sorted(m["To"] for m in smtp_sink.messages[2:]) == ["db1@example.vn", "db2@example.vn", "db3@example.vn"]
    assert len(smtp_sink.messages) == 5


@pytest.mark.django_db
def test_mail_server_down_marks_nothing_sent_and_the_next_run_after_backoff_sends(training, smtp_sink, settings):
    ReminderFactory(training=training, audience="delegates")
    settings.EMAIL_PORT = closed_port()
    with time_machine.travel(DUE, tick=False):
        report = reminders_sweep()
    assert (report.sent, report.retrying) == (0, 3)
    delivery = ReminderDelivery.objects.order_by("pk").first()
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.sent_at is None
    assert delivery.attempts == 1
    assert delivery.next_attempt_at == DUE + datetime.timedelta(minutes=5)
    assert "ConnectionRefusedError" in delivery.last_error

    settings.EMAIL_PORT = smtp_sink.port
    with time_machine.travel(DUE + datetime.timedelta(minutes=4), tick=False):
        assert reminders_sweep().sent == 0  # still backing off
    with time_machine.travel(DUE + datetime.timedelta(minutes=5), tick=False):
        assert reminders_sweep().sent == 3
    assert addresses(smtp_sink) == ["db1@example.vn", "db2@example.vn", "db3@example.vn"]


@pytest.mark.django_db
def test_after_five_refusals_a_delivery_is_failed_and_shown_so_in_the_admin(training, settings, admin_client):
    ReminderFactory(training=training, audience="delegates")
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    moment = DUE
    for wait in (0, 5, 10, 20, 40):  # minutes: the backoff doubles
        moment += datetime.timedelta(minutes=wait)
        with time_machine.travel(moment, tick=False):
            reminders_sweep()
    assert list(ReminderDelivery.objects.order_by().values_list("status", "attempts").distinct()) == [
        (DeliveryStatus.FAILED, 5)
    ]
    with time_machine.travel(moment + datetime.timedelta(hours=1), tick=False):
        assert reminders_sweep().sent == 0  # no sixth try
    response = admin_client.get("/admin/trainings/reminderdelivery/?status__exact=failed")
    html = response.content.decode()
    assert html.count("Gửi không được") >= 3
    assert "db1@example.vn" in html


@pytest.mark.django_db(transaction=True)
def test_a_run_killed_mid_send_leaves_the_rest_pending_and_the_rerun_sends_each_once(training, smtp_sink, settings):
    ReminderFactory(training=training, audience="delegates")
    settings.EMAIL_BACKEND = "tests.trainings.services.test_reminders.DyingBackend"
    DyingBackend.sent = 0
    with time_machine.travel(DUE, tick=False):
        with pytest.raises(SystemExit):
            reminders_sweep()
        assert list(ReminderDelivery.objects.order_by("pk").values_list("status", flat=True)) == [
            DeliveryStatus.SENT,
            DeliveryStatus.SENT,
            DeliveryStatus.PENDING,  # still owed, claimed by the "dead" worker (portal/outbox.py)
        ]
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        assert reminders_sweep().sent == 0  # the claim is fresh: its sender may still be sending
    with time_machine.travel(DUE + CLAIM_STALE + datetime.timedelta(minutes=1), tick=False):
        assert reminders_sweep().sent == 1
        assert reminders_sweep().sent == 0
    assert addresses(smtp_sink) == ["db1@example.vn", "db2@example.vn", "db3@example.vn"]


@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_the_same_time_send_each_reminder_once(training, smtp_sink):
    for number in range(4, 21):
        ParticipantFactory(training=training, email=f"db{number}@example.vn")
    ReminderFactory(training=training, audience="delegates")
    errors = []

    def sweep():
        try:
            reminders_sweep()
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    with time_machine.travel(DUE, tick=True):
        threads = [threading.Thread(target=sweep) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert len(smtp_sink.messages) == 20
    assert len(set(addresses(smtp_sink))) == 20
    assert ReminderDelivery.objects.filter(status=DeliveryStatus.SENT).count() == 20


@pytest.mark.django_db
def test_the_organiser_is_reminded_once_when_outcomes_are_missing_a_week_after(smtp_sink):
    held = TrainingFactory(
        title="Hội nghị truyền thông giáo dục", status="held", outcomes="", organizer_email="bantochuc@example.vn"
    )
    TrainingFactory(status="held", outcomes="Đã hoàn thành kế hoạch.", organizer_email="khac@example.vn")
    with time_machine.travel(held.ends_at + datetime.timedelta(days=6, hours=23), tick=False):
        assert outcomes_reminders_send() == 0
    with time_machine.travel(held.ends_at + datetime.timedelta(days=7), tick=False):
        assert outcomes_reminders_send() == 1
        assert outcomes_reminders_send() == 0
    assert addresses(smtp_sink) == ["bantochuc@example.vn"]
    parsed = email.message_from_bytes(smtp_sink.messages[0].as_bytes(), policy=email.policy.default)
    assert parsed["Subject"].strip() == "[Nhắc việc] Cập nhật kết quả: Hội nghị truyền thông giáo dục"
    assert f"/admin/trainings/training/{held.pk}/change/" in parsed.get_content()


@pytest.mark.django_db(transaction=True)
def test_a_sweep_process_killed_mid_send_leaves_the_row_pending_and_the_rerun_sends_each_once(settings):
    start = timezone.now() + datetime.timedelta(hours=72) - datetime.timedelta(minutes=1)
    training = TrainingFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=8), status="open")
    for number in range(1, 4):
        ParticipantFactory(training=training, email=f"db{number}@example.vn")
    ReminderFactory(training=training, audience="delegates")

    handler = HoldSecondMessage()
    port = closed_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    script = (
        child_clock_prelude()
        + "import django; django.setup(); from trainings.services.reminders import reminders_sweep; reminders_sweep()"
    )
    try:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", script], env=env, cwd=Path(__file__).resolve().parents[3]
        )
        try:
            assert handler.second_arrived.wait(timeout=60), "the sweep process never reached the second message"
            os.kill(process.pid, signal.SIGKILL)
        finally:
            process.wait(timeout=30)
        assert handler.kept == ["db1@example.vn"]
        # The second row stays claimed by the killed process, which may have been sending it; a
        # sweep sends the third now, and the second once the claim is stale (portal/outbox.py).
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        wait_until(lambda: reminders_sweep() and handler.kept.count("db3@example.vn") == 1)
        assert sorted(handler.kept) == ["db1@example.vn", "db3@example.vn"]
        with time_machine.travel(timezone.now() + CLAIM_STALE + datetime.timedelta(minutes=1), tick=False):
            assert reminders_sweep().sent == 1
            assert reminders_sweep().sent == 0
        assert sorted(handler.kept) == ["db1@example.vn", "db2@example.vn", "db3@example.vn"]
    finally:
        controller.stop()


@pytest.mark.django_db
def test_a_sweep_stops_sending_at_its_time_budget_and_leaves_the_rest_pending(training, smtp_sink, monkeypatch):
    ReminderFactory(training=training, hours_before=72, audience="delegates")
    monkeypatch.setattr(reminders, "SEND_TIME_BUDGET", -1)  # already past: nothing may be sent
    with time_machine.travel(DUE + datetime.timedelta(minutes=3), tick=False):
        report = reminders_sweep()
    assert report.sent == 0
    assert smtp_sink.messages == []
    assert ReminderDelivery.objects.filter(status=DeliveryStatus.PENDING).count() == 3
