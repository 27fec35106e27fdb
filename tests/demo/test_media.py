"""The demo's albums and videos: public, linked, photos through the pipeline, and idempotent."""

import io

import pytest

from news.models import Album, AlbumPhoto, ImportedArticle, Video
from portal.demo import media

pytestmark = pytest.mark.django_db


def test_seed_demo_publishes_two_albums_and_two_videos_once(client, demo):
    media.seed(stdout=io.StringIO())  # again: nothing is added
    assert (Album.objects.published().count(), AlbumPhoto.objects.count()) == (2, 8)
    assert Video.objects.published().count() == 2
    uploaded = Video.objects.get(source="upload")
    assert (uploaded.state, uploaded.duration, uploaded.width) == ("ready", 6, 640)
    assert uploaded.poster.name.endswith(".jpg")
    training_album = Album.objects.get(title__startswith="Hội nghị tập huấn")
    assert training_album.trainings.count() == 1 and training_album.articles.count() == 1
    html = client.get(training_album.get_absolute_url()).content.decode()
    assert html.count('class="album-photo"') == 5
    assert client.get(uploaded.get_absolute_url()).status_code == 200
    media.seed_old_site(stdout=io.StringIO())  # again: nothing is added
    old = client.get("/2024/11/14/hoi-thi-giao-vien-day-gioi-cap-thanh-pho/")
    assert old.status_code == 301
    assert ImportedArticle.objects.count() == 3
