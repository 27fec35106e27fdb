"""Tests of news/services/document_import.py: an .xlsx list and its files become documents, all or nothing, problems
by row."""

import datetime
import io
import re
import unicodedata
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from news.enums import DocumentStatus, TextExtraction
from news.models import Document, DocumentFile
from news.services.document_import import documents_import
from news.services.documents import document_file_read
from portal import roles
from portal.spreadsheets import ImportFailed
from tests.factories.news import DocumentFactory, DocumentFieldFactory, DocumentIssuerFactory, document_pdf
from tests.factories.portal import UserFactory
from tests.news.conftest import HEADERS, PLAN, docx_bytes, pdf, xlsx

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


LETTER = [
    2,
    "1234/SGDĐT-VP",
    "công văn",
    "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk",
    "",
    "08/09/2026",
    "",
    "",
    "",
    "Về việc tăng cường công tác truyền thông giáo dục",
    "CV 1234.pdf; CV 1234 - phu luc.docx",
]


@pytest.fixture
def editor():
    """An editor, and the issuer and field the import list names (here rather than tests/news/conftest.py's editor)."""
    DocumentIssuerFactory(name="Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", short_name="Sở GD&ĐT")
    DocumentFieldFactory(name="Thi, tuyển sinh")
    return UserFactory(role=roles.EDITOR)


def docx_file(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, docx_bytes("Phụ lục: danh sách các trường"))


def test_a_list_and_its_files_become_public_documents_whose_text_is_read_later(
    editor, django_capture_on_commit_callbacks
):
    files = [
        # macOS sends decomposed names; the list has them composed.
        pdf(
            unicodedata.normalize("NFD", "Kế hoạch tuyển sinh.pdf"), "Thí sinh làm bài thi Ngữ văn, Toán và Ngoại ngữ."
        ),
        pdf("cv 1234.PDF"),
        docx_file("CV 1234 - phu luc.docx"),
    ]
    with mock.patch("news.tasks.document_file_read_task.delay") as delay:
        with django_capture_on_commit_callbacks(execute=True):
            result = documents_import(table=xlsx(PLAN, LETTER), files=files, by=editor)
    assert (len(result.documents), result.files) == (2, 3)
    plan = Document.objects.get(number="45/KH-SGDĐT")
    assert (
        plan.doc_type,
        plan.issued_on,
        plan.field.name,
        plan.signer,
        plan.status,
        plan.is_public,
        plan.created_by,
    ) == (
        "plan",
        datetime.date(2026, 2, 26),
        "Thi, tuyển sinh",
        "Phó Giám đốc Nguyễn Văn Thành",
        DocumentStatus.IN_FORCE,
        True,
        editor,
    )
    letter = Document.objects.get(number="1234/SGDĐT-VP")
    uploaded_in = letter.files.first().uploaded_at.year
    # Each file in a random folder of its upload year (private storage), named after the document;
    # an annex adds its own name.
    assert [(f.order, re.sub(r"/[0-9a-f]{32}/", "/<random>/", f.file.name)) for f in letter.files.all()] == [
        (0, f"van-ban/{uploaded_in}/<random>/cong-van-1234-sgddt-vp.pdf"),
        (1, f"van-ban/{uploaded_in}/<random>/cong-van-1234-sgddt-vp-cv-1234-phu-luc.docx"),
    ]
    assert delay.call_count == 3
    assert {f.text_status for f in DocumentFile.objects.all()} == {TextExtraction.PENDING}
    for document_file in DocumentFile.objects.all():
        document_file_read(file_id=document_file.pk)
    assert "thi sinh lam bai thi ngu van" in Document.objects.get(pk=plan.pk).search_content


