"""A unit registers two delegates on a phone through the private link of its invitation."""

import datetime

import pytest
from django.utils import timezone

from tests.factories.portal import UnitFactory
from tests.factories.trainings import TrainingFactory
from trainings.models import Invitation, Participant

# serialized_rollback: the roles' groups come from data migrations, which a transactional test's flush removes.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_unit_registers_two_delegates_on_a_phone(phone_page):
    # The live server runs on the real clock: the event is placed relative to it.
    starts_at = timezone.now() + datetime.timedelta(days=20)
    training = TrainingFactory(
        title="Hội nghị triển khai nhiệm vụ năm học",
        starts_at=starts_at,
        status="open",
        registration_deadline=starts_at - datetime.timedelta(days=3),
    )
    invitation = Invitation.objects.create(training=training, unit=UnitFactory(name="Trường THPT Lê Quý Đôn"), places=3)
    page = phone_page
    page.goto(invitation.get_absolute_url())
    assert page.get_by_role("heading", name="Đăng ký đại biểu").is_visible()
    first, second = page.locator("fieldset.delegate").nth(0), page.locator("fieldset.delegate").nth(1)
    first.get_by_label("Họ và tên").fill("Nguyễn Văn An")
    first.get_by_label("Chức vụ").fill("Hiệu trưởng")
    first.get_by_label("Thư điện tử").fill("an.nguyen@example.vn")
    first.get_by_label("Điện thoại").fill("0905 111 222")
    second.get_by_label("Họ và tên").fill("Trần Thị Bình")
    second.get_by_label("Thư điện tử").fill("binh@sai")
    page.get_by_role("button", name="Lưu danh sách").click()
    assert "Đại biểu 2: thư điện tử “binh@sai” không hợp lệ." in page.locator(".form-errors").inner_text()
    assert not Participant.objects.exists()

    page.locator("fieldset.delegate").nth(1).get_by_label("Thư điện tử").fill("binh.tran@example.vn")
    page.get_by_role("button", name="Lưu danh sách").click()
    page.wait_for_selector(".messages")
    assert "Đã lưu danh sách đại biểu." in page.locator(".messages").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert sorted(Participant.objects.filter(invitation=invitation).values_list("full_name", "email")) == [
        ("Nguyễn Văn An", "an.nguyen@example.vn"),
        ("Trần Thị Bình", "binh.tran@example.vn"),
    ]
