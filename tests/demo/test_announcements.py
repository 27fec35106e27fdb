"""The demo's announcements, work schedule and banners: published through the services, one scheduled ahead; idempotent."""

import datetime

import pytest
from django.utils import timezone

from news.models import Announcement, WorkWeek, monday_of
from portal.models import Banner

pytestmark = pytest.mark.django_db


def test_the_demo_has_announcements_and_a_published_week(client, demo):
    assert Announcement.objects.count() == 5
    assert Announcement.objects.published().count() == 4  # one is scheduled for tomorrow
    assert Announcement.objects.exclude(document=None).count() == 2
    this_monday = monday_of(timezone.localdate())
    assert list(WorkWeek.objects.published().values_list("starts_on", flat=True)) == [
        this_monday,
        this_monday - datetime.timedelta(days=7),
    ]
    assert [(b.title, b.slot) for b in Banner.objects.published()] == [
        ("Chiến dịch: Tháng an toàn giao thông cho học sinh", "main"),
        ("Cổng dịch vụ công trực tuyến", "side"),
        ("Tuyển sinh đầu cấp trực tuyến", "side"),
    ]
    html = client.get("/lich-cong-tac/").content.decode()
    assert "Giao ban lãnh đạo Sở đầu tuần" in html
    assert "Lịch nghỉ Tết Nguyên đán" in client.get("/").content.decode()
