"""Tests of portal/admin/gallery.py: one photo per request into a gallery, checked, re-encoded, answered with a token."""

import pytest
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from portal import roles
from portal.admin.gallery import TOKEN_SALT, gallery_token_image
from portal.models import UploadedImage
from tests.factories.portal import UserFactory
from tests.portal.conftest import jpeg

pytestmark = pytest.mark.django_db


def upload(client: Client, content: bytes, *, gallery="news.articleimage", name="anh.jpg"):
    return client.post("/admin/gallery/upload/", {"gallery": gallery, "file": SimpleUploadedFile(name, content)})


def signed_in(role=None) -> tuple[Client, object]:
    client, user = Client(), UserFactory(role=role) if role else UserFactory(is_staff=True)
    client.force_login(user)
    return client, user


def test_a_photo_is_stored_clean_in_a_random_folder_and_answered_with_a_token(media):
    client, user = signed_in(roles.COLLABORATOR)
    response = upload(client, jpeg(1600, 900, gps=True), name="Khai mạc hội thi.jpg")
    assert response.status_code == 200
    body = response.json()
    image = UploadedImage.objects.get()
    assert body["url"] == f"/media/{image.name}"
    assert body["name"] == "Khai mạc hội thi.jpg"
    folder, random_part, file_name = image.name.rsplit("/", 2)
    assert (folder.split("/")[:2], len(random_part), file_name) == (["articles", "gallery"], 32, "khai-mac-hoi-thi.jpg")
    assert (image.width, image.height, image.uploaded_by) == (1600, 900, user)
    assert dict(Image.open(media / image.name).getexif()) == {}
    assert gallery_token_image(body["token"], user=user) == image


def test_a_file_that_is_not_an_image_is_refused_with_the_reason(media):
    client, _user = signed_in(roles.COLLABORATOR)
    response = upload(client, b"%PDF-1.7 not an image", name="ke-hoach.pdf")
    assert (response.status_code, response.json()) == (
        400,
        {"error": "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng; hãy chọn ảnh JPEG, PNG hoặc WebP."},
    )
    assert not UploadedImage.objects.exists()


def test_uploads_need_the_gallery_owners_permission(media):
    client, _user = signed_in()  # staff, with no right to write articles
    response = upload(client, jpeg(), gallery="news.articleimage")
    assert (response.status_code, response.json()) == (403, {"error": "Bạn không có quyền tải ảnh lên bộ ảnh này."})
    client, _user = signed_in(roles.COLLABORATOR)
    response = upload(client, jpeg(), gallery="trainings.trainingphoto")
    assert response.status_code == 403
    response = upload(client, jpeg(), gallery="portal.user")
    assert (response.status_code, response.json()) == (400, {"error": "Bộ ảnh không hợp lệ."})
    assert not UploadedImage.objects.exists()


def test_visitors_are_sent_to_sign_in(media):
    response = upload(Client(), jpeg())
    assert response.status_code == 302
    assert not UploadedImage.objects.exists()


def test_the_csrf_token_is_required(media):
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    assert upload(client, jpeg()).status_code == 403


def test_a_token_names_only_its_uploaders_image(media):
    client, user = signed_in(roles.COLLABORATOR)
    token = upload(client, jpeg()).json()["token"]
    other = UserFactory(role=roles.COLLABORATOR)
    with pytest.raises(ValidationError, match="Không tìm thấy ảnh đã tải lên"):
        gallery_token_image(token, user=other)
    forged = signing.dumps({"image": UploadedImage.objects.get().pk, "user": other.pk}, salt="another.salt")
    with pytest.raises(ValidationError, match="quá hạn hoặc không hợp lệ"):
        gallery_token_image(forged, user=other)
    assert TOKEN_SALT == "portal.gallery"
