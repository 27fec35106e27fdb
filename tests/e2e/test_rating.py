"""A reader rates an article on a phone: one vote, shown at once, remembered by the browser."""

import pytest

from news.models import Article
from tests.factories.news import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_reader_rates_once_and_the_browser_remembers(phone_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    article = ArticleFactory(published=True, title="Trường học xanh ở Krông Pắc")
    page = phone_page
    page.goto(article.get_absolute_url())
    stars = page.locator(".rating-stars")
    assert stars.is_visible()
    page.get_by_role("button", name="4 sao").click()
    summary = page.locator(".rating-summary")
    summary.filter(has_text="Cảm ơn bạn đã đánh giá.").wait_for()
    assert summary.inner_text() == "Cảm ơn bạn đã đánh giá. 4,0/5 sao (1 lượt đánh giá)"
    assert not stars.is_visible()
    page.reload()
    assert not page.locator(".rating-stars").is_visible()
    assert page.locator(".rating-summary").inner_text() == "4,0/5 sao (1 lượt đánh giá)"
    article.refresh_from_db()
    assert (article.rating_count, article.rating_sum) == (1, 4)
    assert Article.objects.get(pk=article.pk).ratings.count() == 1
