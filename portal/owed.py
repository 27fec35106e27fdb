"""What the portal still owes the world, and the sweep that does it.

Docs/architecture.md, a side effect is a row before it is a message: a change records what it
owes (an event whose mail has no ``mailed_at``, an image without renditions, a purge that
could not reach Redis) in its own transaction, and queues a task as the fast path
(portal/jobs.py). When that task is lost (the broker was down, the worker died, its retries
ran out), the owed-work sweep (``portal.owed_sweep``, every two minutes by beat) finds the
rows and does the work, so everything happens once the broker is back, and once: each kind's
``do`` is the same idempotent service the task calls (mails are claimed, portal/outbox.py).

Each app describes what it may owe in its own ``owed.py`` (found like admin modules, by
``autodiscover_modules``), so that this base module names no app. ``manage.py owed`` shows
what is owed now.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _

from .models import Leader, OwedPurge, Question, UploadedImage
from .pagecache import bump
from .services.images import uploaded_image_render
from .services.organisation import leader_photo_renditions_make
from .services.questions import question_notify_staff

logger = logging.getLogger(__name__)

# Work younger than this is left to the task queued for it, which is normally running now.
OWED_AFTER = timedelta(minutes=2)
# A workflow or question mail more than a week late is news to no one: such rows are left
# (and counted by ``manage.py owed``), so that years-old events are never mailed.
MAILS_OWED_WITHIN = timedelta(days=7)
# Rows of one kind done per sweep, and the time one sweep may spend: well inside the task's
# soft time limit (240 s); the rest waits for the next run, two minutes on.
SWEEP_BATCH = 100
SWEEP_TIME_BUDGET = 120  # seconds


@dataclass(frozen=True)
class OwedWork:
    """One kind of work that rows may owe: ``owed(now)`` are those rows, oldest first;
    ``do(pk)`` does the work of one (idempotent: safe while its task runs too)."""

    name: str
    label: str
    owed: Callable[[datetime], QuerySet]
    do: Callable[[int], object]


_registry: dict[str, OwedWork] = {}


def register(work: OwedWork) -> None:
    _registry[work.name] = work


def owed_work() -> list[OwedWork]:
    """Every kind of owed work, each app's ``owed`` module loaded."""
    autodiscover_modules("owed")
    return list(_registry.values())


def owed_counts(*, now: datetime | None = None) -> list[tuple[OwedWork, int]]:
    """How many rows owe each kind of work now (one count query per kind)."""
    now = now or timezone.now()
    return [(work, work.owed(now).count()) for work in owed_work()]


def owed_sweep(*, now: datetime | None = None, batch: int = SWEEP_BATCH) -> dict[str, int]:
    """Do what is owed, up to ``batch`` rows per kind; returns how many rows of each kind were done.

    A row whose work fails is logged and left for the next run; it does not stop the others.
    """
    now = now or timezone.now()
    deadline = time.monotonic() + SWEEP_TIME_BUDGET
    done: dict[str, int] = {}
    for work in owed_work():
        for pk in list(work.owed(now).values_list("pk", flat=True)[:batch]):
            if time.monotonic() > deadline:
                return done  # the next run, two minutes on, does the rest
            try:
                if work.do(pk):
                    done[work.name] = done.get(work.name, 0) + 1
            except Exception:
                logger.exception("owed work %s of row %s failed; tried again at the next sweep", work.name, pk)
    return done


# --- what portal's own rows may owe ---------------------------------------------------------


def _purge_redo(pk: int) -> bool:
    row = OwedPurge.objects.filter(pk=pk).first()
    if row is None or not bump(row.scope, row.ident):
        return False
    OwedPurge.objects.filter(pk=pk, created_at=row.created_at).delete()
    return True


register(
    OwedWork(
        name="portal.page_purges",
        label=_("Xoá trang khỏi bộ đệm (Redis chưa nhận)"),
        owed=lambda now: OwedPurge.objects.order_by("created_at", "pk"),
        do=_purge_redo,
    )
)
register(
    OwedWork(
        name="portal.question_mails",
        label=_("Thư báo biên tập viên có câu hỏi mới"),
        owed=lambda now: Question.objects.filter(
            staff_notified_at__isnull=True, created_at__lte=now - OWED_AFTER, created_at__gte=now - MAILS_OWED_WITHIN
        ).order_by("created_at", "pk"),
        do=lambda pk: question_notify_staff(question_id=pk),
    )
)
register(
    OwedWork(
        name="portal.editor_image_renditions",
        label=_("Các cỡ của ảnh tải lên trong trình soạn thảo"),
        owed=lambda now: UploadedImage.objects.filter(renditions={}, uploaded_at__lte=now - OWED_AFTER).order_by(
            "uploaded_at", "pk"
        ),
        do=lambda pk: uploaded_image_render(image_id=pk),
    )
)
register(
    OwedWork(
        name="portal.leader_photo_renditions",
        label=_("Các cỡ ảnh lãnh đạo"),
        owed=lambda now: (
            Leader.objects.filter(photo_renditions={}, updated_at__lte=now - OWED_AFTER)
            .exclude(photo="")
            .order_by("updated_at", "pk")
        ),
        do=lambda pk: leader_photo_renditions_make(leader_id=pk),
    )
)
