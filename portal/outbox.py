"""Sending a mail that a row owes: claim the row, send, mark it sent.

A mail server and a database cannot commit together, so some moment always separates "the
server accepted the mail" from "the row says sent"; a process that dies in it sends the mail
again. This keeps that moment as short as the mail server allows:

1. claim: one UPDATE, committed at once, sets the row's claim time if the row is still owed
   and not claimed, or claimed longer than CLAIM_STALE ago (its sender died). Two sweeps, or
   a task and a sweep, cannot both claim it; no lock or transaction is held while the mail
   goes out.
2. send.
3. mark: one UPDATE, committed at once; if the database connection broke while the mail was
   going out, it is retried once on a fresh connection, so a database fault during the send
   does not send the mail again.

What is guaranteed: a mail is sent at least once (a refused send releases the claim for the
next try; a claim whose sender died is taken again once stale) and at most twice, the second
only when the process dies, or the database stays unreachable, between the server's
acceptance and the mark.
"""

import logging
from datetime import datetime, timedelta

from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import Q, QuerySet

logger = logging.getLogger(__name__)

# Longer than any send can take (the task time limit is 5 minutes, CELERY_TASK_TIME_LIMIT),
# so a live sender never has its claim taken; short enough that a mail whose sender died
# goes out within the next sweep or two after it.
CLAIM_STALE = timedelta(minutes=10)


def claim(owed: QuerySet, *, pk: int, field: str, now: datetime) -> bool:
    """Claim row ``pk`` of ``owed`` (the rows still owed) by setting ``field`` to ``now``, in its
    own short transaction; ``False`` when it is no longer owed or another sender holds it."""
    free = Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__lt": now - CLAIM_STALE})
    with transaction.atomic():
        return bool(owed.filter(pk=pk).filter(free).update(**{field: now}))


def release(model, *, pk: int, field: str, now: datetime) -> None:
    """Give up a claim after a refused send, so that the next try need not wait for it to go stale."""
    model._default_manager.filter(pk=pk, **{field: now}).update(**{field: None})


def mark_sent(model, *, pk: int, **values) -> None:
    """Record that the mail went out; retried once on a fresh connection if the old one broke."""
    try:
        model._default_manager.filter(pk=pk).update(**values)
    except (OperationalError, InterfaceError) as error:
        if connection.in_atomic_block:
            raise
        logger.warning(
            "%s %s sent, marking it failed (%s); trying again on a new connection", model.__name__, pk, error
        )
        connection.close()
        model._default_manager.filter(pk=pk).update(**values)
