"""Tests of awards/exports.py: an exported list stays text for Excel and can be imported again."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from awards.exports import commendations_workbook
from awards.models import Commendation
from awards.services import commendations_import
from tests.factories.awards import CommendationFactory, DecisionFactory

pytestmark = pytest.mark.django_db


def test_an_exported_list_can_be_corrected_and_imported_into_another_decision(catalogue, schools):
    source = DecisionFactory(number="125/QĐ-SGDĐT")
    CommendationFactory(
        decision=source, form=catalogue["giay_khen"], recipient_name='=HYPERLINK("x")', unit=schools["nd"]
    )
    CommendationFactory(decision=source, form=catalogue["cstd"], recipient_name="Lê Văn Hùng", unit=schools["nd"])
    workbook = load_workbook(io.BytesIO(commendations_workbook(Commendation.objects.for_listing().order_by("order"))))
    sheet = workbook.active
    assert [c.value for c in sheet[1]][:7] == [
        "STT",
        "Số quyết định",
        "Ngày ký",
        "Cơ quan ban hành",
        "Năm học / năm",
        "Tập thể / Cá nhân",
        "Họ và tên / Tên tập thể",
    ]
    assert (sheet["G2"].value, sheet["G2"].data_type) == ('=HYPERLINK("x")', "s")  # stays text, not a formula
    sheet.delete_rows(2)
    sheet["B2"] = "130/QĐ-SGDĐT"
    buffer = io.BytesIO()
    workbook.save(buffer)
    target = DecisionFactory(number="130/QĐ-SGDĐT", status="draft", published_at=None)
    result = commendations_import(upload=SimpleUploadedFile("sua-lai.xlsx", buffer.getvalue()))
    assert result.decisions == [target]
    assert list(target.commendations.values_list("recipient_name", "unit__code", "form__name", "field")) == [
        ("Lê Văn Hùng", "BMT-04", "Chiến sĩ thi đua cơ sở", "communications")
    ]


def test_the_export_drops_control_characters_excel_cannot_hold(catalogue, schools):
    CommendationFactory(form=catalogue["giay_khen"], recipient_name="Phạm Thị\x1b Lan", unit=schools["nd"])
    sheet = load_workbook(io.BytesIO(commendations_workbook(Commendation.objects.for_listing()))).active
    assert sheet["G2"].value == "Phạm Thị Lan"
