"""The delegate import against its columns: a value longer than the database holds is a row problem, not a crash."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.spreadsheets import ImportFailed
from tests.factories import TrainingFactory
from trainings.models import Participant
from trainings.services.imports import participants_import

pytestmark = pytest.mark.django_db

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
