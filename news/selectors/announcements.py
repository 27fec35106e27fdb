"""Reads of announcements and the work schedule for the public pages; each a fixed number of queries.

Every read starts from ``Announcement.objects.published()`` or ``WorkWeek.objects.published()``
(docs/architecture.md: what the public sees is decided in one place).
"""

import datetime

from django.db.models import Min, Prefetch, Q, QuerySet
from django.utils import timezone

from ..enums import AnnouncementStatus, WorkWeekStatus
from ..models import Announcement, WorkEntry, WorkWeek
from .articles import next_schedule_change

HOME_ANNOUNCEMENTS = 6
TICKER_SIZE = 5


def announcements_listing(now: datetime.datetime | None = None) -> QuerySet:
    """Published announcements, pinned ones first while their pin lasts, then the newest."""
    return Announcement.objects.for_listing(now)


def home_announcements(*, limit: int = HOME_ANNOUNCEMENTS) -> dict:
    """The home page's block and ticker, from one query: the block is the first ``limit`` of
    the list, the ticker the important ones among them."""
    block = list(announcements_listing()[:limit])
    return {"announcements": block, "ticker": [a for a in block if a.is_important][:TICKER_SIZE]}


def announcements_next_change(now: datetime.datetime | None = None) -> datetime.datetime | None:
    """The next moment at which the announcements the public sees change by themselves: a
    go-live, a removal or the end of a pin still ahead. One query of three index lookups."""
    now = now or timezone.now()
    approved = Announcement.objects.filter(status=AnnouncementStatus.PUBLISHED)
    found = approved.aggregate(
        go_live=Min("publish_at", filter=Q(publish_at__gt=now)),
        removal=Min("unpublish_at", filter=Q(unpublish_at__gt=now)),
        unpin=Min("pinned_until", filter=Q(pinned_until__gt=now)),
    )
    return min((moment for moment in found.values() if moment is not None), default=None)


def public_next_change(now: datetime.datetime | None = None) -> datetime.datetime | None:
    """The next change of a page showing both articles and announcements (the home page, search)."""
    moments = [next_schedule_change(now), announcements_next_change(now)]
    return min((moment for moment in moments if moment is not None), default=None)


# --- the work schedule ----------------------------------------------------------------------


def work_week_public(*, starts_on: datetime.date) -> WorkWeek | None:
    """The published week starting on ``starts_on`` with its entries in order; two queries."""
    entries = Prefetch("entries", queryset=WorkEntry.objects.order_by("day", "starts_at", "order", "pk"))
    return WorkWeek.objects.published().prefetch_related(entries).filter(starts_on=starts_on).first()


def work_weeks_next_change(now: datetime.datetime | None = None) -> datetime.datetime | None:
    """The next publication time of a week scheduled ahead (cached schedule pages end there)."""
    now = now or timezone.now()
    return (
        WorkWeek.objects.filter(status=WorkWeekStatus.PUBLISHED, published_at__gt=now)
        .aggregate(next=Min("published_at"))
        .get("next")
    )


def announcements_search(terms: list[str]) -> QuerySet:
    """Published announcements holding every word of ``terms`` (normalised: diacritics and case
    ignored), newest first; none without words."""
    if not terms:
        return Announcement.objects.none()
    queryset = Announcement.objects.published().defer("search_text")
    for term in terms:
        queryset = queryset.filter(search_text__contains=term)
    return queryset.order_by("-publish_at", "-pk")
