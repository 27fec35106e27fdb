"""The spokesperson page and the calendar of press briefings (Decree 09/2017/NĐ-CP)."""

import datetime
from types import SimpleNamespace

import pytest
import time_machine
from django.template.loader import render_to_string
from django.utils import timezone

from portal.enums import SpokespersonRole
from tests.factories.portal import PressBriefingFactory, SpokespersonFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 9, 1, 0, tzinfo=datetime.UTC)  # 08:00 in Vietnam


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield NOW


def test_spokesperson_page_shows_who_speaks_and_how_to_reach_them(client, frozen):
    SpokespersonFactory(
        full_name="Phạm Đức Minh",
        position="Giám đốc Sở",
        phone="0262 3852 002",
        email="giamdoc@example.vn",
        appointment="Quyết định số 45/QĐ-SGDĐT ngày 15/01/2026",
        order=1,
    )
    SpokespersonFactory(
        full_name="Đỗ Thị Thu Hà", role=SpokespersonRole.AUTHORISED, position="Chánh Văn phòng", order=2
    )
    SpokespersonFactory(full_name="Người Cũ", is_active=False)
    html = client.get("/nguoi-phat-ngon/").content.decode()
    assert html.index("Phạm Đức Minh") < html.index("Đỗ Thị Thu Hà")
    assert "Người phát ngôn · Giám đốc Sở" in html
    assert "Người được giao phát ngôn · Chánh Văn phòng" in html
    assert '<a href="tel:02623852002">0262 3852 002</a>' in html
    assert "Quyết định số 45/QĐ-SGDĐT ngày 15/01/2026" in html
    assert "Người Cũ" not in html


def test_upcoming_briefings_come_soonest_first_and_cancelled_ones_say_so(client, frozen):
    PressBriefingFactory(title="Họp báo tuần sau", starts_at=NOW + datetime.timedelta(days=7))
    PressBriefingFactory(
        title="Họp báo ngày mai",
        starts_at=NOW + datetime.timedelta(days=1),
        ends_at=NOW + datetime.timedelta(days=1, hours=1, minutes=30),
    )
    PressBriefingFactory(title="Họp báo đã hủy", starts_at=NOW + datetime.timedelta(days=3), is_cancelled=True)
    PressBriefingFactory(title="Họp báo tháng trước", starts_at=NOW - datetime.timedelta(days=30))
    PressBriefingFactory(title="Họp báo chưa công bố", starts_at=NOW + datetime.timedelta(days=2), is_published=False)
    html = client.get("/nguoi-phat-ngon/").content.decode()
    assert html.index("Họp báo ngày mai") < html.index("Họp báo đã hủy") < html.index("Họp báo tuần sau")
    assert "Họp báo tháng trước" not in html
    assert "Họp báo chưa công bố" not in html
    assert '<time datetime="2026-03-10T08:00:00+07:00">10/03/2026 08:00</time> – 09:30' in html
    assert '<strong class="badge badge-cancelled">Đã hủy</strong>' in html
    assert '<a href="/nguoi-phat-ngon/lich-hop-bao/">Xem toàn bộ lịch họp báo</a>' in html


class FakeDocument:
    """What the news app's Document will offer the spot: a URL and a name."""

    def get_absolute_url(self) -> str:
        return "/van-ban/45-qd-sgddt/"

    def __str__(self) -> str:
        return "Quyết định số 45/QĐ-SGDĐT"


def test_press_releases_spot_is_empty_until_the_news_app_fills_it(client, frozen):
    html = client.get("/nguoi-phat-ngon/").content.decode()
    assert "Thông cáo báo chí" not in html
    filled = render_to_string(
        "portal/includes/_press_releases.html",
        {
            "press_releases": [
                SimpleNamespace(title="Thông cáo về kỳ thi lớp 10", get_absolute_url="/tin/thong-cao/", publish_at=NOW)
            ],
            "press_releases_url": "/chuyen-muc/thong-cao-bao-chi/",
            "regulation": FakeDocument(),
        },
    )
    assert '<a href="/tin/thong-cao/">Thông cáo về kỳ thi lớp 10</a>' in filled
    assert '<a href="/chuyen-muc/thong-cao-bao-chi/">Xem tất cả thông cáo báo chí</a>' in filled
    assert (
        'Quy chế phát ngôn và cung cấp thông tin cho báo chí: <a href="/van-ban/45-qd-sgddt/">Quyết định số 45/QĐ-SGDĐT</a>'
        in filled
    )


def test_calendar_lists_every_published_briefing_latest_first_paginated(client, frozen, settings):
    settings.PAGE_SIZE = 2
    for days, title in [(-60, "Họp báo cũ"), (-10, "Họp báo vừa qua"), (5, "Họp báo sắp tới")]:
        PressBriefingFactory(title=title, starts_at=NOW + datetime.timedelta(days=days))
    first = client.get("/nguoi-phat-ngon/lich-hop-bao/").content.decode()
    second = client.get("/nguoi-phat-ngon/lich-hop-bao/?trang=2").content.decode()
    assert first.index("Họp báo sắp tới") < first.index("Họp báo vừa qua")
    assert '<strong class="badge">Sắp diễn ra</strong>' in first
    assert "Họp báo cũ" in second
    assert "Họp báo cũ" not in first


def test_spokesperson_pages_run_a_fixed_number_of_queries(client, django_assert_num_queries):
    for _round in range(2):
        speaker = SpokespersonFactory()
        PressBriefingFactory.create_batch(3, spokesperson=speaker)
        PressBriefingFactory(starts_at=timezone.now() - datetime.timedelta(days=3), spokesperson=speaker)
        client.get("/nguoi-phat-ngon/")
        # spokespersons, upcoming briefings with their host, the latest press releases, the regulation
        with django_assert_num_queries(4):
            client.get("/nguoi-phat-ngon/")
        with django_assert_num_queries(2):  # count, page
            client.get("/nguoi-phat-ngon/lich-hop-bao/")
