"""Seeds announcements, the work schedule and the home page's banners from ``data/announcements.toml``,
through the services.

Idempotent: an announcement is found by title, a week by its Monday, and left alone when it exists.
Last week and this week are published, so ``/lich-cong-tac/`` shows a week and its previous one.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from news.models import Announcement, Document, WorkEntry, WorkWeek, monday_of
from news.services.announcements import (
    announcement_publish,
    announcement_save,
    work_entries_save,
    work_week_publish,
    work_week_save,
)
from portal.models import Banner
from portal.models.core import User
from portal.services.organisation import banner_save

from .content import at, load, moment, time_of_day
from .images import banner as banner_image


@transaction.atomic
def seed(*, stdout) -> None:
    data = load("announcements")
    author = User.objects.get(username=data["author"])
    created = 0
    for row in data["announcements"]:
        if Announcement.objects.filter(title=row["title"]).exists():
            continue
        publish_at = moment(row["published"])
        announcement = Announcement(
            title=row["title"],
            body=row["body"].strip(),
            is_important=row.get("important", False),
            publish_at=publish_at,
            pinned_until=moment(row["pinned"]) if "pinned" in row else None,
            document=Document.objects.filter(number=row["document"]).first() if "document" in row else None,
        )
        announcement_save(announcement=announcement, by=author, is_new=True)
        announcement_publish(announcement=announcement, by=author, publish_at=publish_at)
        created += 1
    this_monday = monday_of(timezone.localdate())
    weeks = 0
    for row in data["weeks"]:
        starts_on = this_monday + datetime.timedelta(weeks=row["week"])
        if WorkWeek.objects.filter(starts_on=starts_on).exists():
            continue
        week = work_week_save(week=WorkWeek(starts_on=starts_on, note=row.get("note", "")), by=author, is_new=True)
        entries = [
            WorkEntry(
                day=starts_on + datetime.timedelta(days=entry["day"]),
                starts_at=time_of_day(entry["time"]) if "time" in entry else None,
                title=entry["title"],
                location=entry.get("location", ""),
                presiding=entry.get("presiding", ""),
                attendees=entry.get("attendees", ""),
                unit_in_charge=entry.get("unit", ""),
                order=order,
            )
            for order, entry in enumerate(row["rows"])
        ]
        work_entries_save(week=week, by=author, saved=entries, deleted=[])
        # Published on the Friday before the week, as the office does (at seeding at the latest).
        friday = at(starts_on - datetime.timedelta(days=3), "16:00")
        work_week_publish(week=week, by=author, published_at=min(friday, timezone.now()))
        weeks += 1
    banners = 0
    for order, row in enumerate(data["banners"]):
        if Banner.objects.filter(title=row["title"]).exists():
            continue
        banner = Banner(
            title=row["title"],
            alt=row["alt"],
            url=row["url"],
            slot=row["slot"],
            order=order,
            ends_at=moment(row["ends"]) if "ends" in row else None,
        )
        banner.image.save("banner.png", ContentFile(banner_image(order, row["text"])), save=False)
        banner_save(banner=banner, by=author)
        banners += 1
    stdout.write(
        f"Thông báo mẫu: {created} thông báo mới; lịch công tác: {weeks} tuần mới; banner: {banners} banner mới."
    )
