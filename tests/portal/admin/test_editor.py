"""Tests of portal/admin/editor.py: the rich-text editor's image upload, for staff, behind CSRF protection."""

import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.test import Client
from django.utils import timezone
from PIL import Image

from portal import roles
from portal.models import UploadedImage
from portal.services.images import uploaded_image_render
from tests.factories.portal import UserFactory
from tests.portal.conftest import jpeg, stored_files

pytestmark = pytest.mark.django_db


def editor_upload(client: Client, content: bytes, name="anh.jpg", **extra):
    return client.post("/admin/editor/upload/", {"upload": SimpleUploadedFile(name, content)}, **extra)


def test_editor_upload_stores_a_clean_image_and_answers_json(media, django_capture_on_commit_callbacks):
    client = Client()
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    with django_capture_on_commit_callbacks(execute=False):
        response = editor_upload(client, jpeg(1600, 900, gps=True), name="Lễ khai giảng.jpg")
    body = response.json()
    assert body["uploaded"] == 1
    assert body["url"].startswith("/media/editor/") and body["url"].endswith("/le-khai-giang.jpg")
    image = UploadedImage.objects.get()
    assert (image.width, image.height) == (1600, 900)
    assert dict(Image.open(media / image.name).getexif()) == {}
    assert uploaded_image_render(image_id=image.pk)
    image.refresh_from_db()
    assert [s["w"] for s in image.renditions["sizes"]] == [400, 800]


def test_editor_upload_refuses_what_is_not_an_image(media):
    client = Client()
    client.force_login(UserFactory(role=roles.EDITOR))
    response = editor_upload(client, b"%PDF-1.7 not an image", name="van-ban.pdf")
    assert response.status_code == 400
    assert response.json() == {
        "uploaded": 0,
        "error": {"message": "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng; hãy chọn ảnh JPEG, PNG hoặc WebP."},
    }
    assert stored_files(media) == []


def test_editor_upload_is_for_staff_and_keeps_csrf_protection(media):
    anonymous = Client()
    assert editor_upload(anonymous, jpeg()).status_code == 302  # to the admin sign-in
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(UserFactory(role=roles.EDITOR))
    assert editor_upload(strict, jpeg()).status_code == 403
    strict.get("/admin/")  # sets the CSRF cookie, as the admin page does
    token = strict.cookies["csrftoken"].value
    assert editor_upload(strict, jpeg(), headers={"x-csrftoken": token}).json()["uploaded"] == 1


URL = "/admin/editor/upload/"


@pytest.fixture(autouse=True)
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def plain_jpeg(width=1600, height=900) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (11, 74, 139)).save(out, "JPEG")
    return out.getvalue()


def upload(client: Client, content: bytes, name: str = "Lễ khai giảng.jpg"):
    return client.post(URL, {"upload": SimpleUploadedFile(name, content)})


@pytest.mark.parametrize(
    "user",
    [
        pytest.param({"role": roles.LEADER, "is_staff": True}, id="leader with admin access"),
        pytest.param({"is_staff": True}, id="staff without a role"),
    ],
)
def test_staff_who_may_not_write_articles_cannot_upload(client, media, user):
    client.force_login(UserFactory(**user))
    response = upload(client, plain_jpeg())
    assert response.status_code == 403
    assert response.json() == {
        "uploaded": 0,
        "error": {"message": "Bạn không có quyền tải ảnh lên: chỉ người viết hoặc biên tập tin bài mới được."},
    }
    assert stored_files(media) == []
    assert not UploadedImage.objects.exists()


@pytest.mark.parametrize("role", [roles.COLLABORATOR, roles.EDITOR, roles.ADMINISTRATOR])
def test_those_who_write_articles_upload(client, role):
    client.force_login(UserFactory(role=role))
    assert upload(client, plain_jpeg()).json()["uploaded"] == 1


def test_an_image_above_20_mb_is_refused_before_it_is_read(client, media, monkeypatch):
    reads = []
    real_read = TemporaryUploadedFile.read  # a property: the open file's own read()
    monkeypatch.setattr(TemporaryUploadedFile, "read", property(lambda f: reads.append(f.name) or real_read.fget(f)))
    client.force_login(UserFactory(role=roles.EDITOR))
    response = upload(client, plain_jpeg()[:2] + b"\0" * (20 * 1024 * 1024 - 1), name="qua-lon.jpg")
    assert response.status_code == 400
    assert response.json() == {
        "uploaded": 0,
        "error": {"message": "Ảnh lớn hơn 20 MB; hãy giảm dung lượng ảnh trước khi tải lên."},
    }
    assert reads == []
    assert stored_files(media) == []


def test_an_editor_image_and_its_renditions_sit_in_a_random_folder(client, media, django_capture_on_commit_callbacks):
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    with django_capture_on_commit_callbacks(execute=False):
        body = upload(client, plain_jpeg()).json()
    image = UploadedImage.objects.get()
    month = timezone.localdate().strftime("%Y/%m")
    folder = re.fullmatch(rf"(editor/{month}/[0-9a-f]{{32}})/le-khai-giang\.jpg", image.name)
    assert folder, image.name
    assert body == {"uploaded": 1, "fileName": "le-khai-giang.jpg", "url": f"/media/{image.name}"}
    assert uploaded_image_render(image_id=image.pk)
    assert stored_files(media) == sorted(
        f"{folder.group(1)}/{name}"
        for name in ("le-khai-giang.jpg", *(f"le-khai-giang.w{w}.{e}" for w in (400, 800) for e in ("jpg", "webp")))
    )
