"""Tests of trainings/tasks.py: the reminder task run twice by a real worker sends each person one mail."""

import datetime

import pytest
import time_machine

from portal.models import WorkerHeartbeat
from portal.tasks import heartbeat_task
from tests.conftest import wait_until
from tests.factories.trainings import ReminderFactory
from tests.trainings.conftest import DUE, addresses
from trainings.enums import DeliveryStatus
from trainings.models import ReminderDelivery
from trainings.tasks import send_due_reminders_task


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
