"""A leader, on a phone, reads a hybrid conference with remote sites: the totals add the sites' head counts and the
people counted at the hall, and a unit that followed from its own site is not listed as absent."""

import pytest
from django.contrib.auth.models import Group, Permission

from portal import roles
from portal.models import UnitType
from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import ParticipantFactory, RemoteSiteFactory, TrainingFactory
from trainings.enums import Attendance

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def leader_role() -> Group:
    """The leaders' group and the unit types as the migrations make them: transactional tests flushed them."""
    UnitType.objects.get_or_create(
        code="bureau", defaults={"name": "Phòng Giáo dục và Đào tạo", "reports_attendance": True}
    )
    group, _created = Group.objects.get_or_create(name=roles.LEADER)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="trainings", codename__in=["access_leaders_area"])
    )
    return group


def test_a_leader_sees_a_hybrid_conferences_totals_with_its_remote_sites(phone_page, leader_role):
    UserFactory(username="lanhdao", role=roles.LEADER)
    training = TrainingFactory(
        title="Hội nghị triển khai công tác truyền thông giáo dục", format="hybrid", counted_attendance=18
    )
    hall = UnitFactory(name="Văn phòng Sở Giáo dục và Đào tạo", kind="department")
    for number in range(45):
        ParticipantFactory(
            training=training, unit=hall, attendance=Attendance.ABSENT if number % 9 == 0 else Attendance.PRESENT
        )
    remote_only = UnitFactory(
        name="Phòng Giáo dục và Đào tạo huyện Ea Súp", short_name="Phòng GD&ĐT Ea Súp", kind="bureau"
    )
    absent = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Lắk", kind="bureau")
    RemoteSiteFactory(training=training, name="Điểm cầu Ea Súp", unit=remote_only, expected_count=30, head_count=29)
    for _site in range(11):
        RemoteSiteFactory(training=training, unit=UnitFactory(kind="bureau"), expected_count=30, head_count=30)
    total = 40 + 29 + 11 * 30 + 18  # 417

    page = phone_page
    page.goto("/lanh-dao/")
    page.get_by_label("Tên đăng nhập").fill("lanhdao")
    page.get_by_label("Mật khẩu").fill("MatKhauThu@2026")
    page.get_by_role("button", name="Đăng nhập").click()
    row = page.get_by_role("row").filter(has_text=training.title)
    assert f"{total}" in row.text_content()
    assert "điểm cầu 359, đếm 18" in row.text_content()

    page.get_by_role("link", name=training.title).click()
    page.wait_for_url(f"**{training.get_leaders_url()}")
    assert page.get_by_text(f"Tổng số người dự: {total}").is_visible()
    parts = page.locator("dl.attended-parts").first.text_content()
    assert "40" in parts and "359" in parts and "18" in parts
    chart = page.locator("svg.chart").first
    chart.scroll_into_view_if_needed()
    assert chart.bounding_box()["width"] <= 360
    assert f"{total}" in chart.text_content()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.goto(f"/lanh-dao/tong-hop/?nam-hoc={training.school_year}")
    assert page.get_by_text(f"{total}", exact=True).first.is_visible()
    page.get_by_text("Xem", exact=False).last.click()
    idle = page.locator("ul.columns").text_content()
    assert absent.name in idle
    assert remote_only.name not in idle
