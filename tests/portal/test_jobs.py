"""portal/jobs.py: queuing after a commit never fails the caller."""

import logging

import pytest
from django.db import transaction
from kombu.exceptions import OperationalError

from portal.cache import broker_breaker
from portal.jobs import queue_after_commit, queue_now


class Task:
    """A task whose broker is down: ``delay`` raises what kombu raises for a refused connection."""

    name = "portal.example"

    def __init__(self) -> None:
        self.calls: list[dict] = []

    def delay(self, **kwargs) -> None:
        self.calls.append(kwargs)
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


@pytest.fixture(autouse=True)
def _closed_breaker():
    broker_breaker.reset()
    yield
    broker_breaker.reset()


@pytest.mark.django_db(transaction=True)
def test_a_broker_error_after_commit_is_logged_and_the_later_callbacks_still_run(caplog):
    task, ran = Task(), []
    with caplog.at_level(logging.WARNING, logger="portal.jobs"), transaction.atomic():
        queue_after_commit(task, event_id=7)
        transaction.on_commit(lambda: ran.append("purge"))
    assert task.calls == [{"event_id": 7}]
    assert ran == ["purge"]
    assert caplog.messages[-1] == (
        "portal.example{'event_id': 7} not queued (OperationalError: Error 111 connecting to 127.0.0.1:6379. "
        "Connection refused.); the owed-work sweep does it"
    )


def test_after_a_failure_the_broker_is_left_alone_for_a_while():
    task = Task()
    assert queue_now(task, event_id=1) is False
    assert queue_now(task, event_id=2) is False
    assert task.calls == [{"event_id": 1}]  # the second was not even tried
    assert broker_breaker.is_open()
