"""Tests of portal/images.py: uploads refused unless real JPEG/PNG/WebP within limits, re-encoded without metadata,
cut into renditions."""

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import ExifTags, Image, ImageCms
from PIL.PngImagePlugin import PngInfo

from news.models import Article, ArticleImage
from portal import roles
from portal.images import make_renditions
from portal.models import Leader, UploadedImage
from portal.services.organisation import leader_save
from portal.tasks import image_renditions_task
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory
from tests.factories.trainings import TrainingFactory
from tests.portal.conftest import jpeg, stored_files
from trainings.models import Speaker, TrainingPhoto

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
        "credits-TOTAL_FORMS": "0",
        "credits-INITIAL_FORMS": "0",
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


MARKER = b"HIDDEN-PAYLOAD-7f3a9c"
RED, BLUE = (220, 20, 30), (20, 40, 220)
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
# What Pillow's WebP reader puts in ``Image.info`` of every file, animated or not.
READERS_OWN_KEYS = {"loop", "duration", "background", "timestamp"}


@pytest.fixture(autouse=True)
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def red_left_blue_right(width: int = 60, height: int = 30) -> Image.Image:
    image = Image.new("RGB", (width, height), RED)
    image.paste(BLUE, (width // 2, 0, width, height))
    return image


def segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def hostile_jpeg() -> bytes:
    """A photo lying on its side (EXIF orientation 6) with GPS, a 64 KB comment of arbitrary
    bytes, XMP, a Photoshop block and a private APP9 segment, and an sRGB profile."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Test Camera " + MARKER.decode()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (12.0, 40.0, 5.0)}
    comment = MARKER + bytes(range(256)) * 255  # 65,301 bytes, near a segment's limit
    out = io.BytesIO()
    red_left_blue_right().save(
        out,
        "JPEG",
        exif=exif,
        comment=comment,
        xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">' + MARKER + b"</x:xmpmeta>",
        icc_profile=SRGB,
        extra=segment(0xE9, b"APP9" + MARKER) + segment(0xED, b"Photoshop 3.0\x00" + MARKER),
    )
    data = out.getvalue()
    markers = [name for name, _data in Image.open(io.BytesIO(data)).applist]
    assert {"COM", "APP1", "APP2", "APP9", "APP13"} <= set(markers)  # what the test sends, really sent
    return data


def mpo() -> bytes:
    """A phone's multi-picture JPEG: a red picture, then a blue one."""
    out = io.BytesIO()
    Image.new("RGB", (64, 48), RED).save(
        out, "MPO", save_all=True, append_images=[Image.new("RGB", (64, 48), BLUE)], comment=MARKER
    )
    data = out.getvalue()
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.n_frames) == ("MPO", 2)
    return data


def hostile_png() -> bytes:
    text = PngInfo()
    text.add_text("Comment", MARKER.decode())
    text.add_itxt("XML:com.adobe.xmp", MARKER.decode())
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = MARKER.decode()
    out = io.BytesIO()
    red_left_blue_right().save(out, "PNG", pnginfo=text, exif=exif, icc_profile=SRGB)
    return out.getvalue()


def hostile_webp() -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = MARKER.decode()
    out = io.BytesIO()
    red_left_blue_right().save(out, "WEBP", lossless=True, exif=exif, xmp=MARKER, icc_profile=SRGB)
    return out.getvalue()


# --- the paths that store an image; each returns the stored bytes --------------------------------


def through_the_cover_form(client, media, data, name):
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.post(
        "/admin/news/article/add/",
        {
            "title": "Bài có ảnh đại diện",
            "slug": "",
            "lead": "Sapo.",
            "body": "<p>Nội dung.</p>",
            "category": CategoryFactory().pk,
            "cover": SimpleUploadedFile(name, data),
            "cover_alt": "Học sinh trong giờ ra chơi",
            "images-TOTAL_FORMS": "0",
            "images-INITIAL_FORMS": "0",
            "credits-TOTAL_FORMS": "0",
            "credits-INITIAL_FORMS": "0",
            "attachments-TOTAL_FORMS": "0",
            "attachments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    return (media / Article.objects.get().cover.name).read_bytes()


def through_the_gallery(client, media, data, name):
    image = ArticleImage(article=ArticleFactory(), image=SimpleUploadedFile(name, data), alt="Ảnh")
    image.save()
    return (media / image.image.name).read_bytes()


def through_the_editor(client, media, data, name):
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    response = client.post("/admin/editor/upload/", {"upload": SimpleUploadedFile(name, data)})
    assert response.json()["uploaded"] == 1, response.json()
    return (media / UploadedImage.objects.get().name).read_bytes()


def through_a_leaders_photo(client, media, data, name):
    leader = Leader(full_name="Trần Văn Lãnh", position="Phó Giám đốc Sở", photo=SimpleUploadedFile(name, data))
    leader_save(leader=leader, photo_changed=True)
    return (media / leader.photo.name).read_bytes()


def through_a_speakers_photo(client, media, data, name):
    speaker = Speaker(full_name="Nhà báo Lê Minh", photo=SimpleUploadedFile(name, data))
    speaker.save()
    return (media / speaker.photo.name).read_bytes()


def through_a_training_photo(client, media, data, name):
    photo = TrainingPhoto(training=TrainingFactory(), image=SimpleUploadedFile(name, data), caption="Toàn cảnh")
    photo.save()
    return (media / photo.image.name).read_bytes()


PATHS = [
    through_the_cover_form,
    through_the_gallery,
    through_the_editor,
    through_a_leaders_photo,
    through_a_speakers_photo,
    through_a_training_photo,
]


def opened(stored: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(stored))
    image.load()
    return image


def close_to(pixel, colour) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel[:3], colour, strict=True))


@pytest.mark.parametrize("store", PATHS, ids=lambda store: store.__name__)
def test_a_jpeg_keeps_only_its_upright_pixels_and_its_icc_profile(client, media, store):
    stored = store(client, media, hostile_jpeg(), "anh chup.jpg")
    assert MARKER not in stored
    image = opened(stored)
    assert (image.format, getattr(image, "n_frames", 1)) == ("JPEG", 1)
    assert [name for name, _data in image.applist] == ["APP0", "APP2"]  # JFIF, and the ICC profile
    assert image.info["icc_profile"] == SRGB
    assert dict(image.getexif()) == {}
    # Turned as the camera meant: the left (red) half is now the top.
    assert image.size == (30, 60)
    assert close_to(image.getpixel((15, 5)), RED) and close_to(image.getpixel((15, 55)), BLUE)


@pytest.mark.parametrize("store", PATHS, ids=lambda store: store.__name__)
def test_a_multi_picture_jpeg_is_stored_as_its_first_picture(client, media, store):
    stored = store(client, media, mpo(), "chan dung.jpg")
    assert MARKER not in stored
    image = opened(stored)
    assert (image.format, getattr(image, "n_frames", 1), image.size) == ("JPEG", 1, (64, 48))
    assert close_to(image.getpixel((32, 24)), RED)
    assert [name for name, _data in image.applist] == ["APP0"]


@pytest.mark.parametrize("store", PATHS, ids=lambda store: store.__name__)
@pytest.mark.parametrize(
    ("make", "name", "fmt"),
    [(hostile_png, "so-do.png", "PNG"), (hostile_webp, "anh.webp", "WEBP")],
    ids=["png", "webp"],
)
def test_png_and_webp_keep_only_their_pixels_and_icc_profile(client, media, store, make, name, fmt):
    stored = store(client, media, make(), name)
    assert MARKER not in stored
    image = opened(stored)
    assert (image.format, set(image.info) - READERS_OWN_KEYS) == (fmt, {"icc_profile"})
    assert image.info["icc_profile"] == SRGB
    assert dict(image.getexif()) == {}


def test_renditions_of_an_image_stored_before_cleaning_carry_only_pixels_and_profile(media):
    # Stored as it came, as images uploaded before re-encoding kept everything.
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = MARKER.decode()
    out = io.BytesIO()
    red_left_blue_right(1000, 500).save(
        out, "JPEG", exif=exif, comment=MARKER, xmp=MARKER, icc_profile=SRGB, extra=segment(0xE9, MARKER)
    )
    name = default_storage.save("editor/2026/01/cu.jpg", ContentFile(out.getvalue()))
    renditions = make_renditions(name)
    assert [size["w"] for size in renditions["sizes"]] == [400, 800]
    for size in renditions["sizes"]:
        for extension, fmt in (("jpg", "JPEG"), ("webp", "WEBP")):
            stored = (media / size[extension]).read_bytes()
            assert MARKER not in stored
            image = opened(stored)
            assert image.format == fmt
            assert image.info["icc_profile"] == SRGB
            assert dict(image.getexif()) == {}
            if fmt == "JPEG":
                assert [name for name, _data in image.applist] == ["APP0", "APP2"]


def test_a_drafts_cover_gallery_and_renditions_all_sit_in_random_folders(client, media):
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    response = client.post(
        "/admin/news/article/add/",
        {
            "title": "Đáp án đề thi tuyển sinh lớp 10",
            "slug": "",
            "lead": "Sapo.",
            "body": "<p>Nội dung.</p>",
            "category": CategoryFactory().pk,
            "cover": SimpleUploadedFile("Đáp án đề thi.jpg", jpeg()),
            "cover_alt": "Đáp án",
            "images-TOTAL_FORMS": "1",
            "images-INITIAL_FORMS": "0",
            "images-0-image": SimpleUploadedFile("Đáp án đề thi.jpg", jpeg()),
            "images-0-alt": "Đáp án",
            "images-0-order": "0",
            "credits-TOTAL_FORMS": "0",
            "credits-INITIAL_FORMS": "0",
            "attachments-TOTAL_FORMS": "0",
            "attachments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    photo = article.images.get()
    image_renditions_task.apply(
        kwargs={"model": "news.article", "pk": article.pk, "field": "cover", "renditions_field": "cover_renditions"}
    )
    image_renditions_task.apply(
        kwargs={"model": "news.articleimage", "pk": photo.pk, "field": "image", "renditions_field": "renditions"}
    )
    article.refresh_from_db()
    month = timezone.localdate().strftime("%Y/%m")
    random = r"[0-9a-f]{32}"
    cover_folder = re.fullmatch(rf"(articles/{month}/{random})/dap-an-de-thi\.jpg", article.cover.name)
    photo_folder = re.fullmatch(rf"(articles/{month}/gallery/{random})/dap-an-de-thi\.jpg", photo.image.name)
    assert cover_folder and photo_folder, (article.cover.name, photo.image.name)
    stored = sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())
    names = ["dap-an-de-thi.jpg", *(f"dap-an-de-thi.w{w}.{ext}" for w in (400, 800) for ext in ("jpg", "webp"))]
    assert stored == sorted(f"{folder.group(1)}/{name}" for folder in (cover_folder, photo_folder) for name in names)
    assert [size["webp"] for size in article.cover_renditions["sizes"]] == [
        f"{cover_folder.group(1)}/dap-an-de-thi.w400.webp",
        f"{cover_folder.group(1)}/dap-an-de-thi.w800.webp",
    ]
