"""Tests of news/cache.py: the cached pages an article appears on are purged when it changes."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from news.enums import ArticleStatus
from news.models import Article, Tag
from news.services.articles import (
    article_publish,
    article_related_refresh,
    article_save,
    article_unpublish,
    articles_go_live,
)
from portal import roles
from portal.services.images import image_renditions_make
from tests.conftest import after_purge
from tests.factories.news import ArticleFactory, CategoryFactory, TagFactory, photo_jpeg
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def test_cached_article_page_is_purged_when_the_article_changes(client, django_capture_on_commit_callbacks):
    editor = UserFactory(role=roles.EDITOR)
    article = ArticleFactory(published=True, title="Tiêu đề ban đầu")
    url = article.get_absolute_url()
    assert "Tiêu đề ban đầu" in client.get(url).content.decode()
    Article.objects.filter(pk=article.pk).update(title="Đổi ngầm, không qua dịch vụ")
    assert "Tiêu đề ban đầu" in client.get(url).content.decode()  # served from the cache
    article.lead = "Sapo mới."
    with django_capture_on_commit_callbacks(execute=True):
        article_save(article=article, by=editor, is_new=False, changed_fields=["lead"])
    assert "Sapo mới." in client.get(url).content.decode()


def test_home_and_category_caches_are_purged_when_an_article_is_published_or_unpublished(
    client, django_capture_on_commit_callbacks
):
    editor = UserFactory(role=roles.EDITOR)
    category = CategoryFactory()
    ArticleFactory(published=True, category=category)
    client.get("/")
    client.get(category.get_absolute_url())
    article = ArticleFactory(status=ArticleStatus.PENDING, category=category, title="Tin vừa duyệt xong")
    with django_capture_on_commit_callbacks(execute=True):
        article_publish(article=article, by=editor, publish_at=timezone.now() - datetime.timedelta(seconds=1))
        articles_go_live()
    assert "Tin vừa duyệt xong" in after_purge(client, "/")
    assert "Tin vừa duyệt xong" in after_purge(client, category.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        article_unpublish(article=article, by=editor)
    assert "Tin vừa duyệt xong" not in after_purge(client, "/")
    assert client.get(article.get_absolute_url()).status_code == 404  # an article's page is built before it is sent


def test_a_tag_renamed_or_deleted_in_the_admin_leaves_no_cached_page_showing_it(
    client, django_capture_on_commit_callbacks
):
    admin_user = UserFactory(is_staff=True, is_superuser=True)
    tag = TagFactory(name="Tuyen sinh")
    article = ArticleFactory(published=True, tags=[tag])
    url = article.get_absolute_url()
    assert ">Tuyen sinh</a>" in client.get(url).text  # now cached
    staff = Client()
    staff.force_login(admin_user)
    # A new tag is on no page: nothing is purged (editors add them from the article form).
    with django_capture_on_commit_callbacks(execute=True):
        staff.post("/admin/news/tag/add/", {"name": "Chuyển đổi số"})
    assert client.get(url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"/admin/news/tag/{tag.pk}/change/", {"name": "Tuyển sinh"})
    assert ">Tuyển sinh</a>" in client.get(url).text
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"/admin/news/tag/{tag.pk}/delete/", {"post": "yes"})
    assert list(Tag.objects.values_list("name", flat=True)) == ["Chuyển đổi số"]
    assert "Tuyển sinh" not in client.get(url).text


def test_an_article_taken_off_leaves_the_cached_pages_that_showed_it_among_their_related_news(
    client, django_capture_on_commit_callbacks
):
    editor = UserFactory(role=roles.EDITOR)
    category = CategoryFactory()
    withdrawn = ArticleFactory(published=True, category=category, title="Bài sẽ gỡ xuống")
    reader_page = ArticleFactory(published=True, category=category)
    unrelated = ArticleFactory(published=True)
    for article in (reader_page, unrelated):
        article_related_refresh(article_id=article.pk)
    assert "Bài sẽ gỡ xuống" in client.get(reader_page.get_absolute_url()).text  # cached with its card
    client.get(unrelated.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        article_unpublish(article=withdrawn, by=editor)
    response = client.get(reader_page.get_absolute_url())
    assert (response["X-Page-Cache"], "Bài sẽ gỡ xuống" in response.text) == ("built", False)
    assert client.get(unrelated.get_absolute_url())["X-Page-Cache"] == "hit"  # it did not show the card


def test_a_cover_cut_into_sizes_after_the_rebuild_purges_the_pages_again(
    client, media, django_capture_on_commit_callbacks
):
    article = ArticleFactory(published=True, cover_alt="Sân trường ngày khai giảng")
    article.cover.save("khai-giang.jpg", ContentFile(photo_jpeg()), save=False)
    Article.objects.filter(pk=article.pk).update(cover=article.cover.name, cover_width=1200, cover_height=800)
    url = article.get_absolute_url()
    assert "srcset" not in client.get(url).text.split('class="article-cover"')[1].split("</figure>")[0]
    with django_capture_on_commit_callbacks(execute=True):  # the task runs outside a transaction
        image_renditions_make(model="news.article", pk=article.pk, field="cover", renditions_field="cover_renditions")
    response = client.get(url)
    assert response["X-Page-Cache"] == "built"
    assert "srcset" in response.text.split('class="article-cover"')[1].split("</figure>")[0]
