"""The document import against its columns: a number or signer longer than the database holds is a row problem."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from news.models import Document
from news.services.document_import import documents_import
from portal import roles
from portal.spreadsheets import ImportFailed
from tests.factories import DocumentIssuerFactory, UserFactory, document_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def test_a_number_or_signer_longer_than_its_column_is_a_row_problem_not_cut_short():
    DocumentIssuerFactory(name="Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", short_name="Sở GD&ĐT")
    table = SimpleUploadedFile(
        "danh-muc.csv",
        "\n".join(
            [
                "Số, ký hiệu;Loại văn bản;Cơ quan ban hành;Người ký;Ngày ban hành;Trích yếu;Tệp",
                "45/KH-SGDĐT;Kế hoạch;Sở GD&ĐT;Phó Giám đốc Nguyễn Văn Thành;26/02/2026;Kế hoạch tuyển sinh;a.pdf",
                f"46/KH-SGDĐT;Kế hoạch;Sở GD&ĐT;{'Phó Giám đốc Nguyễn Văn Thành ' * 6};26/02/2026;Kế hoạch thi;b.pdf",
                f"{'47' * 31}/KH;Kế hoạch;Sở GD&ĐT;;26/02/2026;Kế hoạch khảo sát;c.pdf",
            ]
        ).encode(),
    )
    files = [
        SimpleUploadedFile(name, document_pdf(), content_type="application/pdf") for name in ("a.pdf", "b.pdf", "c.pdf")
    ]
    with pytest.raises(ImportFailed) as failure:
        documents_import(table=table, files=files, by=UserFactory(role=roles.EDITOR))
    assert [str(problem) for problem in failure.value.problems] == [
        "Dòng 3: “Người ký” dài quá 150 ký tự.",
        "Dòng 4: “Số, ký hiệu” dài quá 60 ký tự.",
    ]
    assert not Document.objects.exists()
