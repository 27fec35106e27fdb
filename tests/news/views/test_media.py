"""The public album and video pages: only what is published, in a fixed number of queries."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from tests.conftest import sitemap_locations
from tests.factories.news import AlbumFactory, AlbumPhotoFactory, ArticleFactory, VideoFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(media, site_profile):
    return media


def test_album_list_shows_published_albums_only_in_fixed_queries(client, django_assert_num_queries):
    for n in range(15):
        album = AlbumFactory(published=True, title=f"Hội khỏe Phù Đổng cấp tỉnh, ngày {n + 1}")
        album.cover = AlbumPhotoFactory(album=album)
        album.save()
    AlbumFactory(title="Album nháp chưa duyệt")
    AlbumFactory(title="Album hẹn giờ", is_published=True, publish_at=timezone.now() + datetime.timedelta(hours=2))
    # shell: profile, menu, agency links; the count and the page (covers joined)
    with django_assert_num_queries(5):
        response = client.get("/thu-vien-anh/")
    html = response.content.decode()
    assert len(response.context["page"].object_list) == 12
    assert "Album nháp" not in html and "Album hẹn giờ" not in html


def test_album_page_shows_photos_with_captions_and_credits_in_fixed_queries(client, django_assert_num_queries):
    album = AlbumFactory(published=True)
    for n in range(8):
        AlbumPhotoFactory(album=album, caption=f"Tiết mục văn nghệ số {n + 1}", credit="Nguyễn Văn Tâm")
    album.articles.add(ArticleFactory(published=True, title="Khai giảng năm học mới"), ArticleFactory(title="Nháp"))
    # shell: profile, menu, agency links; album, photos, published articles
    with django_assert_num_queries(6):
        response = client.get(album.get_absolute_url())
    html = response.content.decode()
    assert html.count('class="album-photo"') == 8
    assert "Tiết mục văn nghệ số 8" in html and "(Ảnh: Nguyễn Văn Tâm)" in html
    assert "Khai giảng năm học mới" in html and "Nháp" not in html


def test_an_unpublished_album_is_not_found_and_not_in_the_sitemap(client):
    draft = AlbumFactory()
    public = AlbumFactory(published=True)
    assert client.get(draft.get_absolute_url()).status_code == 404
    locations = sitemap_locations(client)
    assert f"http://testserver{public.get_absolute_url()}" in locations
    assert f"http://testserver{draft.get_absolute_url()}" not in locations


def test_an_old_album_slug_redirects_to_the_current_one(client):
    album = AlbumFactory(published=True)
    response = client.get(f"/thu-vien-anh/ten-cu-{album.pk}/")
    assert (response.status_code, response["Location"]) == (301, album.get_absolute_url())


def test_video_page_embeds_a_youtube_link_without_cookies(client, django_assert_num_queries):
    video = VideoFactory(published=True, url="https://youtu.be/dQw4w9WgXcQ")
    # shell: profile, menu, agency links; video, published articles
    with django_assert_num_queries(5):
        html = client.get(video.get_absolute_url()).content.decode()
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html


def test_an_uploaded_video_is_public_only_once_checked(client):
    pending = VideoFactory(published=True, source="upload", url="", file="videos/a/clip.mp4", state="pending")
    refused = VideoFactory(published=True, source="upload", url="", file="videos/b/clip.mp4", state="failed")
    ready = VideoFactory(published=True, source="upload", url="", file="videos/c/clip.mp4", state="ready")
    assert client.get(pending.get_absolute_url()).status_code == 404
    assert client.get(refused.get_absolute_url()).status_code == 404
    html = client.get(ready.get_absolute_url()).content.decode()
    assert '<source src="/media/videos/c/clip.mp4" type="video/mp4">' in html
    listed = client.get("/video/").context["page"].object_list
    assert list(listed) == [ready]
    locations = sitemap_locations(client)
    assert [loc for loc in locations if "/video/" in loc] == [f"http://testserver{ready.get_absolute_url()}"]


def test_article_conference_and_decision_pages_link_their_published_albums_and_videos(client):
    from tests.factories.awards import DecisionFactory  # noqa: PLC0415 - only this test needs the other apps
    from tests.factories.trainings import TrainingFactory  # noqa: PLC0415 - only this test needs the other apps

    album = AlbumFactory(published=True, title="Ảnh lễ tổng kết năm học")
    draft = AlbumFactory(title="Album chưa công khai")
    video = VideoFactory(published=True, title="Phóng sự lễ tổng kết")
    article = ArticleFactory(published=True)
    training = TrainingFactory()
    decision = DecisionFactory()
    for owner in (article, training, decision):
        owner.albums.add(album, draft)
        owner.videos.add(video)
    for url in (article.get_absolute_url(), training.get_absolute_url(), decision.get_absolute_url()):
        html = client.get(url).content.decode()
        assert f'href="{album.get_absolute_url()}"' in html, url
        assert f'href="{video.get_absolute_url()}"' in html, url
        assert "Album chưa công khai" not in html, url


def test_video_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    for n in range(15):
        VideoFactory(published=True, title=f"Bản tin giáo dục tuần {n + 1}")
    VideoFactory(title="Video chưa công khai")
    # shell: profile, menu, agency links; the count and the page
    with django_assert_num_queries(5):
        response = client.get("/video/")
    assert len(response.context["page"].object_list) == 12
    assert "Video chưa công khai" not in response.content.decode()


def test_an_album_scheduled_for_later_shows_on_its_cached_article_page_at_its_time(client, settings):
    settings.PAGE_CACHE_SECONDS = 86400
    article = ArticleFactory(published=True)
    due = timezone.now() + datetime.timedelta(hours=2)
    album = AlbumFactory(title="Ảnh lễ bế mạc hội thao", is_published=True, publish_at=due)
    article.albums.add(album)  # linked without a purge: the page must still change at ``due``
    assert "Ảnh lễ bế mạc hội thao" not in client.get(article.get_absolute_url()).text  # cached now
    with time_machine.travel(due - datetime.timedelta(minutes=1)):
        assert client.get(article.get_absolute_url())["X-Page-Cache"] == "hit"
    with time_machine.travel(due + datetime.timedelta(minutes=1)):
        response = client.get(article.get_absolute_url())
    assert response["X-Page-Cache"] == "built"
    assert "Ảnh lễ bế mạc hội thao" in response.text
