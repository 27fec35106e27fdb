"""Tests of awards/services.py: publishing and revoking decisions, and importing recipients from .xlsx, all or
nothing."""

import datetime
import io

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from awards.enums import DecisionStatus
from awards.models import Commendation, Decision
from awards.services import WorkflowError, commendations_import, decision_publish, decision_revoke
from portal.spreadsheets import ImportFailed
from tests.awards.conftest import NOW
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


HEADER = [
    "STT",
    "Số quyết định",
    "Tập thể / Cá nhân",
    "Họ và tên / Tên tập thể",
    "Chức vụ",
    "Đơn vị",
    "Hình thức khen thưởng",
    "Thành tích",
    "Tiền thưởng",
]


ACHIEVEMENT = "Đã có thành tích xuất sắc trong công tác truyền thông năm học 2024-2025"


def xlsx(rows, *, header=HEADER, title="DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG") -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("danh-sach.xlsx", buffer.getvalue())


# --- publishing and revoking ----------------------------------------------------------------------


@time_machine.travel(NOW, tick=False)
def test_publishing_a_draft_makes_it_public_and_records_who_did_it():
    editor = UserFactory()
    decision = DecisionFactory(status="draft", published_at=None)
    CommendationFactory(decision=decision)
    decision_publish(decision=decision, by=editor)
    decision.refresh_from_db()
    assert (decision.status, decision.published_at) == (DecisionStatus.PUBLISHED, NOW)
    assert list(Decision.objects.published()) == [decision]
    last = decision.history.first()
    assert (last.history_user, last.history_change_reason) == (editor, "Công bố")


def test_a_decision_without_recipients_cannot_be_published():
    decision = DecisionFactory(status="draft", published_at=None)
    with pytest.raises(WorkflowError, match="chưa có tập thể, cá nhân nào"):
        decision_publish(decision=decision)


@time_machine.travel(NOW, tick=False)
def test_revoking_hides_the_decision_and_deletes_nothing():
    editor = UserFactory()
    decision = DecisionFactory()
    CommendationFactory.create_batch(3, decision=decision)
    decision_revoke(
        decision=decision,
        reason="Cá nhân được khen bị kỷ luật trong năm học, không đủ điều kiện khen thưởng.",
        revoking_number="45/qđ-sgdđt",
        revoking_signed_on=datetime.date(2025, 9, 12),
        by=editor,
    )
    decision.refresh_from_db()
    assert decision.status == DecisionStatus.REVOKED
    assert (decision.revoking_number, decision.revoked_at) == ("45/QĐ-SGDĐT", NOW)
    assert Decision.objects.count() == 1
    assert Commendation.objects.filter(decision=decision).count() == 3
    assert list(Decision.objects.published()) == []
    assert list(Commendation.objects.public()) == []
    history = list(decision.history.order_by("history_date").values_list("status", "history_change_reason"))
    assert history == [("published", None), ("revoked", "Thu hồi theo quyết định 45/QĐ-SGDĐT")]


@pytest.mark.parametrize(
    ("status", "reason", "number", "signed_on", "message"),
    [
        ("draft", "Sai sót", "45/QĐ-SGDĐT", datetime.date(2025, 9, 12), "Chỉ thu hồi được quyết định đã công bố"),
        ("published", "  ", "45/QĐ-SGDĐT", datetime.date(2025, 9, 12), "Hãy ghi lý do thu hồi"),
        ("published", "Sai sót", "", datetime.date(2025, 9, 12), "Hãy ghi số và ngày ký"),
        ("published", "Sai sót", "45/QĐ-SGDĐT", datetime.date(2025, 1, 2), "không thể ký trước"),
    ],
)
def test_revoking_needs_a_published_decision_a_reason_and_the_revoking_decision(
    status, reason, number, signed_on, message
):
    decision = DecisionFactory(status=status, published_at=None if status == "draft" else NOW)
    with pytest.raises(WorkflowError, match=message):
        decision_revoke(decision=decision, reason=reason, revoking_number=number, revoking_signed_on=signed_on)
    decision.refresh_from_db()
    assert decision.status == status


