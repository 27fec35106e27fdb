"""Tests of awards/admin/decisions.py: entering a decision, importing its list, publishing, revoking, printing,
exporting."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from awards.models import Commendation, Decision
from portal import roles
from tests.awards.conftest import REVOKED, decision_with_scan
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UnitFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


ADD_URL = "/admin/awards/decision/add/"


def decision_post(**overrides) -> dict:
    data = {
        "number": "125/qđ-sgdđt",
        "signed_on": "09/06/2025",
        "issuer": "department",
        "signer": "Nguyễn Văn Thành",
        "signer_title": "Phó Giám đốc",
        "kind": "campaign",
        "school_year": "2024-2025",
        "summary": "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong công tác truyền thông",
        "legal_basis": "Luật Thi đua, khen thưởng ngày 15/6/2022",
        "training": "",
        "commendations-TOTAL_FORMS": "0",
        "commendations-INITIAL_FORMS": "0",
        "commendations-MIN_NUM_FORMS": "0",
        "commendations-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_editor_enters_a_decision_with_its_list_inline(client, editor):
    form = AwardFormFactory()
    unit = UnitFactory()
    data = decision_post(
        **{
            "commendations-TOTAL_FORMS": "1",
            "commendations-0-order": "1",
            "commendations-0-recipient_kind": "individual",
            "commendations-0-recipient_name": "Nguyễn Thị Thu Hà",
            "commendations-0-position": "Giáo viên",
            "commendations-0-unit": str(unit.pk),
            "commendations-0-form": str(form.pk),
            "commendations-0-achievement": "Thành tích xuất sắc trong công tác truyền thông",
            "commendations-0-field": "communications",
            "commendations-0-prize_amount": "702000",
        }
    )
    response = client.post(ADD_URL, data)
    assert response.status_code == 302
    decision = Decision.objects.get()
    assert (decision.number, decision.status, decision.created_by) == ("125/QĐ-SGDĐT", "draft", editor)
    assert list(decision.commendations.values_list("recipient_name", "search_name")) == [
        ("Nguyễn Thị Thu Hà", "nguyen thi thu ha")
    ]


def test_a_reused_decision_number_gets_a_clear_message_in_the_admin_form(client, editor):
    DecisionFactory(number="125/QĐ-SGDĐT", signed_on=datetime.date(2025, 3, 2))
    response = client.post(ADD_URL, decision_post())
    assert response.status_code == 200
    assert (
        "Cơ quan ban hành này đã có một quyết định cùng số trong năm ký; mỗi số quyết định chỉ dùng một lần."
        in response.content.decode()
    )
    assert Decision.objects.count() == 1


def test_change_page_warns_about_a_form_given_to_the_wrong_kind_of_recipient(client, editor):
    decision = DecisionFactory(status="draft", published_at=None)
    title = AwardFormFactory(name="Chiến sĩ thi đua cơ sở", recipients="individuals", category="title")
    CommendationFactory(decision=decision, form=title, recipient_kind="collective", recipient_name="Tổ Ngữ văn")
    html = client.get(f"/admin/awards/decision/{decision.pk}/change/").content.decode()
    assert "Cần kiểm tra trước khi công bố:" in html
    assert "“Tổ Ngữ văn” là tập thể nhưng hình thức “Chiến sĩ thi đua cơ sở” dành cho: chỉ cá nhân." in html
    assert f'href="/admin/awards/decision/{decision.pk}/cong-bo/"' in html


def test_import_page_reports_problems_by_row_and_imports_a_good_file(client, editor):
    decision = DecisionFactory(number="125/QĐ-SGDĐT", status="draft", published_at=None)
    AwardFormFactory(name="Giấy khen của Giám đốc Sở")
    UnitFactory(name="Trường THPT Chu Văn An", code="THPT-CVA")
    url = f"/admin/awards/decision/{decision.pk}/nhap-tu-tep/"

    def upload(rows):
        workbook = Workbook()
        workbook.active.append(["Họ và tên", "Tập thể / Cá nhân", "Mã đơn vị", "Hình thức", "Thành tích"])
        for row in rows:
            workbook.active.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return SimpleUploadedFile("danh-sach.xlsx", buffer.getvalue())

    bad = upload([["Lê Văn Hùng", "Cá nhân", "KHONG-CO", "Giấy khen của Giám đốc Sở", "Truyền thông"]])
    html = client.post(url, {"file": bad}).content.decode()
    assert "Chưa nhập dòng nào: tệp có 1 lỗi cần sửa." in html
    assert "Dòng 2: không tìm thấy đơn vị “KHONG-CO” trong danh mục đơn vị." in html
    good = upload([["Lê Văn Hùng", "Cá nhân", "THPT-CVA", "Giấy khen của Giám đốc Sở", "Truyền thông"]])
    response = client.post(url, {"file": good})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/awards/decision/{decision.pk}/change/"
    assert decision.commendations.count() == 1


def test_import_template_is_an_xlsx_with_the_import_headers(client, editor):
    response = client.get("/admin/awards/decision/tep-mau/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert response["Content-Disposition"] == 'attachment; filename="mau-danh-sach-khen-thuong.xlsx"'
    assert sheet["G1"].value == "Họ và tên / Tên tập thể"


def test_publish_asks_for_confirmation_then_publishes(client, editor):
    decision = DecisionFactory(status="draft", published_at=None)
    CommendationFactory(decision=decision)
    url = f"/admin/awards/decision/{decision.pk}/cong-bo/"
    assert "Quyết định có 0 tập thể và 1 cá nhân." in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    decision.refresh_from_db()
    assert decision.status == "published"


def test_revoking_in_the_admin_keeps_the_decision_read_only_with_its_history(client, editor):
    decision = DecisionFactory(number="125/QĐ-SGDĐT")
    CommendationFactory(decision=decision)
    response = client.post(
        f"/admin/awards/decision/{decision.pk}/thu-hoi/",
        {"revoking_number": "45/QĐ-SGDĐT", "revoking_signed_on": "12/09/2025", "reason": "Sai đối tượng khen thưởng."},
    )
    assert response.status_code == 302
    decision.refresh_from_db()
    assert (decision.status, decision.revoke_reason) == ("revoked", "Sai đối tượng khen thưởng.")
    change_url = f"/admin/awards/decision/{decision.pk}/change/"
    html = client.get(change_url).content.decode()
    assert (
        "Quyết định đã bị thu hồi theo quyết định số 45/QĐ-SGDĐT ngày 12/09/2025; quyết định và danh sách được giữ "
        "lại để tra cứu, không sửa được. Lý do thu hồi: Sai đối tượng khen thưởng." in html
    )
    assert 'name="_save"' not in html  # read-only
    assert client.post(change_url, decision_post()).status_code == 403
    assert client.get(f"/admin/awards/decision/{decision.pk}/delete/").status_code == 403
    history = client.get(f"/admin/awards/decision/{decision.pk}/history/").content.decode()
    assert "Thu hồi theo quyết định 45/QĐ-SGDĐT" in history
    assert Commendation.objects.filter(decision=decision).count() == 1


def test_only_drafts_can_be_deleted(client, editor):
    published, draft = DecisionFactory(), DecisionFactory(status="draft", published_at=None)
    assert client.get(f"/admin/awards/decision/{published.pk}/delete/").status_code == 403
    assert client.get(f"/admin/awards/decision/{draft.pk}/delete/").status_code == 200


def test_printable_list_reads_like_the_annex_of_the_decision(client, editor):
    decision = DecisionFactory(number="125/QĐ-SGDĐT")
    CommendationFactory(
        decision=decision, recipient_kind="collective", recipient_name="Trường THCS Nguyễn Du", position=""
    )
    CommendationFactory(decision=decision, recipient_name="Nguyễn Thị Thu Hà", prize_amount=702000)
    html = client.get(f"/admin/awards/decision/{decision.pk}/in-danh-sach/").content.decode()
    assert "<h1>DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG</h1>" in html
    assert "(Kèm theo Quyết định số 125/QĐ-SGDĐT ngày 09/06/2025 của Sở Giáo dục và Đào tạo)" in html
    assert "I. TẬP THỂ (1)" in html and "II. CÁ NHÂN (1)" in html
    assert "Tổng tiền thưởng: 702.000 đồng" in html
    assert "<script" in html and "onclick" not in html


def test_export_of_a_decision_and_of_filtered_commendations(client, editor):
    decision = DecisionFactory(number="125/QĐ-SGDĐT")
    CommendationFactory.create_batch(2, decision=decision)
    response = client.get(f"/admin/awards/decision/{decision.pk}/xuat-excel/")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert load_workbook(io.BytesIO(response.content)).active.max_row == 3
    response = client.post(
        "/admin/awards/commendation/",
        {"action": "export_xlsx", "_selected_action": [decision.commendations.first().pk]},
    )
    assert load_workbook(io.BytesIO(response.content)).active.max_row == 2


def test_the_read_only_admin_page_of_a_revoked_decision_links_the_scan_through_the_view(client):
    decision = decision_with_scan(**REVOKED)
    client.force_login(UserFactory(role=roles.EDITOR))
    html = client.get(f"/admin/awards/decision/{decision.pk}/change/").content.decode()
    assert f'<a href="/khen-thuong/quyet-dinh/{decision.slug}/ban-quet/">{decision.file.name}</a>' in html
