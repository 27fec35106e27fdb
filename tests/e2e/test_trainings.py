"""A leader, on a phone, signs in, opens a training's record, reads the attendance chart and signs off."""

import pytest
from django.contrib.auth.models import Group, Permission

from portal import roles
from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import ParticipantFactory, TrainingFactory
from trainings.enums import Attendance, ReviewStatus
from trainings.models import Training

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def leader_role() -> Group:
    """The leaders' group as the migrations make it: transactional tests before this one flushed it."""
    group, _created = Group.objects.get_or_create(name=roles.LEADER)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="trainings", codename__in=["access_leaders_area", "sign_off_training"]
        )
    )
    return group


def test_a_leader_signs_in_reads_the_chart_and_signs_off(phone_page, leader_role):
    UserFactory(username="lanhdao", role=roles.LEADER, last_name="Nguyễn Văn", first_name="Thành")
    training = TrainingFactory(title="Hội nghị tập huấn công tác truyền thông giáo dục")
    unit = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Krông Ana", short_name="Phòng GD&ĐT Krông Ana")
    for attendance in (Attendance.PRESENT, Attendance.PRESENT, Attendance.ABSENT):
        ParticipantFactory(training=training, unit=unit, attendance=attendance)

    page = phone_page
    page.goto("/lanh-dao/")
    assert "/dang-nhap/" in page.url
    page.get_by_label("Tên đăng nhập").fill("lanhdao")
    page.get_by_label("Mật khẩu").fill("MatKhauThu@2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("link", name="Hội nghị tập huấn công tác truyền thông giáo dục").click()
    page.wait_for_url(f"**{training.get_leaders_url()}")

    chart = page.locator("svg.chart").last
    chart.scroll_into_view_if_needed()
    assert chart.is_visible()
    assert chart.bounding_box()["width"] <= 360
    assert "Phòng GD&ĐT Krông Ana" in chart.text_content()
    assert page.get_by_text("2/3 người đăng ký có mặt (66,7%).").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.get_by_label("Ý kiến khi ký duyệt (không bắt buộc)").fill("Đồng ý hồ sơ.")
    page.get_by_label("Tôi đã xem hồ sơ và đồng ý ký duyệt.").check()
    page.get_by_role("button", name="Ký duyệt", exact=True).click()
    page.get_by_text("Đã ký duyệt hồ sơ hội nghị.").wait_for()
    assert page.get_by_text("Hồ sơ đã được Nguyễn Văn Thành ký duyệt lúc").is_visible()
    training = Training.objects.get(pk=training.pk)
    assert training.review_status == ReviewStatus.SIGNED_OFF
    assert training.signed_off_by.username == "lanhdao"


def test_the_public_training_page_fits_a_phone_and_offers_the_calendar_file(phone_page):
    training = TrainingFactory(
        title="Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        summary="Dành cho hiệu trưởng các trường trung học phổ thông.",
    )
    page = phone_page
    page.goto(training.get_absolute_url())
    assert page.get_by_role("heading", level=1).text_content() == training.title
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    link = page.get_by_role("link", name="Thêm vào lịch (.ics)")
    assert link.get_attribute("href") == f"/hoi-nghi-tap-huan/{training.slug}/lich.ics"
