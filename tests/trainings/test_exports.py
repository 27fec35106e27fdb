"""Tests of trainings/exports.py: the delegate list and the whole record as .xlsx, safe for Excel."""

import io

import pytest
from openpyxl import load_workbook

from tests.factories.trainings import ParticipantFactory, TrainingFactory
from trainings.enums import Attendance

pytestmark = pytest.mark.django_db


def test_the_delegate_export_has_the_list_and_attendance_by_unit(editor_client):
    training = TrainingFactory()
    ParticipantFactory(training=training, full_name="Võ Thị Lan", attendance=Attendance.PRESENT)
    response = editor_client.get(f"/admin/trainings/training/{training.pk}/dai-bieu.xlsx")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Đại biểu", "Tổng số người dự", "Theo đơn vị", "Theo vai trò"]
    assert [c.value for c in workbook["Đại biểu"][2]][:2] == [1, "Võ Thị Lan"]


def test_the_record_exports_to_xlsx_with_delegates_and_figures(client, leader, known_training):
    client.force_login(leader)
    response = client.get(known_training.get_leaders_url() + "ho-so.xlsx")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == [
        "Thông tin chung",
        "Chương trình",
        "Tham luận",
        "Điểm cầu",
        "Đại biểu",
        "Tổng số người dự",
        "Theo đơn vị",
        "Theo vai trò",
        "Nhận xét",
    ]
    by_unit = [list(row) for row in workbook["Theo đơn vị"].iter_rows(values_only=True)]
    assert by_unit == [
        ["Đơn vị", "Có mặt", "Vắng", "Vắng có phép", "Chưa điểm danh", "Đăng ký", "Tỉ lệ có mặt (%)"],
        ["Phòng Giáo dục và Đào tạo huyện Krông Ana", 3, 1, 0, 0, 4, 75],
        ["Phòng Giáo dục và Đào tạo huyện Lắk", 1, 0, 1, 1, 3, 33.3],
        ["Tổng cộng", 4, 1, 1, 1, 7, 57.1],
    ]
    assert workbook["Đại biểu"].max_row == 8


def test_exports_keep_formula_like_names_as_text(client, leader, known_training):
    ParticipantFactory(training=known_training, full_name='=HYPERLINK("http://evil.example","Bấm vào")')
    client.force_login(leader)
    workbook = load_workbook(io.BytesIO(client.get(known_training.get_leaders_url() + "ho-so.xlsx").content))
    cells = [cell for row in workbook["Đại biểu"].iter_rows() for cell in row if str(cell.value).startswith("=")]
    assert [(cell.value, cell.data_type) for cell in cells] == [('=HYPERLINK("http://evil.example","Bấm vào")', "s")]


def test_exports_drop_control_characters_excel_cannot_hold(client, leader, known_training):
    ParticipantFactory(training=known_training, full_name="Trần Thị\x1b Mai", note="Đến muộn\x07 10 phút")
    client.force_login(leader)
    response = client.get(known_training.get_leaders_url() + "ho-so.xlsx")
    assert response.status_code == 200
    values = {cell.value for row in load_workbook(io.BytesIO(response.content))["Đại biểu"].iter_rows() for cell in row}
    assert {"Trần Thị Mai", "Đến muộn 10 phút"} <= values