def test_every_problem_is_reported_by_row_and_nothing_is_imported(editor):
    DocumentFactory(
        number="45/KH-SGDĐT", doc_type="plan", issuer=DocumentIssuerFactory(name="Sở Giáo dục và Đào tạo tỉnh Đắk Lắk")
    )
    rows = [
        PLAN,  # the number exists this year
        [2, "", "Quyết định", "Sở GD&ĐT", "", "01/02/2026", "", "", "", "Thiếu số", "a.pdf"],
        [3, "3/TB-SGDĐT", "Tờ trình", "Bộ Ngoại giao", "", "31/02/2026", "", "", "Thể thao", "", "b.pdf"],
        [
            4,
            "4/TB-SGDĐT",
            "Thông báo",
            "Sở GD&ĐT",
            "",
            "01/03/2026",
            "01/04/2026",
            "01/04/2026",
            "",
            "Thông báo",
            "chua-chon.pdf",
        ],
        [5, "5/TB-SGDĐT", "Thông báo", "Sở GD&ĐT", "", "01/03/2026", "", "", "", "Thông báo", "a.pdf"],
        [6, "6/TB-SGDĐT", "Thông báo", "Sở GD&ĐT", "", "01/03/2026", "", "", "", "Thông báo", ""],
    ]
    files = [
        pdf("Kế hoạch tuyển sinh.pdf"),
        pdf("a.pdf"),
        pdf("b.pdf"),
        SimpleUploadedFile("gia-mao.pdf", b"MZ\x90\x00 not a pdf"),
        SimpleUploadedFile("virus.exe", b"MZ"),
    ]
    with pytest.raises(ImportFailed) as failure:
        documents_import(table=xlsx(*rows), files=files, by=editor)
    assert [str(p) for p in failure.value.problems] == [
        "Chỉ nhận tệp PDF, DOCX, DOC; tệp “virus.exe” không thuộc các loại này.",
        "Nội dung tệp “gia-mao.pdf” không phải PDF như phần mở rộng ghi; hãy kiểm tra lại tệp.",
        "Tệp “gia-mao.pdf” đã chọn nhưng không dòng nào trong danh sách ghi tên tệp này.",
        "Tệp “virus.exe” đã chọn nhưng không dòng nào trong danh sách ghi tên tệp này.",
        "Dòng 3: Đã có Kế hoạch số 45/KH-SGDĐT của cơ quan này trong năm 2026.",
        "Dòng 4: thiếu số, ký hiệu.",
        "Dòng 5: cơ quan ban hành “Bộ Ngoại giao” chưa có trong danh mục; hãy thêm cơ quan trong trang quản trị trước.",
        "Dòng 5: loại văn bản “Tờ trình” không có trong danh mục: Quyết định, Công văn, Kế hoạch, Thông báo, Chỉ thị, "
        "Hướng dẫn, Báo cáo, Quy chế, Thông tư, Nghị định, Nghị quyết, Luật, Văn bản khác.",
        "Dòng 5: lĩnh vực “Thể thao” chưa có trong danh mục: Thi, tuyển sinh.",
        "Dòng 5: ngày ban hành “31/02/2026” không phải ngày (ghi theo dạng 09/10/2026).",
        "Dòng 5: thiếu trích yếu.",
        "Dòng 6: chưa chọn tệp “chua-chon.pdf” để tải lên cùng danh sách (kiểm tra lại tên tệp).",
        "Dòng 7: tệp “a.pdf” đã được dòng 4 ghi.",
        "Dòng 8: thiếu tên tệp văn bản (cột “Tệp”).",
    ]
    assert Document.objects.count() == 1
    assert not DocumentFile.objects.exists()


def test_dates_out_of_order_and_repeated_numbers_are_refused(editor):
    rows = [
        [1, "7/TB-SGDĐT", "Thông báo", "Sở GD&ĐT", "", "01/03/2026", "01/04/2026", "01/04/2026", "", "A", "a.pdf"],
        [2, "8/TB-SGDĐT", "Thông báo", "Sở GD&ĐT", "", "01/03/2026", "", "", "", "B", "b.pdf"],
        [3, "8/tb-sgdđt", "TB", "Sở GD&ĐT", "", "05/03/2026", "", "", "", "C", "c.pdf"],
    ]
    with pytest.raises(ImportFailed) as failure:
        documents_import(table=xlsx(*rows), files=[pdf("a.pdf"), pdf("b.pdf"), pdf("c.pdf")], by=editor)
    assert [str(p) for p in failure.value.problems] == [
        "Dòng 3: Ngày hết hiệu lực phải sau ngày có hiệu lực (01/04/2026).",
        "Dòng 5: số “8/tb-sgdđt” trùng với dòng 4.",
    ]


def test_a_missing_column_or_a_file_that_is_not_a_table_is_refused(editor):
    with pytest.raises(ImportFailed, match="Thiếu cột “Tệp”"):
        workbook = Workbook()
        workbook.active.append(HEADERS[:-1])
        workbook.active.append(PLAN[:-1])
        out = io.BytesIO()
        workbook.save(out)
        documents_import(table=SimpleUploadedFile("x.xlsx", out.getvalue()), files=[], by=editor)
    with pytest.raises(ImportFailed, match="Tệp không phải bảng tính"):
        documents_import(table=SimpleUploadedFile("x.pdf", document_pdf()), files=[], by=editor)


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
