"""Uploaded images: refused unless real JPEG/PNG/WebP within limits; re-encoded without metadata; renditions."""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.test import Client
from PIL import ExifTags, Image

from news.models import Article
from portal import roles
from portal.models import UploadedImage
from portal.services.images import uploaded_image_render
from portal.tasks import image_renditions_task
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def jpeg(width=1200, height=800, *, gps=False, trailer=b"") -> bytes:
    image = Image.new("RGB", (width, height), (11, 74, 139))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Test Camera"
    if gps:
        exif[ExifTags.Base.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (12.0, 40.0, 5.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue() + trailer


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


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    return client


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


def test_the_picture_tag_uses_srcset_sizes_and_lazy_loading():
    renditions = {
        "width": 1200,
        "height": 800,
        "sizes": [{"w": 400, "h": 267, "webp": "a.w400.webp", "jpg": "a.w400.jpg"}],
    }
    html = Template("{% load news_tags %}{% picture file renditions alt='Lễ khai giảng' %}").render(
        Context({"file": type("F", (), {"name": "a.jpg"})(), "renditions": renditions})
    )
    assert '<source type="image/webp" srcset="/media/a.w400.webp 400w" sizes="100vw">' in html
    assert 'srcset="/media/a.w400.jpg 400w, /media/a.jpg 1200w"' in html
    assert 'alt="Lễ khai giảng" width="1200" height="800" loading="lazy"' in html


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


def test_body_images_get_srcset_from_their_renditions(client, media):
    uploader = UserFactory(role=roles.EDITOR)
    image = UploadedImage.objects.create(
        name="editor/2026/11/a.jpg",
        width=1600,
        height=900,
        renditions={"sizes": [{"w": 400, "h": 225, "jpg": "editor/2026/11/a.w400.jpg", "webp": "x"}]},
        uploaded_by=uploader,
    )
    article = ArticleFactory(published=True, body=f'<p><img src="/media/{image.name}" alt="Ảnh"></p>')
    html = client.get(article.get_absolute_url()).content.decode()
    assert (
        '<img alt="Ảnh" loading="lazy" src="/media/editor/2026/11/a.jpg" '
        'srcset="/media/editor/2026/11/a.w400.jpg 400w, /media/editor/2026/11/a.jpg 1600w" '
        'sizes="(min-width: 900px) 760px, 100vw" width="1600" height="900">'
    ) in html
