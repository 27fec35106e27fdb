"""Tests of portal/web/views/organisation.py: the organisation pages in Vietnamese and English, the spokesperson and
the press briefings."""

import datetime
from types import SimpleNamespace

import pytest
import time_machine
from django.template.loader import render_to_string
from django.utils import timezone

from portal.enums import SpokespersonRole, UnitKind
from tests.factories.news import ArticleFactory, DocumentFactory
from tests.factories.portal import (
    AboutPageFactory,
    LeaderFactory,
    OfficeFactory,
    PressBriefingFactory,
    SpokespersonFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def department():
    return UnitFactory(name="Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm", kind=UnitKind.DEPARTMENT)


NOW = datetime.datetime(2026, 3, 9, 1, 0, tzinfo=datetime.UTC)  # 08:00 in Vietnam


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield NOW


class FakeDocument:
    """What the news app's Document will offer the spot: a URL and a name."""

    def get_absolute_url(self) -> str:
        return "/van-ban/45-qd-sgddt/"

    def __str__(self) -> str:
        return "Quyết định số 45/QĐ-SGDĐT"


# --- the organisation and contact pages -----------------------------------------------------------


def test_contact_page_in_vietnamese_shows_the_department_offices_and_spokesperson(client, profile):
    OfficeFactory(name="Văn phòng Sở", name_en="Office of the Department", head_name="Đỗ Thị Hà", email="vp@example.vn")
    SpokespersonFactory(full_name="Phạm Đức Minh", position="Giám đốc Sở", position_en="Director")
    response = client.get("/lien-he/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "vi"
    assert '<html lang="vi"' in html
    assert "<h1>Liên hệ</h1>" in html
    assert "Số 1 Đường Lê Duẩn" in html
    assert "Văn phòng Sở" in html
    assert "Đỗ Thị Hà" in html
    assert '<a href="mailto:vp@example.vn">vp@example.vn</a>' in html
    assert "Phạm Đức Minh" in html
    assert "Người phát ngôn · Giám đốc Sở" in html
    assert "Từ thứ Hai đến thứ Sáu" in html
    assert "Vary" not in response or "Accept-Language" not in response["Vary"]


def test_contact_page_in_english_uses_english_fields_and_english_shell(client, profile):
    OfficeFactory(
        name="Văn phòng Sở", name_en="Office of the Department", head_name="Đỗ Thị Hà", head_title="Chánh Văn phòng"
    )
    SpokespersonFactory(full_name="Phạm Đức Minh", position="Giám đốc Sở", position_en="Director")
    response = client.get("/en/contact/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert '<html lang="en"' in html
    assert "<h1>Contact</h1>" in html
    assert "Office of the Department" in html
    assert "1 Le Duan Street" in html
    assert "Spokesperson · Director" in html
    # The shell is English too: header, footer, skip link.
    assert "Skip to main content" in html
    assert "Thu Nghiem Department of Education and Training" in html
    assert "Responsible for content: Mr Nguyen Van Thanh, Deputy Director" in html
    assert "Liên hệ" not in html
    # Empty English fields fall back to Vietnamese rather than leaving a blank.
    assert "Chánh Văn phòng" in html
    assert "Từ thứ Hai đến thứ Sáu" in html


def test_about_page_body_is_cleaned_and_english_falls_back_to_vietnamese(client, profile):
    page = AboutPageFactory(
        title="Chức năng, nhiệm vụ",
        body='<p onclick="alert(1)">Tham mưu cho Ủy ban nhân dân tỉnh.</p><script>alert(2)</script>',
    )
    page.refresh_from_db()
    assert page.body == "<p>Tham mưu cho Ủy ban nhân dân tỉnh.</p>"
    english = client.get(f"/en/about/{page.slug}/").content.decode()
    assert "<h1>Chức năng, nhiệm vụ</h1>" in english
    assert "The English version of this page is being prepared; the Vietnamese text follows." in english
    assert '<div class="prose" lang="vi"><p>Tham mưu cho Ủy ban nhân dân tỉnh.</p></div>' in english


def test_unpublished_about_page_is_not_found(client, profile):
    page = AboutPageFactory(is_published=False)
    assert client.get(page.get_absolute_url()).status_code == 404


def test_organisation_chart_shows_leaders_offices_and_unit_tree_with_counts(client, profile, department):
    LeaderFactory(full_name="Phạm Đức Minh", position="Giám đốc Sở", order=1)
    OfficeFactory(name="Phòng Giáo dục Trung học")
    bureau = UnitFactory(
        name="Phòng Giáo dục và Đào tạo huyện Lắk",
        name_en="Lak District Bureau of Education and Training",
        kind=UnitKind.BUREAU,
        parent=department,
    )
    UnitFactory.create_batch(3, parent=bureau)
    UnitFactory(parent=bureau, is_active=False)
    UnitFactory(name="Trường THPT Chu Văn An", parent=department)
    html = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    assert "Phạm Đức Minh" in html
    assert "Phòng Giáo dục Trung học" in html
    assert 'Phòng Giáo dục và Đào tạo cấp huyện <span class="org-count">(1)</span>' in html
    assert 'Trường trực thuộc Sở <span class="org-count">(1)</span>' in html
    assert '<a href="/don-vi/phong-giao-duc-va-dao-tao-huyen-lak/">Phòng Giáo dục và Đào tạo huyện Lắk</a>' in html
    assert "3 đơn vị trực thuộc" in html
    english = client.get("/en/about/organisation-chart/").content.decode()
    assert "Lak District Bureau of Education and Training" in english
    assert "3 affiliated units" in english
    assert 'District bureaus of education and training <span class="org-count">(1)</span>' in english


def test_organisation_chart_runs_a_fixed_number_of_queries(client, profile, department, django_assert_num_queries):
    def grow():
        LeaderFactory()
        OfficeFactory()
        bureau = UnitFactory(kind=UnitKind.BUREAU, parent=department)
        UnitFactory.create_batch(2, parent=bureau)

    grow()
    client.get("/gioi-thieu/co-cau-to-chuc/")  # warms the cached profile and links
    # department, its units with their counts, leaders, offices
    with django_assert_num_queries(4):
        client.get("/gioi-thieu/co-cau-to-chuc/")
    grow()
    grow()
    with django_assert_num_queries(4):
        client.get("/gioi-thieu/co-cau-to-chuc/")


@pytest.mark.parametrize(
    ("path", "queries"),
    [("/gioi-thieu/", 1), ("/gioi-thieu/lanh-dao-so/", 1), ("/lien-he/", 2), ("/en/contact/", 2)],
)
def test_organisation_pages_run_a_fixed_number_of_queries(client, profile, path, queries, django_assert_num_queries):
    for _round in range(2):
        LeaderFactory()
        OfficeFactory()
        SpokespersonFactory()
        AboutPageFactory()
        client.get(path)
        with django_assert_num_queries(queries):
            assert client.get(path).status_code == 200


def test_leaders_page_shows_position_duties_and_contacts_in_order(client, profile):
    LeaderFactory(full_name="Lê Quang Huy", position="Phó Giám đốc Sở", order=2)
    LeaderFactory(
        full_name="Phạm Đức Minh",
        position="Giám đốc Sở",
        position_en="Director",
        duties="Phụ trách chung\nNgười phát ngôn",
        phone="0262 3852 002",
        email="giamdoc@example.vn",
        order=1,
    )
    LeaderFactory(full_name="Người Đã Nghỉ", is_active=False)
    html = client.get("/gioi-thieu/lanh-dao-so/").content.decode()
    assert html.index("Phạm Đức Minh") < html.index("Lê Quang Huy")
    assert "Người Đã Nghỉ" not in html
    assert "<p>Phụ trách chung<br>Người phát ngôn</p>" in html
    assert '<a href="tel:02623852002">0262 3852 002</a>' in html
    assert '<a href="mailto:giamdoc@example.vn">giamdoc@example.vn</a>' in html
    assert '<p class="leader-position">Director</p>' in client.get("/en/about/leadership/").content.decode()


# --- the spokesperson and the press briefings -----------------------------------------------------


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


def test_the_spokesperson_page_shows_the_latest_press_releases_and_the_regulation(client, press_category):
    now = timezone.now()
    for days in range(7):
        ArticleFactory(
            published=True,
            category=press_category,
            title=f"Thông cáo báo chí số {days + 1}",
            publish_at=now - datetime.timedelta(days=days),
        )
    ArticleFactory(category=press_category, title="Thông cáo chưa duyệt")
    ArticleFactory(published=True, title="Tin thường, không phải thông cáo")
    regulation = DocumentFactory(
        number="45/QĐ-SGDĐT",
        doc_type="decision",
        issued_on=datetime.date(2026, 1, 15),
        summary="Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí",
        is_spokesperson_regulation=True,
    )
    html = client.get("/nguoi-phat-ngon/").content.decode()
    titles = [f"Thông cáo báo chí số {n}" for n in range(1, 6)]
    assert [html.index(title) for title in titles] == sorted(html.index(title) for title in titles)
    assert "Thông cáo báo chí số 6" not in html
    assert "Thông cáo chưa duyệt" not in html
    assert "Tin thường, không phải thông cáo" not in html
    assert '<a href="/chuyen-muc/thong-cao-bao-chi/">Xem tất cả thông cáo báo chí</a>' in html
    assert (
        "Quy chế phát ngôn và cung cấp thông tin cho báo chí: "
        f'<a href="{regulation.get_absolute_url()}">Quyết định số 45/QĐ-SGDĐT ngày 15/01/2026</a>' in html
    )


def test_a_hidden_regulation_is_not_shown(client):
    DocumentFactory(is_spokesperson_regulation=True, is_public=False)
    assert "Quy chế phát ngôn" not in client.get("/nguoi-phat-ngon/").content.decode()


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
