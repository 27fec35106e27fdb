"""One place for the publication time, in Chromium: set beside "Lưu và xuất bản", and said the same
way on the change page and the list ("Sẽ đăng lúc 07:00 03/12/2026")."""

import datetime

import pytest
from django.utils import timezone

from news.enums import ArticleStatus
from portal import roles
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_publication_time_is_set_once_and_said_plainly(desktop_page):
    UserFactory(username="bientapvien", role=roles.EDITOR)
    article = ArticleFactory(status=ArticleStatus.PENDING, title="Khai giảng năm học mới")
    page = desktop_page
    page.goto(f"/admin/login/?next=/admin/news/article/{article.pk}/change/")
    page.get_by_label("Tên đăng nhập").fill("bientapvien")
    page.get_by_label("Mật khẩu").fill("MatKhauThu@2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"**/admin/news/article/{article.pk}/change/")

    panel = page.locator("section.workflow")
    assert panel.locator(".publication-note").inner_text() == "Chưa hẹn giờ"
    assert page.locator("input[name^=publish_at]").count() == 2  # one date box, one time box, in the panel
    assert panel.locator("input[name^=publish_at]").count() == 2

    when = (timezone.localtime() + datetime.timedelta(days=2)).replace(hour=7, minute=0, second=0, microsecond=0)
    panel.locator("input[name=publish_at_0]").fill(f"{when:%d/%m/%Y}")
    panel.locator("input[name=publish_at_1]").fill("07:00")
    with page.expect_navigation():
        panel.get_by_role("button", name="Lưu và xuất bản").click()
    note = f"Sẽ đăng lúc 07:00 {when:%d/%m/%Y}"
    assert page.locator(".messagelist").inner_text() == f"Đã lưu và hẹn giờ: bài sẽ đăng lúc 07:00 {when:%d/%m/%Y}."
    assert page.locator("section.workflow .publication-note").inner_text() == note
    article.refresh_from_db()
    assert (article.status, article.publish_at) == (ArticleStatus.PUBLISHED, when)

    page.goto("/admin/news/article/")
    row = page.locator("#result_list tr", has_text="Khai giảng năm học mới")
    assert row.locator(".badge").inner_text() == "Hẹn giờ"
    assert note in row.locator(".article-meta").inner_text()
