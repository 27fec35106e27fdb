"""Tests of portal/admin/editor.py: the rich-text editor's image upload, for staff, behind CSRF protection."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
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
