"""The .ics calendar invitation of a training, for the public page and the reminder e-mails."""

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from .models import Training


def training_ics(training: Training, *, include_online_url: bool) -> bytes:
    """An iCalendar file with one event; its UID is stable so calendars update, not duplicate.

    The online meeting link (and any passcode in it) goes only to invited people, in their
    reminders, never into the public download.
    """
    url = settings.SITE_URL + training.get_absolute_url()
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "localhost"
    calendar = Calendar()
    calendar.add("prodid", "-//So GD&DT//Hoi nghi tap huan//VI")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"training-{training.pk}@{host}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", training.starts_at)
    event.add("dtend", training.ends_at)
    event.add("summary", training.title)
    online_url = training.online_url if include_online_url else ""
    location = ", ".join(part for part in (training.venue, online_url) if part)
    if location:
        event.add("location", location)
    description = "\n\n".join(part for part in (training.summary, url) if part)
    event.add("description", description)
    event.add("url", url)
    event.add("status", "CANCELLED" if training.status == "cancelled" else "CONFIRMED")
    calendar.add_component(event)
    return calendar.to_ical()


def training_ics_filename(training: Training) -> str:
    return f"{training.slug[:80]}.ics"
