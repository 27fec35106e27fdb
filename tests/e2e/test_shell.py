"""The site shell on a 360 px phone: the menu opens from its button, the skip link works."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_menu_is_folded_on_a_phone_and_opens_with_its_button(phone_page):
    page = phone_page
    page.goto("/")
    toggle = page.locator(".nav-toggle")
    assert toggle.is_visible()
    assert not page.locator("#site-nav").is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("#site-nav").is_visible()
    # Nothing overflows the 360 px screen sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_skip_link_is_the_first_stop_and_moves_to_the_content(phone_page):
    page = phone_page
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Bỏ qua, đến nội dung chính"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
