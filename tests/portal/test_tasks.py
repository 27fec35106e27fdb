"""Tests of portal/tasks.py: a real Celery worker takes the heartbeat task from Redis and records it."""

import pytest

from portal.models import WorkerHeartbeat
from portal.tasks import heartbeat_task
from tests.conftest import wait_until

pytestmark = [pytest.mark.worker, pytest.mark.usefixtures("_fresh_checks")]


def test_worker_runs_the_heartbeat_task_through_redis(celery_worker, client):
    assert celery_worker.app.conf.broker_url.startswith("redis://")
    heartbeat_task.delay()
    heartbeat = wait_until(lambda: WorkerHeartbeat.objects.filter(name="celery").first())
    assert heartbeat.hostname
    assert client.get("/healthz").status_code == 200
