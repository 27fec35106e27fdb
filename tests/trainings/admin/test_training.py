"""Tests of trainings/admin/training.py: the two-step delegate import, the sign-in sheet, head counts and the files
of a record."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from portal import roles
from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import MaterialFactory, ParticipantFactory, RemoteSiteFactory, TrainingFactory
from trainings.enums import Attendance
from trainings.models import Participant

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


def workbook_file(rows) -> SimpleUploadedFile:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("dai-bieu.xlsx", buffer.getvalue())


def test_import_is_upload_then_preview_then_confirm(editor_client):
    training = TrainingFactory()
    UnitFactory(code="PGD-LK", name="Phòng Giáo dục và Đào tạo huyện Lắk")
    url = f"/admin/trainings/training/{training.pk}/nhap-dai-bieu/"
    assert editor_client.get(url).status_code == 200
    upload = workbook_file([["Họ và tên", "Nơi công tác", "Email"], ["Lê Thị Hạnh", "PGD-LK", "hanh@example.vn"]])
    response = editor_client.post(url, {"file": upload})
    html = response.content.decode()
    assert "Bước 2/2: tệp có 1 dòng dữ liệu." in html
    assert "Lê Thị Hạnh" in html
    assert "Chưa có cột" not in html  # the name column was recognised
    assert Participant.objects.count() == 0
    token = response.context["token"]
    mapping = {"col_full_name": "Họ và tên", "col_unit": "Nơi công tác", "col_email": "Email"}
    response = editor_client.post(url, {"token": token, **mapping, "confirm": "Nhập"}, follow=True)
    assert "Đã nhập 1 người vào danh sách." in response.content.decode()
    person = Participant.objects.get()
    assert (person.full_name, person.unit.code, person.email) == ("Lê Thị Hạnh", "PGD-LK", "hanh@example.vn")


def test_import_preview_lists_problems_by_row_and_offers_no_confirm(editor_client):
    training = TrainingFactory()
    url = f"/admin/trainings/training/{training.pk}/nhap-dai-bieu/"
    upload = workbook_file([["Họ và tên", "Đơn vị"], ["", "X"], ["Bùi Văn Nam", "Không có"]])
    html = editor_client.post(url, {"file": upload}).content.decode()
    assert "Chưa nhập dòng nào: tệp có 3 lỗi cần sửa." in html
    assert "Dòng 2: thiếu họ và tên." in html
    assert "Dòng 3: không tìm thấy đơn vị “Không có” trong danh mục đơn vị." in html
    assert 'name="confirm"' not in html


def test_an_unreadable_file_is_reported_on_the_upload_step(editor_client):
    training = TrainingFactory()
    url = f"/admin/trainings/training/{training.pk}/nhap-dai-bieu/"
    html = editor_client.post(url, {"file": SimpleUploadedFile("a.docx", b"PK\x03\x04zz")}).content.decode()
    assert "Tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng." in html


def test_an_expired_upload_asks_to_upload_again(editor_client):
    training = TrainingFactory()
    url = f"/admin/trainings/training/{training.pk}/nhap-dai-bieu/"
    response = editor_client.post(url, {"token": "A" * 22, "col_full_name": "Họ và tên", "confirm": "1"}, follow=True)
    assert "Tệp đã tải lên hết hạn; hãy tải tệp lên lại." in response.content.decode()


def test_the_sign_in_sheet_page_records_who_signed(editor_client):
    training = TrainingFactory()
    came, missed = ParticipantFactory.create_batch(2, training=training)
    url = f"/admin/trainings/training/{training.pk}/danh-sach-ky/"
    assert came.full_name in editor_client.get(url).content.decode()
    response = editor_client.post(url, {"present": [came.pk]}, follow=True)
    assert "Đã ghi danh sách ký: 1 có mặt, 1 vắng." in response.content.decode()
    assert dict(Participant.objects.values_list("pk", "attendance")) == {
        came.pk: Attendance.PRESENT,
        missed.pk: Attendance.ABSENT,
    }


def test_the_change_page_holds_the_whole_record_and_saves_a_head_count(editor_client):
    training = TrainingFactory()
    site = RemoteSiteFactory(training=training, name="Điểm cầu Ea Kar")
    url = f"/admin/trainings/training/{training.pk}/change/"
    response = editor_client.get(url)
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data["starts_at_0"], data["starts_at_1"] = "15/10/2025", "07:30"
    data["ends_at_0"], data["ends_at_1"] = "15/10/2025", "16:30"
    data["organizer"] = training.organizer_id
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name, field in management.fields.items():
            data[f"{formset.formset.prefix}-{name}"] = management.initial.get(name, field.initial)
    prefix = "remote_sites"
    data.update(
        {
            f"{prefix}-0-id": site.pk,
            f"{prefix}-0-training": training.pk,
            f"{prefix}-0-name": site.name,
            f"{prefix}-0-expected_count": 30,
            f"{prefix}-0-head_count": 27,
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    site.refresh_from_db()
    assert site.head_count == 27
    assert site.counted_at is not None


def test_a_collaborator_cannot_import_or_see_delegates(client):
    training = TrainingFactory()
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    assert client.get(f"/admin/trainings/training/{training.pk}/nhap-dai-bieu/").status_code == 403
    assert client.get("/admin/trainings/participant/").status_code == 403


def test_the_admin_links_a_stored_file_to_its_download_view(client, people):
    material = MaterialFactory()
    client.force_login(people["editor"])
    html = client.get(f"/admin/trainings/training/{material.training.pk}/change/").content.decode()
    assert f'<a href="/hoi-nghi-tap-huan/tai-lieu/{material.pk}/">{material.file.name}</a>' in html
