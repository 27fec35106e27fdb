"""Hostile spreadsheets get a clear answer: bounded before any row is read, refused in Vietnamese, nothing written.

The files are built here from XML strings, as a hostile sender would write them: a few
kilobytes that declare Excel's last cell, sheets cut in the middle, fields past Python's
csv limit. A budget of cells openpyxl may build makes a regression fail at once instead of
exhausting the machine's memory.
"""

import io
import itertools
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.cell.read_only import ReadOnlyCell

from awards.models import Commendation
from awards.services import commendations_import
from news.models import Document
from news.services.document_import import documents_import
from portal import roles, spreadsheets
from portal.models import Unit
from portal.services.core import units_import
from portal.spreadsheets import ImportFailed, read_table
from tests.factories.awards import DecisionFactory
from tests.factories.portal import UserFactory
from tests.factories.trainings import TrainingFactory
from trainings.models import Participant
from trainings.services.imports import participants_import

pytestmark = pytest.mark.django_db

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CELL_BUDGET = 5_000

LAST_CELL_OF_EXCEL = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'


def text_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


HEADER_AND_ONE_ROW = (
    f'<row r="1">{text_cell("A1", "Tên đơn vị")}{text_cell("B1", "Email")}</row>'
    f'<row r="2">{text_cell("A2", "Trường Tiểu học Hòa Bình")}{text_cell("B2", "hoabinh@example.vn")}</row>'
)


