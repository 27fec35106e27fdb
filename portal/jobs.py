"""Queuing Celery tasks after a commit, in a way that never fails the caller.

Docs/architecture.md, a side effect is a row before it is a message: what a task would do
is already recorded in the rows the transaction wrote (an event without ``mailed_at``, an
image without renditions), and the owed-work sweep (``portal.owed``) does whatever is still
owed. Queuing is only the fast path, so a broker that is down or hung must not turn a saved
article into an error page, nor stop the other after-commit callbacks of a batch: the error
is logged, the breaker keeps this process from waiting on the broker again for
BROKER_BREAKER_SECONDS, and the sweep does the work once the broker is back.
"""

import logging

from django.db import transaction

from .cache import broker_breaker

logger = logging.getLogger(__name__)


def queue_now(task, **kwargs) -> bool:
    """Queue ``task`` with ``kwargs`` now; ``False`` (logged) when the broker did not take it."""
    if broker_breaker.is_open():
        logger.warning("%s%r not queued: broker paused after a failure; the owed-work sweep does it", task.name, kwargs)
        return False
    try:
        task.delay(**kwargs)
    except Exception as error:  # noqa: BLE001 - any broker failure: the sweep does the work later
        broker_breaker.trip(error)
        logger.warning(
            "%s%r not queued (%s: %s); the owed-work sweep does it", task.name, kwargs, type(error).__name__, error
        )
        return False
    broker_breaker.succeeded()
    return True


def queue_after_commit(task, **kwargs) -> None:
    """After the current transaction commits, queue ``task`` with ``kwargs``; never raises."""
    transaction.on_commit(lambda: queue_now(task, **kwargs))
