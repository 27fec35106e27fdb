"""Reading uploaded .xlsx and .csv tables for imports, with every problem tied to a row number.

Every import of the portal (units, delegates, commendations, documents) reads its file
here, validates all rows, and only then writes, in one transaction (docs/architecture.md: bad input gets a clear error and loses nothing).
"""

import csv
import datetime
import io
import unicodedata
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from .text import normalize_search_text

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls and .doc of Office 97-2003


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with an uploaded file; ``row`` is the row number the user sees in Excel."""

    message: str
    row: int | None = None

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        return _("Dòng %(row)s: %(message)s") % {"row": self.row, "message": self.message}


class ImportFailed(Exception):
    """Nothing was imported; ``problems`` lists every reason, in row order."""

    def __init__(self, problems: Iterable[ImportProblem]):
        self.problems = sorted(problems, key=lambda p: (p.row or 0, p.message))
        super().__init__("; ".join(str(p) for p in self.problems))


@dataclass
class Row:
    number: int
    cells: dict[str, object] = field(default_factory=dict)

    def text(self, header: str | None) -> str:
        """The cell under ``header`` as trimmed text ("" when empty or when the column is absent)."""
        if header is None:
            return ""
        return cell_text(self.cells.get(header))


@dataclass
class Table:
    headers: list[str]
    rows: list[Row]


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if (value.hour or value.minute) else value.strftime("%d/%m/%Y")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    # NFC: text typed on a Mac or saved as Windows-1258 arrives with separate tone marks.
    return unicodedata.normalize("NFC", " ".join(str(value).split()))


def header_key(text: str) -> str:
    """How headers are compared: ``Họ và tên``, ``HO VA TEN`` and ``họ và  tên`` are one header."""
    return normalize_search_text(text).replace(":", "").replace("*", "").strip()


def read_table(upload, *, columns: dict[str, Iterable[str]] | None = None, max_rows: int = 5000) -> Table:
    """Read the first sheet of an .xlsx file, or a .csv file, into headers and rows.

    ``columns`` maps field names to the headers that may name them (as for
    ``match_columns``). The header row is the first row, among the first ten, holding
    one of those headers (so that a title row such as "DANH SÁCH ĐẠI BIỂU" above it is
    skipped); without ``columns`` it is the first non-empty row. Empty rows are
    dropped. Raises ``ImportFailed`` for a file that is not a table, too big, holds
    formulas or merged cells among the data, or has more than ``max_rows`` rows.
    """
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ImportFailed([ImportProblem(_("Tệp lớn hơn 10 MB; hãy chia nhỏ danh sách."))])
    upload.seek(0)
    data = upload.read()
    name = (getattr(upload, "name", "") or "").lower()
    if data.startswith(XLSX_MAGIC):
        grid, problems = _xlsx_grid(data)
    elif data.startswith(OLE_MAGIC) or name.endswith(".xls"):
        raise ImportFailed(
            [ImportProblem(_("Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .xlsx."))]
        )
    elif name.endswith((".csv", ".txt")) or not name:
        grid, problems = _csv_grid(data), []
    else:
        raise ImportFailed([ImportProblem(_("Tệp không phải bảng tính; hãy tải lên tệp .xlsx hoặc .csv."))])
    return _table_from_grid(grid, problems, columns=columns or {}, max_rows=max_rows)


def _xlsx_grid(data: bytes) -> tuple[list[tuple[int, list[object]]], list[ImportProblem]]:
    try:
        # Not read-only: merged cells are only visible in a fully loaded sheet.
        workbook = load_workbook(io.BytesIO(data), data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise ImportFailed([ImportProblem(_("Tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng."))]) from None
    sheet = workbook.worksheets[0]
    problems = []
    merged_rows: dict[int, str] = {}
    for merged in sheet.merged_cells.ranges:
        for row_number in range(merged.min_row, merged.max_row + 1):
            merged_rows.setdefault(row_number, str(merged))
    grid = []
    for row in sheet.iter_rows():
        values = []
        for cell in row:
            if cell.data_type == "f":
                problems.append(
                    ImportProblem(
                        _("ô %(cell)s chứa công thức %(formula)s; hãy dán giá trị thay cho công thức.")
                        % {"cell": f"{get_column_letter(cell.column)}{cell.row}", "formula": cell.value},
                        cell.row,
                    )
                )
                values.append(None)
            else:
                values.append(cell.value)
        if row:
            grid.append((row[0].row, values))
    for row_number, cells in merged_rows.items():
        problems.append(
            ImportProblem(
                _("các ô %(cells)s được gộp; hãy bỏ gộp ô trong phần danh sách.") % {"cells": cells}, row_number
            )
        )
    return grid, problems


def _csv_grid(data: bytes) -> list[tuple[int, list[object]]]:
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFailed([ImportProblem(_("Không đọc được tệp CSV; hãy lưu tệp với bảng mã UTF-8."))])
    if "\x00" in text:
        raise ImportFailed([ImportProblem(_("Tệp không phải bảng tính; hãy tải lên tệp .xlsx hoặc .csv."))])
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [(number, list(values)) for number, values in enumerate(csv.reader(io.StringIO(text), dialect), start=1)]


def _table_from_grid(grid, problems, *, columns, max_rows) -> Table:
    known = {header_key(h) for names in columns.values() for h in names}
    rows_with_data = [(number, values) for number, values in grid if any(cell_text(v) for v in values)]
    if not rows_with_data:
        raise ImportFailed([ImportProblem(_("Tệp không có dữ liệu."))])
    header_index = 0
    if known:
        for index, (_number, values) in enumerate(rows_with_data[:10]):
            if any(header_key(cell_text(v)) in known for v in values):
                header_index = index
                break
        else:
            raise ImportFailed(
                [
                    ImportProblem(
                        _("Không tìm thấy dòng tiêu đề cột; dòng tiêu đề cần có các cột như: %(columns)s.")
                        % {"columns": ", ".join(next(iter(names)) for names in columns.values())}
                    )
                ]
            )
    header_number, header_values = rows_with_data[header_index]
    headers = [cell_text(v) for v in header_values]
    data_rows = rows_with_data[header_index + 1 :]
    if len(data_rows) > max_rows:
        raise ImportFailed(
            [
                ImportProblem(
                    _("Tệp có %(count)s dòng, vượt quá giới hạn %(limit)s dòng mỗi lần nhập; hãy chia nhỏ tệp.")
                    % {"count": len(data_rows), "limit": max_rows}
                )
            ]
        )
    seen = set()
    for header in headers:
        if header and header_key(header) in seen:
            problems.append(ImportProblem(_("cột “%(column)s” xuất hiện hai lần.") % {"column": header}, header_number))
        seen.add(header_key(header))
    # Problems above the header (a merged title row) do not concern the data.
    problems = [p for p in problems if p.row is None or p.row >= header_number]
    if problems:
        raise ImportFailed(problems)
    rows = [
        Row(number, {headers[i]: value for i, value in enumerate(values) if i < len(headers) and headers[i]})
        for number, values in data_rows
    ]
    return Table(headers=[h for h in headers if h], rows=rows)


def match_columns(
    headers: Iterable[str], aliases: dict[str, Iterable[str]], *, required: Iterable[str] = ()
) -> dict[str, str | None]:
    """Map each field to the header that names it, by the aliases of the field.

    Returns ``{field: header or None}``; raises ``ImportFailed`` listing the required
    fields that no header names.
    """
    by_key = {header_key(h): h for h in headers}
    mapping = {}
    for field_name, names in aliases.items():
        mapping[field_name] = next((by_key[header_key(n)] for n in names if header_key(n) in by_key), None)
    missing = [field_name for field_name in required if mapping.get(field_name) is None]
    if missing:
        raise ImportFailed(
            [
                ImportProblem(_("Thiếu cột “%(column)s”.") % {"column": next(iter(aliases[field_name]))})
                for field_name in missing
            ]
        )
    return mapping


# --- writing exports ----------------------------------------------------------------------

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What spreadsheet programs read as the start of a formula (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def keep_as_text(cell):
    """Make ``cell`` hold its string as text even when it looks like a formula.

    Names, titles and comments come from files units send and forms the public fills;
    ``=HYPERLINK(...)`` in a delegate's name must not become a live formula in the
    leaders' export.
    """
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    return cell


def excel_value(value):
    """``value`` as a cell can hold it: lazy translations become text, and the control
    characters Excel cannot store (a pasted ESC or BEL in a name) are dropped."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def text_cell(sheet, value):
    """A write-only cell of ``excel_value(value)``; formula-like strings stay text."""
    return keep_as_text(WriteOnlyCell(sheet, value=excel_value(value)))


def text_safe_row(sheet, values) -> list:
    """A row for a write-only sheet: every value a cell, formula-like strings kept as text."""
    return [text_cell(sheet, value) for value in values]


def xlsx_response(content: bytes, filename: str):
    """An .xlsx download of ``content`` named ``filename``."""
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def workbook_bytes(workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