def xlsx_bytes(
    sheet_data: str,
    *,
    dimension: str | None = "A1:B2",
    after: str = "",
    padding: int = 0,
    cut: bool = False,
    shared_strings: int = 0,
) -> bytes:
    """A workbook of one sheet, "Danh sách", whose XML holds the rows ``sheet_data`` as written.

    ``after`` follows the rows (merged cells); ``padding`` spaces inside the sheet's XML make
    the part unpack large while the file stays small; ``cut`` ends the part right after
    ``sheet_data``, as a file cut short in transfer; ``shared_strings`` distinct texts go in
    the workbook's table of shared strings.
    """
    size = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">{size}{" " * padding}<sheetData>'
    sheet += sheet_data if cut else f"{sheet_data}</sheetData>{after}</worksheet>"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELATIONSHIPS}">'
            f'<Relationship Id="rId1" Type="{OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{OFFICE}">'
            '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{RELATIONSHIPS}">'
            f'<Relationship Id="rId1" Type="{OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{OFFICE}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'
            + "".join(f"<si><t>{n:x}</t></si>" for n in range(shared_strings))
            + "</sst>"
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def upload(data: bytes, name: str = "danh-sach.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def problems_of(call) -> list[str]:
    with pytest.raises(ImportFailed) as failure:
        call()
    return [str(problem) for problem in failure.value.problems]


@pytest.fixture(autouse=True)
def cell_budget(monkeypatch):
    """openpyxl may build only as many cells as these small files hold: a file that would make
    it build millions fails the test at once, instead of taking the machine's memory."""
    built = itertools.count(1)

    def guarded(original):
        def __init__(self, *args, **kwargs):
            if next(built) > CELL_BUDGET:
                raise AssertionError(f"openpyxl built more than {CELL_BUDGET} cells for a hostile file")
            original(self, *args, **kwargs)

        return __init__

    for cell_class in (Cell, MergedCell, ReadOnlyCell):
        monkeypatch.setattr(cell_class, "__init__", guarded(cell_class.__init__))


def test_a_well_formed_file_built_by_hand_is_read():
    table = read_table(upload(xlsx_bytes(HEADER_AND_ONE_ROW)))
    assert table.headers == ["Tên đơn vị", "Email"]
    assert [(row.number, row.cells) for row in table.rows] == [
        (2, {"Tên đơn vị": "Trường Tiểu học Hòa Bình", "Email": "hoabinh@example.vn"})
    ]


def test_a_five_kilobyte_file_declaring_the_last_cell_of_excel_is_refused_before_any_row_is_read():
    data = xlsx_bytes(HEADER_AND_ONE_ROW + LAST_CELL_OF_EXCEL, dimension="A1:XFD1048576")
    assert len(data) < 5 * 1024
    assert problems_of(lambda: read_table(upload(data))) == [
        "Trang tính dùng đến dòng 1048576 (ô XFD1048576), quá giới hạn 6000 dòng của một tệp nhập; "
        "hãy xóa các dòng thừa bên dưới danh sách hoặc chia nhỏ tệp."
    ]


@pytest.mark.parametrize(
    "dimension",
    [None, "A1:B2"],
    ids=["no declared size", "a declared size that lies"],
)
def test_the_last_cell_of_excel_is_refused_whatever_the_sheet_declares(dimension):
    data = xlsx_bytes(HEADER_AND_ONE_ROW + LAST_CELL_OF_EXCEL, dimension=dimension)
    assert problems_of(lambda: read_table(upload(data))) == [
        "Trang tính dùng đến dòng 1048576 (ô XFD1048576), quá giới hạn 6000 dòng của một tệp nhập; "
        "hãy xóa các dòng thừa bên dưới danh sách hoặc chia nhỏ tệp."
    ]


def test_the_row_limit_follows_the_import_and_counts_empty_formatted_cells():
    data = xlsx_bytes(HEADER_AND_ONE_ROW + '<row r="3501"><c r="A3501" s="1"/></row>', dimension="A1:B2")
    assert problems_of(lambda: read_table(upload(data), max_rows=2500)) == [
        "Trang tính dùng đến dòng 3501 (ô A3501), quá giới hạn 3500 dòng của một tệp nhập; "
        "hãy xóa các dòng thừa bên dưới danh sách hoặc chia nhỏ tệp."
    ]


@pytest.mark.parametrize(
    ("sheet_data", "dimension", "message"),
    [
        (
            HEADER_AND_ONE_ROW,
            "A1:XFD2",
            "Trang tính dùng đến cột XFD (ô XFD2), quá giới hạn 100 cột; hãy xóa các cột thừa bên phải danh sách.",
        ),
        (
            HEADER_AND_ONE_ROW + f'<row r="3">{text_cell("CW3", "ghi chú")}</row>',
            "A1:B3",
            "Trang tính dùng đến cột CW (ô CW3), quá giới hạn 100 cột; hãy xóa các cột thừa bên phải danh sách.",
        ),
        (
            HEADER_AND_ONE_ROW + '<row r="3">' + '<c r="A3"/>' * 101 + "</row>",
            "A1:B3",
            "Trang tính dùng đến cột CW (ô A3), quá giới hạn 100 cột; hãy xóa các cột thừa bên phải danh sách.",
        ),
    ],
    ids=["declared", "held", "one cell written many times"],
)
def test_a_sheet_wider_than_a_hundred_columns_is_refused(sheet_data, dimension, message):
    assert problems_of(lambda: read_table(upload(xlsx_bytes(sheet_data, dimension=dimension)))) == [message]


def test_a_file_that_unpacks_past_fifty_megabytes_is_refused_before_it_is_opened():
    data = xlsx_bytes(HEADER_AND_ONE_ROW, padding=51 * 1024 * 1024)
    assert len(data) < 1024 * 1024
    assert problems_of(lambda: read_table(upload(data))) == [
        "Tệp .xlsx khi giải nén lớn đến 51 MB, quá giới hạn 50 MB; "
        "hãy chép phần danh sách sang một tệp mới rồi tải lên tệp đó."
    ]


def test_a_workbook_of_more_than_a_hundred_thousand_texts_is_refused_before_openpyxl_reads_them():
    # Two million take openpyxl minutes to read at opening, from five megabytes zipped.
    data = xlsx_bytes(HEADER_AND_ONE_ROW, shared_strings=100_001)
    assert len(data) < 1024 * 1024
    assert problems_of(lambda: read_table(upload(data))) == [
        "Tệp .xlsx chứa hơn 100.000 đoạn chữ khác nhau, quá giới hạn của một tệp nhập; "
        "hãy chép phần danh sách sang một tệp mới rồi tải lên tệp đó."
    ]


def test_a_workbook_at_the_limit_of_texts_is_read(monkeypatch):
    monkeypatch.setattr(spreadsheets, "MAX_SHARED_STRINGS", 3)  # the real 100,000 take seconds to read
    assert read_table(upload(xlsx_bytes(HEADER_AND_ONE_ROW, shared_strings=3))).headers == ["Tên đơn vị", "Email"]
    assert problems_of(lambda: read_table(upload(xlsx_bytes(HEADER_AND_ONE_ROW, shared_strings=4)))) == [
        "Tệp .xlsx chứa hơn 3 đoạn chữ khác nhau, quá giới hạn của một tệp nhập; "
        "hãy chép phần danh sách sang một tệp mới rồi tải lên tệp đó."
    ]


def test_a_merged_range_reaching_the_last_cell_of_excel_is_reported_for_the_rows_of_the_list_only():
    data = xlsx_bytes(HEADER_AND_ONE_ROW, after='<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>')
    assert problems_of(lambda: read_table(upload(data))) == [
        "Dòng 2: các ô A2:XFD1048576 được gộp; hãy bỏ gộp ô trong phần danh sách."
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            xlsx_bytes(HEADER_AND_ONE_ROW + '<row r="3"><c r="A3" t="inl', dimension="A1:B3", cut=True),
            "Dòng 3: dữ liệu của trang tính “Danh sách” bị cắt cụt hoặc sai cấu trúc từ dòng này; "
            "hãy mở tệp bằng Excel, lưu lại rồi tải lên.",
        ),
        (
            xlsx_bytes('<row r="1"><c r="A', dimension="A1:B3", cut=True),
            "Dòng 1: dữ liệu của trang tính “Danh sách” bị cắt cụt hoặc sai cấu trúc từ dòng này; "
            "hãy mở tệp bằng Excel, lưu lại rồi tải lên.",
        ),
        (
            xlsx_bytes(HEADER_AND_ONE_ROW + '<row r="3"><c r="A3" t="inl', dimension=None, cut=True),
            "Tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng.",
        ),
        (
            xlsx_bytes(HEADER_AND_ONE_ROW + '<row r="3"><c r="A3" t="s"><v>7</v></c></row>', dimension="A1:B3"),
            "Tệp .xlsx bị hỏng: không đọc được dữ liệu của trang tính “Danh sách”; "
            "hãy mở tệp bằng Excel, lưu lại rồi tải lên.",
        ),
    ],
    ids=["cut in a row", "cut in the first row", "cut, without a declared size", "a shared string not there"],
)
def test_a_damaged_sheet_is_refused_with_the_row_where_reading_stopped(data, message):
    assert problems_of(lambda: read_table(upload(data))) == [message]


