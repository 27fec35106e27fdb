"""The article form's autosave endpoint (news/admin/articles.py: autosave_view) and the copy offered back."""

import datetime
import json
import zoneinfo

import pytest
import time_machine
from django.test import Client

from news.enums import ArticleStatus
from news.models import ArticleDraftCopy
from portal import roles
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

from .helpers import change_form

pytestmark = pytest.mark.django_db

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def tomorrow_at(hour: int, minute: int, *, days: int = 1) -> datetime.datetime:
    """A wall-clock time in Vietnam ``days`` after today: travels stay after what the test made."""
    today = datetime.datetime.now(HCM).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(today, datetime.time(hour, minute), tzinfo=HCM)


TYPED = {"title": "Tiêu đề đang gõ", "body": "<p>Đoạn đang viết.</p>", "opened_version": "1"}


def client_of(user) -> Client:
    browser = Client()
    browser.force_login(user)
    return browser


def autosave(client, article=None, **data):
    where = f"/admin/news/article/{article.pk}/ban-dang-viet/" if article else "/admin/news/article/ban-dang-viet/"
    return client.post(where, {"fields": json.dumps(TYPED), **data})


def test_the_form_is_saved_aside_and_the_article_is_not_touched(client, collaborator):
    with time_machine.travel(tomorrow_at(10, 42), tick=False):
        article = ArticleFactory(created_by=collaborator, title="Tiêu đề đã lưu")
        client.force_login(collaborator)
        response = autosave(client, article)
    assert response.status_code == 200
    assert response.json() == {"savedAt": tomorrow_at(10, 42).astimezone(datetime.UTC).isoformat(), "label": "10:42"}
    copy = ArticleDraftCopy.objects.get()
    assert (copy.user, copy.article, copy.fields) == (collaborator, article, TYPED)
    article.refresh_from_db()
    assert (article.title, article.version) == ("Tiêu đề đã lưu", 1)


def test_the_new_article_has_its_own_copy(client, collaborator):
    client.force_login(collaborator)
    assert autosave(client).status_code == 200
    assert list(ArticleDraftCopy.objects.values_list("user", "article", "fields")) == [(collaborator.pk, None, TYPED)]


def test_a_collaborator_cannot_autosave_into_someone_elses_article(client, collaborator):
    other = ArticleFactory(created_by=UserFactory(role=roles.COLLABORATOR), title="Bài của người khác")
    client.force_login(collaborator)
    response = autosave(client, other)
    assert (response.status_code, response.json()) == (
        403,
        {"error": "Bạn không sửa được bài này nên không lưu tạm được."},
    )
    assert not ArticleDraftCopy.objects.exists()


def test_a_collaborator_cannot_autosave_into_an_article_sent_for_review(client, collaborator):
    pending = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    client.force_login(collaborator)
    assert autosave(client, pending).status_code == 403


def test_an_expired_session_gets_json_not_the_sign_in_page(client, collaborator):
    article = ArticleFactory(created_by=collaborator)
    response = autosave(client, article)
    assert (response.status_code, response.json()) == (401, {"error": "Phiên đăng nhập đã hết hạn."})
    assert not ArticleDraftCopy.objects.exists()


def test_autosave_is_csrf_protected(collaborator):
    article = ArticleFactory(created_by=collaborator)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(collaborator)
    assert autosave(browser, article).status_code == 403
    browser.get(f"/admin/news/article/{article.pk}/change/")  # sets the CSRF cookie, as the page does
    token = browser.cookies["csrftoken"].value
    assert autosave(browser, article, csrfmiddlewaretoken=token).status_code == 200


def test_only_posts_of_form_values_are_kept(client, collaborator):
    client.force_login(collaborator)
    assert client.get("/admin/news/article/ban-dang-viet/").status_code == 405
    response = client.post("/admin/news/article/ban-dang-viet/", {"fields": "{không phải JSON"})
    assert (response.status_code, response.json()) == (400, {"error": "Bản lưu tạm không đúng định dạng."})
    response = client.post("/admin/news/article/ban-dang-viet/", {"fields": json.dumps({"title": 1})})
    assert response.status_code == 400
    assert client.post("/admin/news/article/999999/ban-dang-viet/", {"fields": "{}"}).status_code == 404
    assert not ArticleDraftCopy.objects.exists()


def test_discarding_deletes_the_users_copy(client, collaborator):
    article = ArticleFactory(created_by=collaborator)
    client.force_login(collaborator)
    autosave(client, article)
    response = client.post(f"/admin/news/article/{article.pk}/ban-dang-viet/", {"discard": "1"})
    assert response.json() == {"discarded": True}
    assert not ArticleDraftCopy.objects.exists()


def test_the_change_page_offers_the_copy_back(client, collaborator):
    with time_machine.travel(tomorrow_at(10, 42), tick=False):
        article = ArticleFactory(created_by=collaborator)
        client.force_login(collaborator)
        autosave(client, article)
        response = client.get(f"/admin/news/article/{article.pk}/change/")
    config = response.context["edits_config"]
    assert config["copy"] == {
        "savedAt": tomorrow_at(10, 42).astimezone(datetime.UTC).isoformat(),
        "label": "10:42",
        "fields": TYPED,
    }
    assert (config["autosaveUrl"], config["seconds"], config["bound"]) == (
        f"/admin/news/article/{article.pk}/ban-dang-viet/",
        60,
        False,
    )
    assert config["storageKey"] == f"portal:article-draft:{collaborator.pk}:{article.pk}"
    assert config["text"]["offer"] == "Khôi phục bản đang viết lúc %(time)s?"
    assert 'id="article-edits-config"' in response.content.decode()


def test_a_copy_from_an_earlier_day_says_its_date(client, collaborator):
    with time_machine.travel(tomorrow_at(22, 5), tick=False):
        article = ArticleFactory(created_by=collaborator)
        autosave(client_of(collaborator), article)
    with time_machine.travel(tomorrow_at(8, 0, days=2), tick=False):
        client.force_login(collaborator)
        config = client.get(f"/admin/news/article/{article.pk}/change/").context["edits_config"]
    assert config["copy"]["label"] == f"22:05 {tomorrow_at(22, 5):%d/%m/%Y}"


def test_saving_the_article_deletes_the_copy(client, collaborator):
    article = ArticleFactory(created_by=collaborator)
    client.force_login(collaborator)
    autosave(client, article)
    client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, title="Đã lưu"))
    assert not ArticleDraftCopy.objects.exists()


def test_a_page_that_cannot_be_edited_has_no_autosave(client, collaborator):
    pending = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    client.force_login(collaborator)
    response = client.get(f"/admin/news/article/{pending.pk}/change/")
    assert "edits_config" not in response.context
    assert 'id="article-edits-config"' not in response.content.decode()
