"""Tests of portal/images.py: uploads refused unless real JPEG/PNG/WebP within limits, re-encoded without metadata,
cut into renditions."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from news.models import Article
from portal import roles
from portal.models import Leader
from portal.tasks import image_renditions_task
from tests.factories.news import CategoryFactory
from tests.factories.portal import UserFactory
from tests.portal.conftest import jpeg, stored_files

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG file whose header claims ``width`` × ``height`` (a decompression bomb's shape)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def post_article_with_cover(client, cover: SimpleUploadedFile):
    data = {
        "title": "Bài có ảnh đại diện",
        "slug": "",
        "lead": "Sapo.",
        "body": "<p>Nội dung.</p>",
        "category": CategoryFactory().pk,
        "cover": cover,
        "cover_alt": "Học sinh trong giờ ra chơi",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
    }
    return client.post("/admin/news/article/add/", data)


def _gif() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 40), "#b3261e").save(buffer, "GIF")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("anh.jpg", "Đây là văn bản, không phải ảnh.".encode(), "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng"),
        ("cat.jpg", jpeg()[:4000], "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng"),
        ("bom.png", png_claiming(30_000, 30_000), "vượt quá giới hạn 40 megapixel"),
        ("trang.html", b"<html><script>alert(1)</script></html>", "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng"),
        (
            "hinh.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
            "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng",
        ),
    ],
)
def test_image_attacks_are_refused_with_a_message_and_nothing_is_stored(editor_client, media, name, content, message):
    response = post_article_with_cover(editor_client, SimpleUploadedFile(name, content))
    assert response.status_code == 200  # the form again, not a 500
    errors = response.context["adminform"].form.errors["cover"]
    assert any(message in error for error in errors), errors
    assert not Article.objects.exists()
    assert stored_files(media) == []


def test_a_gif_is_refused_by_its_format(editor_client):
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "GIF")
    response = post_article_with_cover(editor_client, SimpleUploadedFile("a.gif", out.getvalue()))
    assert response.context["adminform"].form.errors["cover"] == ["Chỉ nhận ảnh JPEG, PNG hoặc WebP (tệp này là GIF)."]


def test_a_cover_is_reencoded_without_exif_gps_or_trailing_data(
    editor_client, media, django_capture_on_commit_callbacks
):
    original = jpeg(gps=True, trailer=b"<script>hidden()</script>")
    assert Image.open(io.BytesIO(original)).getexif()[ExifTags.Base.Make] == "Test Camera"
    with django_capture_on_commit_callbacks() as callbacks:
        response = post_article_with_cover(editor_client, SimpleUploadedFile("le khai giang.jpg", original))
    assert response.status_code == 302
    article = Article.objects.get()
    stored = (media / article.cover.name).read_bytes()
    assert b"hidden()" not in stored
    assert dict(Image.open(io.BytesIO(stored)).getexif()) == {}
    assert (article.cover_width, article.cover_height) == (1200, 800)
    assert len(callbacks) == 1  # the renditions task, after commit


def test_renditions_are_cut_at_the_widths_below_the_original(media):
    article = Article(title="x", lead="x", body="x", category=CategoryFactory(), created_by=UserFactory())
    article.cover.save("anh.jpg", SimpleUploadedFile("anh.jpg", jpeg(1200, 800)), save=False)
    article.cover_alt = "Ảnh"
    article.save()
    image_renditions_task.apply(
        kwargs={"model": "news.article", "pk": article.pk, "field": "cover", "renditions_field": "cover_renditions"}
    )
    article.refresh_from_db()
    sizes = article.cover_renditions["sizes"]
    assert [(s["w"], s["h"]) for s in sizes] == [(400, 267), (800, 533)]
    for size in sizes:
        assert Image.open(media / size["webp"]).format == "WEBP"
        assert Image.open(media / size["jpg"]).size == (size["w"], size["h"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # What Pillow cannot open is refused by portal/images.py with its own message.
        (b"<?php echo 1; ?>", "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng; hãy chọn ảnh JPEG, PNG hoặc WebP."),
        # A real image of a format the portal does not keep is refused by portal/images.py.
        (_gif(), "Chỉ nhận ảnh JPEG, PNG hoặc WebP (tệp này là GIF)."),
    ],
    ids=["not-an-image", "gif-named-jpg"],
)
def test_leader_photo_that_is_not_what_it_claims_is_refused_in_the_admin(client, tmp_path, settings, content, message):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.post(
        "/admin/portal/leader/add/",
        {
            "full_name": "Phạm Đức Minh",
            "position": "Giám đốc Sở",
            "order": 1,
            "is_active": "on",
            "photo": SimpleUploadedFile("chan-dung.jpg", content, content_type="image/jpeg"),
        },
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Leader.objects.exists()
