"""A reader on a 360 px phone: home → an article → a related article → search → the print view."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 360


def test_reader_goes_from_home_to_an_article_a_related_one_search_and_print(phone_page, reading_site, live_server):
    lead_story, related = reading_site["lead_story"], reading_site["related"]
    page = phone_page

    page.goto("/")
    assert page.title() == "Cổng thông tin điện tử Sở Giáo dục và Đào tạo"
    featured = page.locator(".featured .card-large")
    assert featured.get_by_role("heading", level=3).inner_text() == lead_story.title
    assert featured.locator("time").inner_text() == "09/10/2019 15:34"
    assert page.locator("#most-read-title + .ranked-list li").all_inner_texts() == [lead_story.title, related.title]
    assert fits_the_screen(page)

    # The lead story.
    featured.get_by_role("link", name=lead_story.title).click()
    page.wait_for_url(f"**{lead_story.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == lead_story.title
    assert page.locator(".breadcrumb li").all_inner_texts() == ["Trang chủ", "Tin tức - Sự kiện", "Tin trong tỉnh"]
    assert page.locator(".article-meta .meta").inner_text() == "09/10/2019 15:34 · Trường THPT Chu Văn An"
    assert page.locator(".article-lead").inner_text() == lead_story.lead
    assert page.locator(".article-cover figcaption").inner_text() == "Quang cảnh hội nghị."
    assert page.locator(".article-byline").inner_text() == "Hoàng Mai"
    assert page.locator(".article-source").inner_text() == "Nguồn: Báo Đắk Lắk"
    related_titles = page.locator(".related .card-title").all_inner_texts()
    # The article sharing its tag first, then its category's latest; never itself, never the draft.
    assert related_titles == [related.title, *(other.title for other in reading_site["others"])]
    assert fits_the_screen(page)

    # A related article.
    page.locator(".related").get_by_role("link", name=related.title).click()
    page.wait_for_url(f"**{related.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == related.title
    assert page.locator(".article-meta time").inner_text() == "08/10/2019 09:05"
    assert page.locator(".related .card-title").first.inner_text() == lead_story.title
    assert fits_the_screen(page)

    # Search from the folded menu, typed without diacritics as on many phones.
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("searchbox", name="Tìm kiếm").fill("truyen thong")
    page.locator("#site-nav").get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/tim-kiem/?q=truyen+thong")
    assert page.get_by_role("heading", level=1).inner_text() == "Tìm kiếm"
    assert page.get_by_role("status").inner_text() == "Tìm thấy 2 bài viết."
    results = page.locator(".card-list .card")
    # Both titles hold the words: the newer first.
    assert results.locator(".card-title").all_inner_texts() == [lead_story.title, related.title]
    found = results.filter(has_text=lead_story.title)
    assert found.locator(".card-title mark").all_inner_texts() == ["truyền", "thông"]
    assert found.locator(".meta").inner_text() == "09/10/2019 15:34 · Tin trong tỉnh"
    assert fits_the_screen(page)

    # The print view, from the article's tools.
    found.get_by_role("link", name=lead_story.title).click()
    page.get_by_role("link", name="In bài").click()
    page.wait_for_url(f"**{lead_story.get_absolute_url()}in/")
    assert page.get_by_role("heading", level=1).inner_text() == lead_story.title
    assert page.locator(".article .meta").inner_text() == "Tin trong tỉnh · 09/10/2019 15:34"
    assert page.locator(".article-body table caption").inner_text() == "Số tin bài theo đơn vị"
    assert page.locator(".article-source").inner_text() == "Nguồn: Báo Đắk Lắk (https://baodaklak.example.vn/bai-viet)"
    assert page.locator(".print-footer p").first.inner_text() == (
        f"Địa chỉ bài viết: {live_server.url}{lead_story.get_absolute_url()}"
    )
    assert page.locator("link[href*='/print.']").get_attribute("media") is None  # the paper's look, on screen too
    assert page.get_by_role("button", name="In trang này").is_visible()
    assert page.get_by_role("link", name="Quay lại bài viết").is_visible()
    assert fits_the_screen(page)
    page.emulate_media(media="print")
    assert not page.get_by_role("button", name="In trang này").is_visible()
    assert page.get_by_role("heading", level=1).evaluate("e => getComputedStyle(e).color") == "rgb(0, 0, 0)"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