# --- importing recipients -------------------------------------------------------------------------


def test_a_list_with_collectives_and_individuals_is_imported_into_the_decision_it_names(catalogue, schools):
    decision = DecisionFactory(number="125/QĐ-SGDĐT", status="draft", published_at=None)
    upload = xlsx(
        [
            [
                1,
                "125/QĐ-SGDĐT",
                "Tập thể",
                "Trường THPT Chu Văn An",
                "",
                "",
                "Giấy khen của Giám đốc Sở",
                ACHIEVEMENT,
                "1.404.000",
            ],
            [
                2,
                "125/qđ-sgdđt",
                "",
                "Trường THCS Nguyễn Du",
                "",
                "BMT-04",
                "Tập thể lao động tiên tiến",
                ACHIEVEMENT,
                "",
            ],
            [
                1,
                "125/QĐ-SGDĐT",
                "Cá nhân",
                "Nguyễn Thị Thu Hà",
                "Giáo viên",
                "truong thpt chu van an",
                "giay khen cua giam doc so",
                ACHIEVEMENT,
                702000,
            ],
        ]
    )
    result = commendations_import(upload=upload)
    assert (result.created, result.decisions, result.warnings) == (3, [decision], [])
    rows = list(
        decision.commendations.order_by("recipient_kind", "order").values_list(
            "recipient_kind", "recipient_name", "unit__code", "form__name", "prize_amount", "order"
        )
    )
    assert rows == [
        ("collective", "Trường THPT Chu Văn An", "THPT-CVA", "Giấy khen của Giám đốc Sở", 1404000, 1),
        ("collective", "Trường THCS Nguyễn Du", "BMT-04", "Tập thể lao động tiên tiến", None, 2),
        ("individual", "Nguyễn Thị Thu Hà", "THPT-CVA", "Giấy khen của Giám đốc Sở", 702000, 1),
    ]
    # History is kept for imported rows too.
    assert Commendation.history.filter(history_type="+").count() == 3


def test_every_bad_row_is_reported_and_nothing_is_imported(catalogue, schools):
    DecisionFactory(number="125/QĐ-SGDĐT", status="draft", published_at=None)
    upload = xlsx(
        [
            [1, "", "Cá nhân", "Lê Văn Hùng", "Giáo viên", "THPT-CVA", "Giấy khen của Giám đốc Sở", ACHIEVEMENT, ""],
            [
                2,
                "125/QĐ-SGDĐT",
                "Cá nhân",
                "Phạm Quốc Việt",
                "Giáo viên",
                "THPT-CVA",
                "Huân chương Sao Vàng",
                ACHIEVEMENT,
                "",
            ],
            [
                3,
                "125/QĐ-SGDĐT",
                "Cá nhân",
                "Trần Minh Tâm",
                "Giáo viên",
                "THPT-CVA",
                "Tập thể lao động tiên tiến",
                ACHIEVEMENT,
                "",
            ],
            [
                4,
                "125/QĐ-SGDĐT",
                "Cá nhân",
                "Đỗ Thị Ngọc Ánh",
                "Giáo viên",
                "Trường THPT Không Có",
                "Giấy khen của Giám đốc Sở",
                ACHIEVEMENT,
                "",
            ],
            [
                5,
                "125/QĐ-SGDĐT",
                "Cá nhân",
                "H'Hoa Êban",
                "Nhân viên",
                "THPT-CVA",
                "Giấy khen của Giám đốc Sở",
                ACHIEVEMENT,
                "",
            ],
            [
                6,
                "125/QĐ-SGDĐT",
                "Cá nhân",
                "H'HOA ÊBAN",
                "Nhân viên",
                "THPT-CVA",
                "Giấy khen của Giám đốc Sở",
                ACHIEVEMENT,
                "",
            ],
            [
                7,
                "999/QĐ-SGDĐT",
                "Cá nhân",
                "Y Khoa Niê",
                "Giáo viên",
                "THPT-CVA",
                "Giấy khen của Giám đốc Sở",
                ACHIEVEMENT,
                "",
            ],
            [8, "125/QĐ-SGDĐT", "Tập thể", "Tổ Ngữ văn", "", "THPT-CVA", "Chiến sĩ thi đua cơ sở", "", "năm trăm"],
        ]
    )
    with pytest.raises(ImportFailed) as failure:
        commendations_import(upload=upload)
    assert [str(p) for p in failure.value.problems] == [
        "Dòng 3: thiếu số quyết định.",
        "Dòng 4: không có hình thức khen thưởng “Huân chương Sao Vàng” trong danh mục; các hình thức đang dùng: "
        "Chiến sĩ thi đua cơ sở, Giấy khen của Giám đốc Sở, Tập thể lao động tiên tiến.",
        "Dòng 5: hình thức “Tập thể lao động tiên tiến” chỉ dành cho tập thể, không trao cho cá nhân.",
        "Dòng 6: không tìm thấy đơn vị “Trường THPT Không Có” trong danh mục đơn vị.",
        "Dòng 8: trùng với dòng 7.",
        "Dòng 9: không tìm thấy quyết định số “999/QĐ-SGDĐT” (chưa thu hồi); hãy tạo quyết định trước rồi nhập danh sách.",
        "Dòng 10: hình thức “Chiến sĩ thi đua cơ sở” chỉ dành cho cá nhân, không trao cho tập thể.",
        "Dòng 10: thiếu thành tích.",
        "Dòng 10: tiền thưởng “năm trăm” không phải số tiền (ví dụ: 702.000).",
    ]
    assert Commendation.objects.count() == 0


