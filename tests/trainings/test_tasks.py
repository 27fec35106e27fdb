"""Tests of trainings/tasks.py: the reminder task run twice by a real worker sends each person one mail; an
invitation task run twice, then the sweep, mail a unit once."""

import datetime

import pytest
import time_machine

from portal.models import WorkerHeartbeat
from portal.owed import owed_sweep
from portal.tasks import heartbeat_task
from tests.conftest import wait_until
from tests.factories.portal import UnitFactory
from tests.factories.trainings import ReminderFactory, TrainingFactory
from tests.trainings.conftest import DUE, addresses
from trainings.enums import DeliveryStatus
from trainings.models import Invitation, ReminderDelivery
from trainings.tasks import send_due_reminders_task, send_registration_invitation_task


@pytest.mark.worker
def test_the_worker_runs_the_beat_task_twice_and_each_person_gets_one_mail(celery_worker, training, smtp_sink):
    ReminderFactory(training=training, audience="delegates")
    with time_machine.travel(DUE + datetime.timedelta(minutes=1), tick=True):
        send_due_reminders_task.delay()
        send_due_reminders_task.delay()
        heartbeat_task.delay()  # the solo worker runs tasks in order: this one marks the end
        wait_until(lambda: WorkerHeartbeat.objects.filter(name="celery").exists())
    assert addresses(smtp_sink) == ["db1@example.vn", "db2@example.vn", "db3@example.vn"]
    assert ReminderDelivery.objects.filter(status=DeliveryStatus.SENT).count() == 3


@pytest.mark.django_db
def test_the_invitation_task_run_twice_then_the_sweep_mail_the_unit_once(smtp_sink):
    training = TrainingFactory(status="open")
    training.registration_deadline = training.starts_at - datetime.timedelta(days=3)
    training.save(update_fields=["registration_deadline"])
    with time_machine.travel(training.starts_at - datetime.timedelta(days=10), tick=False) as clock:
        invitation = Invitation.objects.create(training=training, unit=UnitFactory(email="thpt@x.vn"), places=2)
        send_registration_invitation_task(invitation_id=invitation.pk)
        send_registration_invitation_task(invitation_id=invitation.pk)
        clock.shift(datetime.timedelta(minutes=5))
        assert owed_sweep() == {}
    assert addresses(smtp_sink) == ["thpt@x.vn"]
