"""Tests of portal/storage.py: private files outside MEDIA_ROOT, under unguessable names, addressed through their
views."""

import re

import pytest
from django.core.files.storage import storages

from awards.models import Decision
from news.models import DocumentFile
from portal.storage import PrivateFileSystemStorage, random_file_name
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