def test_missing_required_columns_are_named(catalogue):
    upload = xlsx([["Nguyễn Văn A"]], header=["Họ và tên"])
    with pytest.raises(ImportFailed) as failure:
        commendations_import(upload=upload)
    assert [str(p) for p in failure.value.problems] == [
        "Thiếu cột “Hình thức khen thưởng”.",
        "Thiếu cột “Số quyết định”.",
        "Thiếu cột “Thành tích”.",
    ]


def test_rows_already_in_the_decision_are_refused_so_a_file_cannot_be_imported_twice(catalogue, schools):
    decision = DecisionFactory(number="125/QĐ-SGDĐT")
    CommendationFactory(
        decision=decision, form=catalogue["giay_khen"], recipient_name="Nguyễn Thị Thu Hà", unit=schools["cva"]
    )
    upload = xlsx(
        [[1, "", "Cá nhân", "Nguyễn Thị Thu Hà", "Giáo viên", "THPT-CVA", "Giấy khen của Giám đốc Sở", ACHIEVEMENT, ""]]
    )
    with pytest.raises(ImportFailed) as failure:
        commendations_import(upload=upload, decision=decision)
    assert [str(p) for p in failure.value.problems] == [
        "Dòng 3: “Nguyễn Thị Thu Hà” đã có trong quyết định 125/QĐ-SGDĐT ngày 09/06/2025 với cùng hình thức."
    ]


def test_import_into_a_given_decision_appends_after_its_list_and_checks_the_number(catalogue, schools):
    decision = DecisionFactory(number="125/QĐ-SGDĐT")
    CommendationFactory(decision=decision, form=catalogue["giay_khen"], order=4)
    rows = [
        ["", "", "Cá nhân", "Lê Văn Hùng", "Giáo viên", "THPT-CVA", "Giấy khen của Giám đốc Sở", ACHIEVEMENT, ""],
        [
            "",
            "125/QĐ-SGDĐT",
            "Cá nhân",
            "Trần Minh Tâm",
            "Giáo viên",
            "THPT-CVA",
            "Giấy khen của Giám đốc Sở",
            ACHIEVEMENT,
            "",
        ],
    ]
    result = commendations_import(upload=xlsx(rows), decision=decision)
    assert result.created == 2
    assert list(decision.commendations.order_by("order").values_list("order", flat=True)) == [4, 5, 6]
    with pytest.raises(ImportFailed) as failure:
        commendations_import(upload=xlsx([[*rows[0][:1], "126/QĐ-SGDĐT", *rows[0][2:]]]), decision=decision)
    assert [str(p) for p in failure.value.problems] == [
        "Dòng 3: số quyết định “126/QĐ-SGDĐT” khác quyết định đang nhập (125/QĐ-SGDĐT)."
    ]


