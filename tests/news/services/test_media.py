"""Albums and videos: adding photos through the image pipeline, checking uploaded videos with ffprobe/ffmpeg."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.enums import VideoState
from news.models import Video
from news.services.media import VIDEO_CLAIM_EXPIRES, album_photos_add, album_save, video_process, video_save
from news.validators import validate_video_file
from news.videofiles import probe
from portal import roles
from tests.factories.news import AlbumFactory, photo_jpeg, video_bytes
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(media):
    return media


def upload_video(by, container="mp4", data=None) -> Video:
    video = Video(title="Ngày hội đọc sách ở Trường Tiểu học Lê Lợi", recorded_on=timezone.localdate())
    video.file = ContentFile(data if data is not None else video_bytes(container), name=f"ngay-hoi.{container}")
    return video_save(video=video, by=by, is_new=True)


def test_photos_added_at_once_are_reencoded_ordered_and_the_first_is_the_cover(media):
    editor = UserFactory(role=roles.EDITOR)
    album = AlbumFactory(created_by=editor)
    files = [SimpleUploadedFile(f"Hoc-sinh_lop-{n}.jpg", photo_jpeg(colour=(n * 40, 10, 10))) for n in (1, 2, 3)]
    added = album_photos_add(album=album, files=files, by=editor, credit="Trần Thu Hà")
    assert [p.caption for p in added] == ["Hoc sinh lop 1", "Hoc sinh lop 2", "Hoc sinh lop 3"]
    assert [p.order for p in added] == [10, 20, 30]
    assert {p.credit for p in added} == {"Trần Thu Hà"}
    album.refresh_from_db()
    assert album.cover == added[0]
    stored = added[0].image.name
    assert stored.startswith("albums/") and stored.endswith("/hoc-sinh-lop-1.jpg")
    with Image.open(media / stored) as image:
        assert image.size == (1200, 800)
        assert not image.getexif()


def test_a_collaborator_may_not_publish_an_album():
    collaborator = UserFactory(role=roles.COLLABORATOR)
    album = AlbumFactory.build(is_published=True, created_by=None)
    with pytest.raises(PermissionDenied):
        album_save(album=album, by=collaborator, is_new=True)


def test_an_editor_publishes_an_album_from_now_when_no_time_is_given():
    editor = UserFactory(role=roles.EDITOR)
    album = album_save(album=AlbumFactory.build(is_published=True, created_by=None), by=editor, is_new=True)
    assert album.publish_at is not None and album.publish_at <= timezone.now()
    assert album.created_by == editor


@pytest.mark.parametrize("container", ["mp4", "webm"])
def test_an_uploaded_video_is_checked_and_given_a_poster(container, media):
    video = upload_video(UserFactory(role=roles.EDITOR), container)
    assert video.state == VideoState.PENDING
    assert video_process(video_id=video.pk) is True
    video.refresh_from_db()
    assert (video.state, video.duration, video.width, video.height) == (VideoState.READY, 3, 320, 240)
    with Image.open(media / video.poster.name) as poster:
        assert (poster.format, poster.size) == ("JPEG", (320, 240))
    assert video.claimed_at is None
    assert video_process(video_id=video.pk) is False  # done: a second run finds nothing to do


def test_a_file_that_only_looks_like_an_mp4_is_refused_and_never_public(media):
    fake = b"\x00\x00\x00\x18ftypmp42" + b"<html>not a video</html>" * 100
    video = upload_video(UserFactory(role=roles.EDITOR), "mp4", data=fake)
    video.is_published, video.publish_at = True, timezone.now()
    video.save()
    assert video_process(video_id=video.pk) is True
    video.refresh_from_db()
    assert video.state == VideoState.FAILED
    assert video.state_note == "Tệp không phải video MP4 hoặc WebM đọc được."
    assert not Video.objects.published().exists()


def test_a_check_whose_worker_died_is_taken_again_once_its_claim_expired():
    video = upload_video(UserFactory(role=roles.EDITOR))
    claimed_at = timezone.now() - VIDEO_CLAIM_EXPIRES + datetime.timedelta(minutes=1)
    Video.objects.filter(pk=video.pk).update(claimed_at=claimed_at, attempts=1)
    assert video_process(video_id=video.pk) is False  # another worker holds it
    Video.objects.filter(pk=video.pk).update(claimed_at=claimed_at - datetime.timedelta(minutes=2))
    assert video_process(video_id=video.pk) is True
    video.refresh_from_db()
    assert (video.state, video.attempts) == (VideoState.READY, 2)


def test_a_file_that_keeps_killing_the_worker_is_refused_after_three_attempts():
    video = upload_video(UserFactory(role=roles.EDITOR))
    Video.objects.filter(pk=video.pk).update(attempts=3)
    assert video_process(video_id=video.pk) is True
    video.refresh_from_db()
    assert (video.state, video.state_note) == (VideoState.FAILED, "Xử lý video thất bại nhiều lần.")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("clip.mp4", b"<!doctype html><p>trang web</p>" * 10, "Tệp không phải video MP4 hoặc WebM thật"),
        ("clip.webm", b"\x00\x00\x00\x18ftypisom" + b"\x00" * 64, "Tệp không phải video MP4 hoặc WebM thật"),
        ("clip.avi", b"RIFF\x00\x00\x00\x00AVI LIST" + b"\x00" * 64, "Tệp không phải video MP4 hoặc WebM thật"),
    ],
)
def test_a_file_that_is_not_really_mp4_or_webm_is_refused_on_upload(name, data, message):
    with pytest.raises(ValidationError) as error:
        validate_video_file(SimpleUploadedFile(name, data))
    assert error.value.messages[0].startswith(message)


def test_a_video_over_the_size_limit_is_refused_on_upload(monkeypatch):
    monkeypatch.setattr("news.validators.MAX_VIDEO_BYTES", 1000)
    with pytest.raises(ValidationError) as error:
        validate_video_file(SimpleUploadedFile("clip.mp4", video_bytes("mp4")))
    assert error.value.messages == ["Video lớn hơn 500 MB; hãy nén lại hoặc đăng lên YouTube rồi dán đường dẫn."]


def test_an_upload_whose_task_was_lost_is_owed_and_checked_by_the_sweep():
    from portal.owed import owed_sweep  # noqa: PLC0415 - the sweep loads every app's owed work

    video = upload_video(UserFactory(role=roles.EDITOR))
    Video.objects.filter(pk=video.pk).update(updated_at=timezone.now() - datetime.timedelta(minutes=5))
    assert owed_sweep()["news.video_processing"] == 1
    video.refresh_from_db()
    assert video.state == VideoState.READY


def test_a_file_replaced_during_its_check_keeps_the_new_files_check_owed(monkeypatch):
    video = upload_video(UserFactory(role=roles.EDITOR))
    real_probe = probe

    def replaced_meanwhile(path, container):
        Video.objects.filter(pk=video.pk).update(file="videos/other/new.mp4")
        return real_probe(path, container)

    monkeypatch.setattr("news.services.media.probe", replaced_meanwhile)
    assert video_process(video_id=video.pk) is False
    video.refresh_from_db()
    assert (video.state, video.poster.name) == (VideoState.PENDING, "")
