"""Covers, gallery photos and their renditions are stored where no title or file name leads."""

import io
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article
from portal import roles
from portal.tasks import image_renditions_task
from tests.factories import CategoryFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def jpeg(width=1200, height=800) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (11, 74, 139)).save(out, "JPEG")
    return out.getvalue()


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
