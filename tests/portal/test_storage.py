"""Unguessable names: 128 random bits in the folder of every upload, public images included."""

import datetime
import re

import pytest
import time_machine
from django.apps import apps
from django.core.files.storage import default_storage
from django.db import models

from portal.storage import RandomFileName, random_file_name

PUBLIC_IMAGE_FIELDS = {
    ("news.article", "cover", "articles/%Y/%m"),
    ("news.articleimage", "image", "articles/%Y/%m/gallery"),
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
    assert public == PUBLIC_IMAGE_FIELDS


@pytest.mark.parametrize(("label", "field_name", "folder"), sorted(PUBLIC_IMAGE_FIELDS))
def test_a_public_image_cannot_be_found_from_its_original_name(label, field_name, folder):
    field = apps.get_model(label)._meta.get_field(field_name)
    moment = datetime.datetime(2026, 12, 31, 17, 30, tzinfo=datetime.UTC)  # 00:30 on 01/01/2027 in Vietnam
    with time_machine.travel(moment, tick=False):
        names = {field.generate_filename(None, "Đáp án đề thi.jpg") for _ in range(3)}
    expected_folder = folder.replace("%Y", "2027").replace("%m", "01")
    assert len(names) == 3
    for name in names:
        assert re.fullmatch(re.escape(expected_folder) + r"/[0-9a-f]{32}/dap-an-de-thi\.jpg", name), name
