"""Albums and videos in the admin: many photos in one upload, a video file checked before it is kept."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from news.enums import VideoState
from news.models import Album, AlbumPhoto, Video
from tests.factories.news import AlbumFactory, photo_jpeg, video_bytes

pytestmark = pytest.mark.django_db

EMPTY_PHOTOS = {"photos-TOTAL_FORMS": "0", "photos-INITIAL_FORMS": "0"}


@pytest.fixture(autouse=True)
def _media(media):
    return media


def album_form(**overrides) -> dict:
    data = {
        "title": "Hội thi giáo viên dạy giỏi cấp tỉnh",
        "taken_on": timezone.localdate().strftime("%d/%m/%Y"),
        "event": "Hội thi giáo viên dạy giỏi",
        "description": "",
        "order": "0",
        "new_photos_credit": "Lê Minh Khoa",
        **EMPTY_PHOTOS,
    }
    data.update(overrides)
    return data


def test_an_editor_adds_an_album_with_many_photos_at_once(client, editor):
    client.force_login(editor)
    photos = [SimpleUploadedFile(f"tiet-day-{n}.jpg", photo_jpeg(), content_type="image/jpeg") for n in (1, 2, 3)]
    response = client.post("/admin/news/album/add/", album_form(new_photos=photos, is_published="on"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    album = Album.objects.get()
    assert album.is_published and album.created_by == editor
    assert list(album.photos.values_list("caption", "credit")) == [
        ("tiet day 1", "Lê Minh Khoa"),
        ("tiet day 2", "Lê Minh Khoa"),
        ("tiet day 3", "Lê Minh Khoa"),
    ]
    assert album.cover == album.photos.first()


def test_one_bad_photo_refuses_the_whole_upload_and_says_which(client, editor):
    client.force_login(editor)
    photos = [
        SimpleUploadedFile("dep.jpg", photo_jpeg(), content_type="image/jpeg"),
        SimpleUploadedFile("hong.jpg", b"<svg onload=alert(1)>", content_type="image/jpeg"),
    ]
    response = client.post("/admin/news/album/add/", album_form(new_photos=photos))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["new_photos"] == [
        "hong.jpg: Tệp không phải ảnh hợp lệ hoặc đã bị hỏng; hãy chọn ảnh JPEG, PNG hoặc WebP."
    ]
    assert not Album.objects.exists() and not AlbumPhoto.objects.exists()


def test_a_collaborator_cannot_publish_an_album(client, collaborator):
    client.force_login(collaborator)
    album = AlbumFactory(created_by=collaborator)
    response = client.post(f"/admin/news/album/{album.pk}/change/", album_form(is_published="on"))
    assert response.status_code == 302
    album.refresh_from_db()
    assert album.is_published is False  # the field is read-only for them


def test_a_video_upload_waits_for_its_check_and_a_renamed_page_is_refused(client, editor):
    client.force_login(editor)
    form = {
        "title": "Phóng sự ngày hội STEM",
        "recorded_on": timezone.localdate().strftime("%d/%m/%Y"),
        "source": "upload",
        "url": "",
        "description": "",
    }
    fake = SimpleUploadedFile("stem.mp4", b"<!doctype html><title>x</title>" * 20, content_type="video/mp4")
    response = client.post("/admin/news/video/add/", {**form, "file": fake})
    assert response.context["adminform"].form.errors["file"] == [
        "Tệp không phải video MP4 hoặc WebM thật (đuôi tệp và nội dung phải khớp)."
    ]
    real = SimpleUploadedFile("stem.mp4", video_bytes("mp4"), content_type="video/mp4")
    response = client.post("/admin/news/video/add/", {**form, "file": real})
    assert response.status_code == 302
    assert Video.objects.get().state == VideoState.PENDING


def test_a_link_video_must_be_youtube_or_facebook(client, editor):
    client.force_login(editor)
    form = {
        "title": "Video hướng dẫn tuyển sinh",
        "recorded_on": timezone.localdate().strftime("%d/%m/%Y"),
        "source": "link",
        "url": "https://evil.example.com/video",
        "description": "",
    }
    response = client.post("/admin/news/video/add/", form)
    assert response.context["adminform"].form.errors["url"] == ["Chỉ nhận đường dẫn video YouTube hoặc Facebook."]
    response = client.post("/admin/news/video/add/", {**form, "url": "https://www.youtube.com/watch?v=abcdefghijk"})
    assert response.status_code == 302
    assert Video.objects.get().state == VideoState.READY
