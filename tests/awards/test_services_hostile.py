"""The commendation import against its columns: a name longer than the database holds is a row problem, not a crash."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from awards.models import Commendation
from awards.services import commendations_import
from portal.spreadsheets import ImportFailed
from tests.factories.awards import AwardFormFactory, DecisionFactory

pytestmark = pytest.mark.django_db

ACHIEVEMENT = "Đã có thành tích xuất sắc trong công tác truyền thông năm học 2024-2025"


def test_a_name_or_position_longer_than_its_column_is_a_row_problem_and_nothing_is_imported():
    AwardFormFactory(name="Giấy khen của Giám đốc Sở", recipients="both")
    decision = DecisionFactory(status="draft", published_at=None)
    upload = SimpleUploadedFile(
        "danh-sach.csv",
        "\n".join(
            [
                "Tập thể / Cá nhân;Họ và tên / Tên tập thể;Chức vụ;Hình thức khen thưởng;Thành tích",
                f"Cá nhân;Nguyễn Thị Thu Hà;Giáo viên;Giấy khen của Giám đốc Sở;{ACHIEVEMENT}",
                f"Tập thể;{'Tổ Ngữ văn ' * 24};;Giấy khen của Giám đốc Sở;{ACHIEVEMENT}",
                f"Cá nhân;Lê Văn Hùng;{'Tổ trưởng ' * 21};Giấy khen của Giám đốc Sở;{ACHIEVEMENT}",
            ]
        ).encode(),
    )
    with pytest.raises(ImportFailed) as failure:
        commendations_import(upload=upload, decision=decision)
    assert [str(problem) for problem in failure.value.problems] == [
        "Dòng 3: “Tên tập thể / họ và tên” dài quá 255 ký tự.",
        "Dòng 4: “Chức vụ” dài quá 200 ký tự.",
    ]
    assert not Commendation.objects.exists()
