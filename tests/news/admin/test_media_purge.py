"""Tests of news/cache.py ``purge_media`` through the albums' and videos' admin and the video check: the cached
page of an article shows the albums and videos linked to it as they are now."""

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from news.enums import VideoState
from news.models import Album, Video
from news.services.media import video_process, video_save
from tests.factories.news import AlbumFactory, ArticleFactory, VideoFactory, video_bytes
from tests.news.admin.test_media import album_form

pytestmark = pytest.mark.django_db

ALBUM = "Hội khỏe Phù Đổng cấp tỉnh"
VIDEO = "Phóng sự: mùa thi tốt nghiệp ở vùng biên"


@pytest.fixture(autouse=True)
def _media(media):
    return media


@pytest.fixture
def article():
    return ArticleFactory(published=True, title="Khai mạc Hội khỏe Phù Đổng")


@pytest.fixture
def album(article):
    album = AlbumFactory(published=True, title=ALBUM)
    album.articles.add(article)
    return album


def page(client, article) -> str:
    return client.get(article.get_absolute_url()).content.decode()


def test_an_album_unpublished_in_the_admin_leaves_the_article_page(
    client, editor, article, album, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    assert ALBUM in page(client, article)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/news/album/{album.pk}/change/", album_form(title=ALBUM, articles=[article.pk])
        )  # "công khai" unticked
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Album.objects.get(pk=album.pk).is_published is False
    assert ALBUM not in page(client, article)


def test_an_album_moved_to_another_article_leaves_the_first_and_shows_on_the_second(
    client, editor, article, album, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    other = ArticleFactory(published=True, title="Bế mạc Hội khỏe Phù Đổng")
    assert ALBUM in page(client, article) and ALBUM not in page(client, other)
    local = timezone.localtime(album.publish_at)
    data = album_form(
        title=ALBUM,
        articles=[other.pk],
        is_published="on",
        publish_at_0=f"{local:%d/%m/%Y}",
        publish_at_1=f"{local:%H:%M:%S}",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/news/album/{album.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert ALBUM not in page(client, article) and ALBUM in page(client, other)


def test_an_album_deleted_in_the_admin_leaves_the_article_page(
    client, editor, article, album, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    assert ALBUM in page(client, article)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/news/album/{album.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Album.objects.exists()
    assert ALBUM not in page(client, article)


def test_videos_deleted_together_from_the_list_leave_the_article_page(
    client, editor, article, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    video = VideoFactory(published=True, title=VIDEO)
    video.articles.add(article)
    assert VIDEO in page(client, article)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/news/video/", {"action": "delete_selected", "_selected_action": [video.pk], "post": "yes"}
        )
    assert response.status_code == 302 and not Video.objects.exists()
    assert VIDEO not in page(client, article)


def test_an_uploaded_video_shows_on_the_article_page_once_checked(
    client, editor, article, django_capture_on_commit_callbacks
):
    video = Video(title=VIDEO, recorded_on=timezone.localdate(), is_published=True)
    video.file = ContentFile(video_bytes("mp4"), name="mua-thi.mp4")
    with django_capture_on_commit_callbacks(execute=False):  # the check is run by hand below
        video_save(video=video, by=editor, is_new=True, publish_changed=True)
    video.articles.add(article)
    assert VIDEO not in page(client, article)  # not public until checked
    with django_capture_on_commit_callbacks(execute=True):
        assert video_process(video_id=video.pk) is True
    assert Video.objects.get(pk=video.pk).state == VideoState.READY
    assert VIDEO in page(client, article)
