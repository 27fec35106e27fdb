"""Tests of portal/services/core.py: importing units from .xlsx and .csv, all or nothing, every problem by row
number."""

import io
import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from portal.enums import UnitKind
from portal.models import Unit
from portal.services.core import units_import
from portal.spreadsheets import ImportFailed
from tests.factories.portal import UnitFactory
from tests.portal.conftest import csv_file

pytestmark = pytest.mark.django_db


HEADER = ["Mã đơn vị", "Tên đơn vị", "Loại", "Đơn vị cấp trên", "Điện thoại", "Email"]


def xlsx(rows, *, title=None, edit=None) -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    if edit:
        edit(sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("don-vi.xlsx", buffer.getvalue())


def windows_1258(text: str) -> bytes:
    """Encode as Vietnamese Windows does: letters with â ă ê ô ơ ư precomposed, tone marks apart."""
    out = b""
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and char in "\u0302\u0306\u031b" and out:
            # Compose the vowel quality mark with the letter before it (a + ̂ → â).
            previous = out[-1:].decode("cp1258")
            out = out[:-1] + unicodedata.normalize("NFC", previous + char).encode("cp1258")
        else:
            out += char.encode("cp1258")
    return out


def test_xlsx_import_creates_a_tree_with_parents_named_in_the_same_file():
    upload = xlsx(
        [
            ["PGD-KA", "Phòng Giáo dục và Đào tạo huyện Krông Ana", "Phòng", "", "0262 3637 111", "pgd@ka.example.vn"],
            ["KA-01", "Trường Tiểu học Hòa Bình", "Trường", "PGD-KA", "", ""],
            ["KA-02", "Trường THCS Trần Phú", "Trường học", "Phòng Giáo dục và Đào tạo huyện Krông Ana", "", ""],
        ],
        title="DANH MỤC ĐƠN VỊ",
    )
    result = units_import(upload=upload)
    assert (result.created, result.updated) == (3, 0)
    bureau = Unit.objects.get(code="PGD-KA")
    assert bureau.kind == UnitKind.BUREAU
    assert bureau.email == "pgd@ka.example.vn"
    assert sorted(bureau.children.values_list("code", flat=True)) == ["KA-01", "KA-02"]
    assert Unit.objects.get(code="KA-01").slug == "truong-tieu-hoc-hoa-binh"


def test_reimport_updates_units_with_the_same_code():
    UnitFactory(code="KA-01", name="Trường TH Hòa Bình (tên cũ)")
    result = units_import(upload=csv_file("Mã đơn vị,Tên đơn vị\nKA-01,Trường Tiểu học Hòa Bình\n"))
    assert (result.created, result.updated) == (0, 1)
    assert Unit.objects.get(code="KA-01").name == "Trường Tiểu học Hòa Bình"


def test_csv_in_windows_vietnamese_encoding_and_semicolons_is_read():
    upload = SimpleUploadedFile("don-vi.csv", windows_1258("Mã đơn vị;Tên đơn vị\nKA-09;Trường Mầm non Sơn Ca\n"))
    units_import(upload=upload)
    assert Unit.objects.get(code="KA-09").name == "Trường Mầm non Sơn Ca"


def test_every_problem_is_reported_by_row_and_nothing_is_imported():
    upload = xlsx(
        [
            ["A-1", "Trường A", "Trường", "", "", ""],
            ["A-2", "", "Trường", "", "", ""],
            ["A-1", "Trường A lặp", "Trường", "", "", ""],
            ["A-4", "Trường D", "Trường đại học", "", "", ""],
            ["A-5", "Trường E", "Trường", "Không có đơn vị này", "", ""],
            ["A-6", "Trường F", "Trường", "", "", "khong-phai-email"],
        ]
    )
    with pytest.raises(ImportFailed) as failure:
        units_import(upload=upload)
    assert [str(p) for p in failure.value.problems] == [
        "Dòng 3: thiếu tên đơn vị.",
        "Dòng 4: mã “A-1” đã có ở dòng 2.",
        "Dòng 5: loại đơn vị “Trường đại học” không hợp lệ.",
        "Dòng 6: không tìm thấy đơn vị cấp trên “Không có đơn vị này”.",
        "Dòng 7: thư điện tử “khong-phai-email” không hợp lệ.",
    ]
    assert Unit.objects.count() == 0


def test_parents_that_make_a_loop_are_refused():
    upload = csv_file("Mã đơn vị,Tên đơn vị,Đơn vị cấp trên\nX,Đơn vị X,Y\nY,Đơn vị Y,X\n")
    with pytest.raises(ImportFailed) as failure:
        units_import(upload=upload)
    assert [str(p) for p in failure.value.problems] == [
        "Dòng 2: đơn vị cấp trên tạo thành vòng lặp.",
        "Dòng 3: đơn vị cấp trên tạo thành vòng lặp.",
    ]


def test_formulas_and_merged_cells_in_the_data_are_refused_with_their_rows():
    def edit(sheet):
        sheet["A3"] = '=CONCAT("B","-1")'
        sheet.merge_cells("B4:C4")

    upload = xlsx(
        [
            ["A-1", "Trường A", "Trường", "", "", ""],
            ["", "Trường B", "", "", "", ""],
            ["C", "Trường C", "", "", "", ""],
        ],
        edit=edit,
    )
    with pytest.raises(ImportFailed) as failure:
        units_import(upload=upload)
    assert [str(p) for p in failure.value.problems] == [
        'Dòng 3: ô A3 chứa công thức =CONCAT("B","-1"); hãy dán giá trị thay cho công thức.',
        "Dòng 4: các ô B4:C4 được gộp; hãy bỏ gộp ô trong phần danh sách.",
    ]


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("a.xlsx", b"PK\x03\x04 not really a zip"),
            "Tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng.",
        ),
        (
            SimpleUploadedFile("a.xls", b"\xd0\xcf\x11\xe0 old excel"),
            "Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .xlsx.",
        ),
        (SimpleUploadedFile("a.pdf", b"%PDF-1.7"), "Tệp không phải bảng tính; hãy tải lên tệp .xlsx hoặc .csv."),
        (SimpleUploadedFile("a.csv", b""), "Tệp không có dữ liệu."),
        (
            SimpleUploadedFile("a.csv", "Họ tên,Ghi chú\nA,B\n".encode()),
            "Không tìm thấy dòng tiêu đề cột; dòng tiêu đề cần có các cột như: Mã đơn vị, Tên đơn vị, "
            "Tên viết tắt, Loại đơn vị, Đơn vị cấp trên, Địa chỉ, Điện thoại, Thư điện tử.",
        ),
    ],
)
def test_files_that_are_not_tables_get_a_clear_message(upload, message):
    with pytest.raises(ImportFailed) as failure:
        units_import(upload=upload)
    assert [str(p) for p in failure.value.problems] == [message]


def test_missing_name_column_is_named():
    with pytest.raises(ImportFailed) as failure:
        units_import(upload=csv_file("Mã đơn vị,Địa chỉ\nA,Buôn Ma Thuột\n"))
    assert [str(p) for p in failure.value.problems] == ["Thiếu cột “Tên đơn vị”."]


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
