"""The honour roll in Chromium on a phone: a visitor finds a school's commendations by its name."""

import pytest

from portal.models import SiteProfile
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UnitFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def honour_roll():
    SiteProfile.objects.create(pk=1, name="Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm")
    school = UnitFactory(name="Trường THPT Chu Văn An", code="THPT-CVA")
    other = UnitFactory(name="Trường THCS Nguyễn Du", code="BMT-04")
    decision = DecisionFactory(number="125/QĐ-SGDĐT")
    form = AwardFormFactory(name="Giấy khen của Giám đốc Sở")
    CommendationFactory(
        decision=decision, form=form, recipient_kind="collective", recipient_name=school.name, position="", unit=school
    )
    CommendationFactory(decision=decision, form=form, recipient_name="Nguyễn Thị Thu Hà", unit=school)
    CommendationFactory(decision=decision, form=form, recipient_name="Lê Văn Hùng", unit=other)
    draft = DecisionFactory(number="130/QĐ-SGDĐT", status="draft", published_at=None)
    CommendationFactory(decision=draft, form=form, recipient_name="Người Trong Bản Nháp", unit=school)
    return school


def test_visitor_finds_a_schools_commendations_by_searching_its_name(phone_page, honour_roll):
    page = phone_page
    page.goto("/khen-thuong/")
    page.get_by_label("Tìm theo tên").fill("chu van an")  # typed without diacritics, as on many phones
    page.get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/khen-thuong/?q=chu+van+an*")

    results = page.locator(".award-results .award-item")
    assert results.count() == 2
    assert page.locator(".award-results").get_by_text("Nguyễn Thị Thu Hà").is_visible()
    assert page.get_by_text("Lê Văn Hùng").count() == 0
    assert page.get_by_text("Người Trong Bản Nháp").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.locator(".award-results").get_by_role("link", name="Trường THPT Chu Văn An").first.click()
    page.wait_for_url(f"**/khen-thuong/don-vi/{honour_roll.slug}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Khen thưởng của Trường THPT Chu Văn An"
    assert page.locator(".award-item").count() == 2
    page.get_by_role("link", name="125/QĐ-SGDĐT").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Quyết định số 125/QĐ-SGDĐT"
