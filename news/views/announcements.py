"""Public pages of announcements (list, page, file) and of the leaders' weekly work schedule
(week, print view, calendar file)."""

import datetime

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from news.selectors.announcements import (
    announcements_listing,
    announcements_next_change,
    work_week_public,
    work_weeks_next_change,
)
from portal.downloads import file_download
from portal.pagecache import LISTS, cached_page
from portal.pagination import paginate

from ..constants import ANNOUNCEMENT_SCOPE, DOCUMENTS_SCOPE, WORK_SCHEDULE_SCOPE
from ..models import Announcement, monday_of, work_week_url

LIST_MAX_ITEMS = 1000


@require_safe
def announcement_list(request: HttpRequest) -> HttpResponse:
    def build() -> HttpResponse:
        page = paginate(request, announcements_listing(), max_items=LIST_MAX_ITEMS)
        return TemplateResponse(request, "news/announcement_list.html", {"page": page, "cacheable_page": True})

    return cached_page(request, [LISTS], build, params=("trang",), expires=announcements_next_change)


@require_safe
def announcement_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    def build() -> HttpResponse:
        announcement = get_object_or_404(announcements_listing(), pk=pk)
        if announcement.slug != slug:
            return redirect(announcement, permanent=True)
        # The linked document shows only while it is public itself.
        document = announcement.document if announcement.document and announcement.document.is_public else None
        context = {"announcement": announcement, "document": document, "cacheable_page": True}
        return TemplateResponse(request, "news/announcement_detail.html", context)

    # The registry's scope too: a document made private must leave the page at once.
    return cached_page(request, [(ANNOUNCEMENT_SCOPE, pk), DOCUMENTS_SCOPE], build, expires=announcements_next_change)


def _can_see_draft(user) -> bool:
    return user.is_authenticated and user.is_staff and user.has_perm("news.change_announcement")


@require_safe
def announcement_file(request: HttpRequest, pk: int) -> HttpResponse:
    """The announcement's file: for anyone once it is public, for staff who edit announcements before.

    A PDF opens in the browser (a phone shows it instead of saving it away); other types download.
    """
    announcement = get_object_or_404(Announcement, pk=pk)
    public = Announcement.objects.published().filter(pk=pk).exists()
    if not public and not _can_see_draft(request.user):
        raise Http404
    inline = announcement.file.name.lower().endswith(".pdf") and "tai-ve" not in request.GET
    extension = announcement.file_extension.lower()
    filename = announcement.file_title or ""
    if filename and extension and not filename.lower().endswith(f".{extension}"):
        filename = f"{filename}.{extension}"
    return file_download(announcement.file, public=public, as_attachment=not inline, filename=filename)


# --- the work schedule ----------------------------------------------------------------------


def _week_start(year: int, week: int) -> datetime.date:
    # A schedule is a matter of this century; the bounds keep the previous/next links computable.
    if not 2000 <= year <= 2100:
        raise Http404
    try:
        return datetime.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise Http404 from None


def _week_context(starts_on: datetime.date) -> dict:
    week = work_week_public(starts_on=starts_on)
    days = []
    if week is not None:
        by_day: dict[datetime.date, list] = {}
        for entry in week.entries.all():
            by_day.setdefault(entry.day, []).append(entry)
        days = [(day, by_day[day]) for day in sorted(by_day)]
    previous_start, next_start = starts_on - datetime.timedelta(days=7), starts_on + datetime.timedelta(days=7)
    return {
        "week": week,
        "days": days,
        "starts_on": starts_on,
        "ends_on": starts_on + datetime.timedelta(days=6),
        "iso_week": starts_on.isocalendar()[1],
        "previous_url": work_week_url(previous_start),
        "next_url": work_week_url(next_start),
        "this_week_url": work_week_url(monday_of(timezone.localdate())),
        "is_this_week": starts_on == monday_of(timezone.localdate()),
        "cacheable_page": True,
    }


def _schedule_page(request: HttpRequest, starts_on: datetime.date, template: str, *, not_found_status: int):
    def build() -> HttpResponse:
        context = _week_context(starts_on)
        status = 200 if context["week"] is not None else not_found_status
        return TemplateResponse(request, template, context, status=status)

    return cached_page(request, [WORK_SCHEDULE_SCOPE], build, expires=_schedule_expires)


def _schedule_expires() -> datetime.datetime | None:
    # The current week's page also changes at midnight on Monday, when "this week" moves on.
    monday = monday_of(timezone.localdate()) + datetime.timedelta(days=7)
    next_monday = timezone.make_aware(datetime.datetime.combine(monday, datetime.time.min))
    scheduled = work_weeks_next_change()
    return min(scheduled, next_monday) if scheduled else next_monday


@require_safe
def work_schedule(request: HttpRequest) -> HttpResponse:
    """This week's schedule (the week is always there to navigate from, even before it is published)."""
    return _schedule_page(request, monday_of(timezone.localdate()), "news/work_schedule.html", not_found_status=200)


@require_safe
def work_schedule_week(request: HttpRequest, year: int, week: int) -> HttpResponse:
    """One week's schedule; 404 (with the navigation) for a week not published."""
    return _schedule_page(request, _week_start(year, week), "news/work_schedule.html", not_found_status=404)


@require_safe
def work_schedule_print(request: HttpRequest, year: int, week: int) -> HttpResponse:
    return _schedule_page(request, _week_start(year, week), "news/work_schedule_print.html", not_found_status=404)


@require_safe
def work_schedule_ics(request: HttpRequest, year: int, week: int) -> HttpResponse:
    """The published week as an iCalendar file; stable UIDs, so a re-import updates events."""
    starts_on = _week_start(year, week)
    work_week = work_week_public(starts_on=starts_on)
    if work_week is None:
        raise Http404
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "localhost"
    calendar = Calendar()
    calendar.add("prodid", "-//So GD&DT//Lich cong tac//VI")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", str(work_week))
    stamp = timezone.now()
    for entry in work_week.entries.all():
        event = Event()
        event.add("uid", f"work-entry-{entry.pk}@{host}")
        event.add("dtstamp", stamp)
        if entry.starts_at is None:
            event.add("dtstart", entry.day)
        else:
            start = timezone.make_aware(datetime.datetime.combine(entry.day, entry.starts_at))
            event.add("dtstart", start)
            event.add("dtend", start + datetime.timedelta(hours=1))
        event.add("summary", entry.title)
        if entry.location:
            event.add("location", entry.location)
        details = [
            label + value
            for label, value in (
                (_("Chủ trì: "), entry.presiding),
                (_("Thành phần: "), entry.attendees),
                (_("Đơn vị chuẩn bị: "), entry.unit_in_charge),
            )
            if value
        ]
        if entry.adjusted_at:
            details.append(_("Điều chỉnh lúc ") + timezone.localtime(entry.adjusted_at).strftime("%H:%M %d/%m/%Y"))
        if details:
            event.add("description", "\n".join(details))
        event.add("url", settings.SITE_URL + work_week.get_absolute_url())
        if entry.adjusted_at:
            event.add("last-modified", entry.adjusted_at)
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="lich-cong-tac-{year}-tuan-{week:02d}.ics"'
    response["Cache-Control"] = "public, max-age=300"
    return response