def test_a_number_used_in_two_years_needs_the_signing_date(catalogue, schools):
    DecisionFactory(number="12/QĐ-SGDĐT", signed_on=datetime.date(2024, 3, 1), school_year="2023-2024")
    wanted = DecisionFactory(number="12/QĐ-SGDĐT", signed_on=datetime.date(2025, 3, 1))
    row = ["12/QĐ-SGDĐT", "Cá nhân", "Lê Văn Hùng", "THPT-CVA", "Giấy khen của Giám đốc Sở", ACHIEVEMENT]
    header = ["Số quyết định", "Tập thể / Cá nhân", "Họ và tên", "Đơn vị", "Hình thức", "Thành tích"]
    with pytest.raises(ImportFailed) as failure:
        commendations_import(upload=xlsx([row], header=header))
    assert [str(p) for p in failure.value.problems] == [
        "Dòng 3: có 2 quyết định số “12/QĐ-SGDĐT” ở các năm khác nhau; hãy ghi cột “Ngày ký”."
    ]
    result = commendations_import(upload=xlsx([[*row, "1/3/2025"]], header=[*header, "Ngày ký"]))
    assert result.decisions == [wanted]


def test_a_revoked_decision_takes_no_more_rows(catalogue):
    decision = DecisionFactory(
        status="revoked", revoked_at=datetime.datetime(2025, 9, 1, tzinfo=datetime.UTC), revoke_reason="Sai"
    )
    with pytest.raises(ImportFailed, match="đã bị thu hồi"):
        commendations_import(upload=xlsx([]), decision=decision)


def test_import_reports_double_awards_as_warnings_after_importing(catalogue, schools):
    bang_khen = AwardFormFactory(name="Bằng khen của Chủ tịch UBND tỉnh", level="province")
    CommendationFactory(
        decision=DecisionFactory(number="80/QĐ-UBND", issuer="province"),
        form=bang_khen,
        recipient_name="Nguyễn Thị Thu Hà",
        unit=schools["cva"],
        achievement=ACHIEVEMENT,
        field="",
    )
    decision = DecisionFactory(number="125/QĐ-SGDĐT", status="draft", published_at=None)
    upload = xlsx(
        [[1, "", "Cá nhân", "Nguyễn Thị Thu Hà", "Giáo viên", "THPT-CVA", "Giấy khen của Giám đốc Sở", ACHIEVEMENT, ""]]
    )
    result = commendations_import(upload=upload, decision=decision)
    assert result.created == 1
    assert [w.message for w in result.warnings] == [
        "“Nguyễn Thị Thu Hà” đã được tặng “Bằng khen của Chủ tịch UBND tỉnh” theo quyết định 80/QĐ-UBND ngày "
        "09/06/2025 cho cùng thành tích trong năm học 2024-2025; một thành tích chỉ được khen một hình thức."
    ]


def test_a_prize_in_kind_is_imported_beside_the_money_and_a_too_long_one_is_refused_with_its_row(catalogue, schools):
    decision = DecisionFactory(number="130/QĐ-SGDĐT", school_year="", calendar_year=2017)
    header = [*HEADER, "Hiện vật"]
    row = ["", "", "Cá nhân", "Lê Văn Hùng", "Giáo viên", "THPT-CVA", "Giấy khen của Giám đốc Sở", ACHIEVEMENT]
    result = commendations_import(upload=xlsx([[*row, "500.000", "01 máy ảnh"]], header=header), decision=decision)
    assert result.created == 1
    assert list(decision.commendations.values_list("prize_amount", "prize_in_kind")) == [(500000, "01 máy ảnh")]
    with pytest.raises(ImportFailed) as failure:
        commendations_import(
            upload=xlsx([[*row[:3], "Trần Minh Tâm", *row[4:], "", "x" * 256]], header=header), decision=decision
        )
    assert [problem.row for problem in failure.value.problems] == [3]
    assert decision.commendations.count() == 1