def test_a_csv_field_past_pythons_limit_is_refused_with_its_row():
    text = "Tên đơn vị,Ghi chú\nTrường A,bình thường\nTrường B," + '"' + "dài " * 40_000 + "\n"
    assert problems_of(lambda: read_table(upload(text.encode(), "don-vi.csv"))) == [
        "Dòng 3: một ô dài hơn 131072 ký tự (có thể thiếu dấu ngoặc kép đóng); hãy kiểm tra lại dòng này."
    ]


def test_a_csv_line_wider_than_a_hundred_columns_is_refused_with_its_row():
    text = "Tên đơn vị,Ghi chú\n" + ",".join(f"ô {n}" for n in range(150)) + "\n"
    assert problems_of(lambda: read_table(upload(text.encode(), "don-vi.csv"))) == [
        "Dòng 2: dòng có 150 cột, quá giới hạn 100 cột; hãy xóa các cột thừa."
    ]


def test_csv_rows_past_the_limit_are_counted_not_held():
    text = "Tên đơn vị\n" + "\n" * 7000 + "Trường A\n"
    assert problems_of(lambda: read_table(upload(text.encode(), "don-vi.csv"))) == [
        "Tệp có dữ liệu sau dòng 6000, xa quá giới hạn của một tệp nhập; hãy xóa các dòng trống giữa danh sách."
    ]


# --- every import refuses them and writes nothing ----------------------------------------------


def import_units(data, name):
    units_import(upload=upload(data, name))


def import_delegates(data, name):
    participants_import(training=TrainingFactory(), upload=upload(data, name))


def import_commendations(data, name):
    commendations_import(upload=upload(data, name), decision=DecisionFactory())


def import_documents(data, name):
    documents_import(table=upload(data, name), files=[], by=UserFactory(role=roles.EDITOR))


HOSTILE_FILES = {
    "last cell of Excel": (
        xlsx_bytes(HEADER_AND_ONE_ROW + LAST_CELL_OF_EXCEL, dimension="A1:XFD1048576"),
        "danh-sach.xlsx",
        "Trang tính dùng đến dòng 1048576 (ô XFD1048576), quá giới hạn %(limit)s dòng của một tệp nhập; "
        "hãy xóa các dòng thừa bên dưới danh sách hoặc chia nhỏ tệp.",
    ),
    "sheet cut short": (
        xlsx_bytes(HEADER_AND_ONE_ROW + '<row r="3"><c r="A3" t="inl', dimension="A1:B3", cut=True),
        "danh-sach.xlsx",
        "Dòng 3: dữ liệu của trang tính “Danh sách” bị cắt cụt hoặc sai cấu trúc từ dòng này; "
        "hãy mở tệp bằng Excel, lưu lại rồi tải lên.",
    ),
    "csv field too long": (
        ("Tên đơn vị,Họ và tên\nA," + '"' + "x" * 140_000 + "\n").encode(),
        "danh-sach.csv",
        "Dòng 2: một ô dài hơn 131072 ký tự (có thể thiếu dấu ngoặc kép đóng); hãy kiểm tra lại dòng này.",
    ),
}


@pytest.mark.parametrize(
    ("do_import", "limit", "model"),
    [
        (import_units, 6000, Unit),
        (import_delegates, 4000, Participant),
        (import_commendations, 6000, Commendation),
        (import_documents, 1500, Document),
    ],
    ids=["units", "delegates", "commendations", "documents"],
)
@pytest.mark.parametrize("hostile", HOSTILE_FILES, ids=list(HOSTILE_FILES))
def test_every_import_refuses_a_hostile_file_and_writes_nothing(do_import, limit, model, hostile):
    data, name, message = HOSTILE_FILES[hostile]
    before = model.objects.count()
    assert problems_of(lambda: do_import(data, name)) == [message.replace("%(limit)s", str(limit))]
    assert model.objects.count() == before
