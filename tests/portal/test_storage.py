"""Tests of portal/storage.py: private files outside MEDIA_ROOT, under unguessable names, addressed through their
views."""

import datetime
import re

import pytest
import time_machine
from django.apps import apps
from django.core.files.storage import default_storage, storages
from django.db import models

from awards.models import Decision
from news.models import DocumentFile
from portal.storage import PrivateFileSystemStorage, RandomFileName, random_file_name
from tests.factories.trainings import MaterialFactory
from tests.portal.conftest import PDF, stored
from trainings.models import Material, Paper

RANDOM = re.compile(r"[0-9a-f]{32}")


def test_a_private_file_gets_a_random_folder_and_a_transliterated_name():
    first = random_file_name("trainings/papers", "Tham luận Đắk Lắk (bản cuối).PDF")
    second = random_file_name("trainings/papers", "Tham luận Đắk Lắk (bản cuối).PDF")
    folder, random_part, name = first.rsplit("/", 2)
    assert (folder, name) == ("trainings/papers", "tham-luan-dak-lak-ban-cuoi.pdf")
    assert RANDOM.fullmatch(random_part)
    assert first != second


@pytest.mark.parametrize(
    ("uploaded", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\Lan\\Báo cáo.docx", "bao-cao.docx"),
        ("không đuôi", "khong-duoi"),
        (".pdf", "tep.pdf"),
        ("so-lieu.x<l>s", "so-lieu.xls"),
    ],
)
def test_the_name_keeps_no_path_and_only_safe_characters(uploaded, expected):
    name = random_file_name("awards/decisions", uploaded)
    assert re.sub(r"/[0-9a-f]{32}/", "/<random>/", name) == f"awards/decisions/<random>/{expected}"


def test_the_four_fields_use_the_private_storage_and_random_names():
    fields = [
        Material._meta.get_field("file"),
        Paper._meta.get_field("file"),
        DocumentFile._meta.get_field("file"),
        Decision._meta.get_field("file"),
    ]
    assert all(field.storage is storages["private"] for field in fields)
    assert isinstance(storages["private"], PrivateFileSystemStorage)
    paper = Paper(title="Tham luận")
    assert RANDOM.search(fields[1].generate_filename(paper, "Tham luận.pdf"))


def test_the_private_storage_is_outside_media_root_and_has_no_address(private_root):
    file = stored("trainings/papers/abc/tham-luan.pdf")
    assert (private_root / "trainings/papers/abc/tham-luan.pdf").read_bytes() == PDF
    assert not (private_root.parent / "media").exists()
    with pytest.raises(ValueError, match="not accessible via a URL"):
        file.storage.url(file.name)


def test_a_row_s_file_links_to_its_download_view_never_to_the_storage(db, private_root):
    material = MaterialFactory()
    assert material.file.url == f"/hoi-nghi-tap-huan/tai-lieu/{material.pk}/"
    assert material.file.url == material.get_download_url()


PUBLIC_FILE_FIELDS = {
    ("news.article", "cover", "articles/%Y/%m"),
    ("news.articleimage", "image", "articles/%Y/%m/gallery"),
    ("news.albumphoto", "image", "albums/%Y/%m"),
    ("news.video", "file", "videos/%Y/%m"),
    ("news.video", "poster", "videos/posters"),
    ("portal.banner", "image", "banners/%Y"),
    ("portal.leader", "photo", "organisation/leaders"),
    ("trainings.speaker", "photo", "trainings/speakers"),
    ("trainings.trainingphoto", "image", "trainings/photos/%Y"),
}


def test_each_of_the_32_hex_digits_of_the_folder_is_random():
    folders = [random_file_name("articles", "anh.jpg").split("/")[1] for _ in range(2000)]
    assert len(set(folders)) == 2000
    assert all(re.fullmatch(r"[0-9a-f]{32}", folder) for folder in folders)
    # 16 values at each of the 32 places: 128 random bits (a uuid4 fixes 6 of them).
    assert [len(set(column)) for column in zip(*folders, strict=True)] == [16] * 32


def test_every_public_file_field_names_its_files_in_a_random_folder():
    public = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField) and field.storage is default_storage:
                public.add((model._meta.label_lower, field.name, getattr(field.upload_to, "folder", field.upload_to)))
                assert isinstance(field.upload_to, RandomFileName), (model, field.name)
    assert public == PUBLIC_FILE_FIELDS


@pytest.mark.parametrize(("label", "field_name", "folder"), sorted(PUBLIC_FILE_FIELDS))
def test_a_public_image_cannot_be_found_from_its_original_name(label, field_name, folder):
    field = apps.get_model(label)._meta.get_field(field_name)
    moment = datetime.datetime(2026, 12, 31, 17, 30, tzinfo=datetime.UTC)  # 00:30 on 01/01/2027 in Vietnam
    with time_machine.travel(moment, tick=False):
        names = {field.generate_filename(None, "Đáp án đề thi.jpg") for _ in range(3)}
    expected_folder = folder.replace("%Y", "2027").replace("%m", "01")
    assert len(names) == 3
    for name in names:
        assert re.fullmatch(re.escape(expected_folder) + r"/[0-9a-f]{32}/dap-an-de-thi\.jpg", name), name
