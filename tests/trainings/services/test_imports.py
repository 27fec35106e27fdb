"""Tests of trainings/services/imports.py: columns mapped, every row checked, all or nothing, problems by row in
Vietnamese."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from portal.spreadsheets import ImportFailed
from tests.factories.portal import UnitFactory
from tests.factories.trainings import ParticipantFactory, RemoteSiteFactory, TrainingFactory
from trainings.enums import ParticipantRole
from trainings.models import Participant
from trainings.services.imports import participants_import, participants_import_preview

pytestmark = pytest.mark.django_db


HEADER = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Email", "Điện thoại", "Vai trò"]


def xlsx(rows, *, header=HEADER, title="DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ", edit=None, name="dai-bieu.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    if edit:
        edit(sheet)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.fixture
def units():
    return {
        "ka": UnitFactory(
            code="PGD-KA", name="Phòng Giáo dục và Đào tạo huyện Krông Ana", short_name="Phòng GD&ĐT Krông Ana"
        ),
        "nd": UnitFactory(code="THCS-ND", name="Trường THCS Nguyễn Du"),
    }


@pytest.fixture
def training():
    """A training with nobody on its list (here rather than the reminders' training of tests/trainings/conftest.py)."""
    return TrainingFactory()


def problems_of(call) -> list[str]:
    with pytest.raises(ImportFailed) as failure:
        call()
    return [str(p) for p in failure.value.problems]


def test_xlsx_under_a_merged_title_row_is_imported_with_units_by_code_or_name(training, units):
    upload = xlsx(
        [
            [1, "Nguyễn Văn An", "Phó Trưởng phòng", "PGD-KA", "An.Nguyen@Example.vn", "0905 111 222", "Đại biểu"],
            [2, "Hoàng Thị Bích", "Giáo viên", "truong thcs nguyen du", "", "", "báo cáo viên"],
            [3, "Y Khuê Niê", "Phóng viên", "Phòng GD&ĐT Krông Ana", "khue@example.vn", "", "Phóng viên"],
        ]
    )
    assert participants_import(training=training, upload=upload) == 3
    an, bich, khue = Participant.objects.order_by("pk")
    assert (an.full_name, an.unit, an.email, an.phone, an.role) == (
        "Nguyễn Văn An",
        units["ka"],
        "an.nguyen@example.vn",
        "0905 111 222",
        ParticipantRole.DELEGATE,
    )
    assert (bich.unit, bich.role, bich.person_key) == (
        units["nd"],
        ParticipantRole.SPEAKER,
        f"n:hoang thi bich|{units['nd'].pk}",
    )
    assert (khue.unit, khue.role) == (units["ka"], ParticipantRole.PRESS)


def test_csv_with_semicolons_and_a_remote_site_is_imported(training, units):
    RemoteSiteFactory(training=training, name="Điểm cầu Krông Ana")
    upload = SimpleUploadedFile(
        "dai-bieu.csv", "Họ tên;Đơn vị;Điểm cầu\nLê Văn Sơn;PGD-KA;diem cau krong ana\n".encode("utf-8-sig")
    )
    assert participants_import(training=training, upload=upload) == 1
    assert Participant.objects.get().remote_site.name == "Điểm cầu Krông Ana"


def test_preview_shows_the_mapping_the_first_rows_and_writes_nothing(training, units):
    upload = xlsx([[n, f"Đại biểu {n}", "", "PGD-KA", f"db{n}@example.vn", "", ""] for n in range(1, 16)])
    preview = participants_import_preview(training=training, upload=upload)
    assert preview.ok
    assert preview.row_count == 15
    assert preview.mapping == {
        "full_name": "Họ và tên",
        "position": "Chức vụ",
        "unit": "Đơn vị",
        "email": "Email",
        "phone": "Điện thoại",
        "role": "Vai trò",
        "remote_site": None,
        "note": None,
    }
    assert len(preview.rows) == 10
    assert preview.rows[0]["full_name"] == "Đại biểu 1"
    assert Participant.objects.count() == 0


def test_columns_with_unusual_headers_are_mapped_by_hand(training, units):
    upload = xlsx(
        [["Phạm Thị Thu", "THCS-ND", "thu@example.vn"]], header=["Người dự", "Nơi công tác", "Hộp thư"], title=None
    )
    preview = participants_import_preview(training=training, upload=upload)
    assert [str(p) for p in preview.problems] == ["Chưa có cột “Họ và tên”: hãy chọn cột của tệp ứng với trường này."]
    mapping = {"full_name": "Người dự", "unit": "Nơi công tác", "email": "Hộp thư"}
    assert participants_import_preview(training=training, upload=upload, mapping=mapping).ok
    assert participants_import(training=training, upload=upload, mapping=mapping) == 1
    assert Participant.objects.get().unit == units["nd"]


def test_one_column_chosen_for_two_fields_is_refused(training, units):
    upload = xlsx([[1, "A", "", "PGD-KA", "", "", ""]])
    mapping = {"full_name": "Họ và tên", "position": "Họ và tên"}
    assert problems_of(lambda: participants_import(training=training, upload=upload, mapping=mapping)) == [
        "Cột “Họ và tên” được chọn cho cả “Họ và tên” và “Chức vụ”."
    ]


def test_every_bad_row_is_reported_by_its_excel_row_number_and_nothing_is_imported(training, units):
    ParticipantFactory(training=training, email="da.co@example.vn", full_name="Người Đã Có")
    upload = xlsx(
        [
            [1, "Nguyễn Văn An", "", "PGD-KA", "an@example.vn", "", ""],  # row 3: fine
            [2, "", "Giáo viên", "PGD-KA", "", "", ""],  # row 4: name missing
            [3, "Trần Bình", "", "Trường Không Có", "", "", ""],  # row 5: unknown unit
            [4, "Lý Cường", "", "THCS-ND", "khong-phai-email", "", ""],  # row 6: bad e-mail
            [5, "Nguyễn Văn An (lặp)", "", "THCS-ND", "AN@example.vn", "", ""],  # row 7: e-mail twice
            [6, "Đỗ Dung", "", "THCS-ND", "da.co@example.vn", "", ""],  # row 8: already on the list
            [7, "Mai Em", "", "THCS-ND", "", "", "Thư ký"],  # row 9: unknown role
        ]
    )
    assert problems_of(lambda: participants_import(training=training, upload=upload)) == [
        "Dòng 4: thiếu họ và tên.",
        "Dòng 5: không tìm thấy đơn vị “Trường Không Có” trong danh mục đơn vị.",
        "Dòng 6: thư điện tử “khong-phai-email” không hợp lệ.",
        "Dòng 7: trùng với dòng 3 (cùng thư điện tử “an@example.vn”).",
        "Dòng 8: đã có trong danh sách của hội nghị (cùng thư điện tử “da.co@example.vn”).",
        "Dòng 9: vai trò “Thư ký” không hợp lệ; hãy ghi một trong: Đại biểu, Báo cáo viên, Ban tổ chức, Khách mời, Phóng viên.",
    ]
    assert Participant.objects.count() == 1  # only the one that was there


def test_the_same_name_twice_in_one_unit_without_email_is_a_duplicate(training, units):
    upload = xlsx([[1, "Hà Văn Giang", "", "PGD-KA", "", "", ""], [2, "Hà  văn Giang", "", "PGD-KA", "", "", ""]])
    assert problems_of(lambda: participants_import(training=training, upload=upload)) == [
        "Dòng 4: trùng với dòng 3 (cùng họ tên và đơn vị)."
    ]


def test_an_unknown_remote_site_is_reported(training, units):
    upload = SimpleUploadedFile("d.csv", "Họ và tên,Điểm cầu\nA,Điểm cầu Lắk\n".encode())
    assert problems_of(lambda: participants_import(training=training, upload=upload)) == [
        "Dòng 2: hội nghị không có điểm cầu “Điểm cầu Lắk”; hãy thêm điểm cầu trước khi nhập."
    ]


def test_a_formula_and_merged_cells_among_the_data_are_refused(training, units):
    def edit(sheet):
        sheet["F3"] = "=A3*2"
        sheet.merge_cells("D4:E4")

    upload = xlsx(
        [[1, "A", "", "PGD-KA", "a@example.vn", "", ""], [2, "B", "", "PGD-KA", "b@example.vn", "", ""]], edit=edit
    )
    assert problems_of(lambda: participants_import(training=training, upload=upload)) == [
        "Dòng 3: ô F3 chứa công thức =A3*2; hãy dán giá trị thay cho công thức.",
        "Dòng 4: các ô D4:E4 được gộp; hãy bỏ gộp ô trong phần danh sách.",
    ]
    assert Participant.objects.count() == 0


def test_ten_thousand_rows_are_refused_before_any_check(training, units):
    lines = "\n".join(f"Người {n},PGD-KA" for n in range(10_000))
    upload = SimpleUploadedFile("lon.csv", f"Họ và tên,Đơn vị\n{lines}\n".encode())
    assert problems_of(lambda: participants_import(training=training, upload=upload)) == [
        "Tệp có 10000 dòng, vượt quá giới hạn 3000 dòng mỗi lần nhập; hãy chia nhỏ tệp."
    ]
    assert Participant.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "danh-sach.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100,
            "Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .xlsx.",
        ),
        ("danh-sach.pdf", b"%PDF-1.4 not a table", "Tệp không phải bảng tính; hãy tải lên tệp .xlsx hoặc .csv."),
        ("danh-sach.xlsx", b"PK\x03\x04 broken zip", "Tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng."),
        ("anh.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "Tệp không phải bảng tính; hãy tải lên tệp .xlsx hoặc .csv."),
        ("trong.csv", b"", "Tệp không có dữ liệu."),
    ],
)
def test_a_file_that_is_not_a_usable_spreadsheet_gets_a_clear_message(training, name, content, message):
    upload = SimpleUploadedFile(name, content)
    assert problems_of(lambda: participants_import_preview(training=training, upload=upload)) == [message]
    assert Participant.objects.count() == 0


LONG_EMAIL = "a" * 289 + "@truong.vn"  # 300 characters, a valid address for Django's validator


def test_an_e_mail_or_name_longer_than_its_column_is_a_row_problem_and_nothing_is_imported():
    upload = SimpleUploadedFile(
        "dai-bieu.csv",
        "\n".join(
            [
                "Họ và tên;Chức vụ;Email;Ghi chú",
                "Nguyễn Văn An;Giáo viên;an@truong.vn;",
                f"Trần Thị Bình;Hiệu trưởng;{LONG_EMAIL};",
                f"{'Lê Văn Cường ' * 12};{'Phó ' * 38};;{'x' * 256}",
            ]
        ).encode(),
    )
    training = TrainingFactory()
    with pytest.raises(ImportFailed) as failure:
        participants_import(training=training, upload=upload)
    assert [str(problem) for problem in failure.value.problems] == [
        "Dòng 3: “Thư điện tử” dài quá 254 ký tự.",
        "Dòng 4: “Chức vụ” dài quá 150 ký tự.",
        "Dòng 4: “Ghi chú” dài quá 255 ký tự.",
        "Dòng 4: “Họ và tên” dài quá 150 ký tự.",
    ]
    assert not Participant.objects.exists()
