"""The unit import against its columns: a value longer than the database holds is a row problem, not a crash."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.models import Unit
from portal.services.core import units_import
from portal.spreadsheets import ImportFailed

pytestmark = pytest.mark.django_db

LONG_EMAIL = "a" * 289 + "@truong.vn"  # 300 characters, a valid address for Django's validator


def csv_upload(*lines: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("don-vi.csv", "\n".join(lines).encode("utf-8-sig"))


def test_values_longer_than_their_columns_are_row_problems_and_nothing_is_imported():
    upload = csv_upload(
        "Mã đơn vị;Tên đơn vị;Tên viết tắt;Địa chỉ;Điện thoại;Email",
        "HB;Trường Tiểu học Hòa Bình;;;;hoabinh@truong.vn",
        f"KA;Trường THCS Krông Ana;;;;{LONG_EMAIL}",
        f"{'M' * 51};{'Trường ' * 37};{'T' * 101};{'Số 1 ' * 52};{'0' * 51};",
    )
    with pytest.raises(ImportFailed) as failure:
        units_import(upload=upload)
    assert [str(problem) for problem in failure.value.problems] == [
        "Dòng 3: “Thư điện tử” dài quá 254 ký tự.",
        "Dòng 4: “Mã đơn vị” dài quá 50 ký tự.",
        "Dòng 4: “Tên viết tắt” dài quá 100 ký tự.",
        "Dòng 4: “Tên đơn vị” dài quá 255 ký tự.",
        "Dòng 4: “Điện thoại” dài quá 50 ký tự.",
        "Dòng 4: “Địa chỉ” dài quá 255 ký tự.",
    ]
    assert not Unit.objects.exists()


def test_a_unit_at_every_length_limit_is_imported():
    name, short_name, code = "Trường " + "N" * 248, "T" * 100, "M" * 50
    units_import(upload=csv_upload("Mã đơn vị;Tên đơn vị;Tên viết tắt", f"{code};{name};{short_name}"))
    unit = Unit.objects.get()
    assert (unit.name, unit.short_name, unit.code) == (name, short_name, code)
    assert len(unit.search_text) == 400
