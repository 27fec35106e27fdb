"""Reading uploaded .xlsx and .csv tables for imports, with every problem tied to a row number.

Every import of the portal (units, delegates, commendations, documents) reads its file
here, validates all rows, and only then writes, in one transaction (docs/architecture.md: bad input gets a clear error and loses nothing).
"""

import csv
import datetime
import io
import logging
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as xml_escape

from defusedxml.ElementTree import iterparse
from django.http import HttpResponse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.cell import coordinate_from_string

from .text import normalize_search_text

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# What the parts of an .xlsx may unpack to, all together: a list of thousands of rows is a
# few megabytes of XML; a few kilobytes that unpack to gigabytes are a zip bomb.
MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024
# Distinct texts a workbook may hold (its shared strings): openpyxl reads them all when it opens
# the file, slowly (two million, five megabytes zipped, take minutes); a list of thousands of
# rows holds tens of thousands.
MAX_SHARED_STRINGS = 100_000
SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
# Columns a sheet or a CSV line may use; the widest import has a dozen.
MAX_COLUMNS = 100
# Rows allowed past ``max_rows`` for the title, header, blank and signature rows around a list.
SPARE_ROWS = 1000
# Python's csv module refuses a longer field (csv.field_size_limit()).
CSV_FIELD_LIMIT = csv.field_size_limit()
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
    dropped. Raises ``ImportFailed`` for a file that is not a table, too big, damaged,
    holds formulas or merged cells among the data, or has more than ``max_rows`` rows.

    A file's size is bounded before any row is read: the upload's bytes, what an .xlsx
    unpacks to, and the rows (``max_rows`` + ``SPARE_ROWS``) and columns (``MAX_COLUMNS``)
    its sheet declares and holds, so that a small hostile file cannot exhaust memory.
    """
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ImportFailed([ImportProblem(_("Tệp lớn hơn 10 MB; hãy chia nhỏ danh sách."))])
    upload.seek(0)
    data = upload.read()
    name = (getattr(upload, "name", "") or "").lower()
    row_limit = max_rows + SPARE_ROWS
    if data.startswith(XLSX_MAGIC):
        grid, problems = _xlsx_grid(data, row_limit=row_limit)
        rows_not_kept = 0
    elif data.startswith(OLE_MAGIC) or name.endswith(".xls"):
        raise ImportFailed(
            [ImportProblem(_("Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; hãy mở tệp và lưu lại dưới dạng .xlsx."))]
        )
    elif name.endswith((".csv", ".txt")) or not name:
        grid, rows_not_kept = _csv_grid(data, row_limit=row_limit)
        problems = []
    else:
        raise ImportFailed([ImportProblem(_("Tệp không phải bảng tính; hãy tải lên tệp .xlsx hoặc .csv."))])
    return _table_from_grid(grid, problems, columns=columns or {}, max_rows=max_rows, rows_not_kept=rows_not_kept)


def _damaged_xlsx() -> ImportFailed:
    return ImportFailed([ImportProblem(_("Tệp không phải bảng tính .xlsx hợp lệ hoặc đã bị hỏng."))])


def _too_many_rows(row: int, row_limit: int, cell: str) -> ImportFailed:
    return ImportFailed(
        [
            ImportProblem(
                _(
                    "Trang tính dùng đến dòng %(row)s (ô %(cell)s), quá giới hạn %(limit)s dòng của một tệp nhập; "
                    "hãy xóa các dòng thừa bên dưới danh sách hoặc chia nhỏ tệp."
                )
                % {"row": row, "cell": cell, "limit": row_limit}
            )
        ]
    )


def _too_many_columns(column: int, cell: str) -> ImportFailed:
    return ImportFailed(
        [
            ImportProblem(
                _(
                    "Trang tính dùng đến cột %(column)s (ô %(cell)s), quá giới hạn %(limit)s cột; "
                    "hãy xóa các cột thừa bên phải danh sách."
                )
                % {"column": get_column_letter(column), "cell": cell, "limit": MAX_COLUMNS}
            )
        ]
    )


def _xlsx_grid(data: bytes, *, row_limit: int) -> tuple[list[tuple[int, list[object]]], list[ImportProblem]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # Reading a member stops at its declared size (zipfile checks it), so the sum bounds the work.
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked <= MAX_XLSX_UNPACKED_BYTES:
                _check_shared_strings(archive)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error):
        raise _damaged_xlsx() from None
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFailed(
            [
                ImportProblem(
                    _(
                        "Tệp .xlsx khi giải nén lớn đến %(size)s MB, quá giới hạn %(limit)s MB; "
                        "hãy chép phần danh sách sang một tệp mới rồi tải lên tệp đó."
                    )
                    % {"size": unpacked // (1024 * 1024), "limit": MAX_XLSX_UNPACKED_BYTES // (1024 * 1024)}
                )
            ]
        )
    try:
        # Read-only: rows are streamed from the sheet's XML, never all held as cells.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # a damaged workbook raises whatever its parsers meet
        logger.info("uploaded .xlsx not opened: %r", error)
        raise _damaged_xlsx() from None
    try:
        if not workbook.worksheets:
            raise ImportFailed([ImportProblem(_("Tệp .xlsx không có trang tính nào."))])
        return _sheet_grid(workbook.worksheets[0], row_limit=row_limit)
    finally:
        workbook.close()


def _check_shared_strings(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook holding more than ``MAX_SHARED_STRINGS`` texts, counted before openpyxl
    parses them, in every part (the workbook may give its shared strings any name)."""
    count = 0
    for info in archive.infolist():
        for _match in SHARED_STRING.finditer(archive.read(info)):
            count += 1
            if count > MAX_SHARED_STRINGS:
                raise ImportFailed(
                    [
                        ImportProblem(
                            _(
                                "Tệp .xlsx chứa hơn %(limit)s đoạn chữ khác nhau, quá giới hạn của một tệp nhập; "
                                "hãy chép phần danh sách sang một tệp mới rồi tải lên tệp đó."
                            )
                            % {"limit": f"{MAX_SHARED_STRINGS:,}".replace(",", ".")}
                        )
                    ]
                )


def _sheet_grid(sheet, *, row_limit: int) -> tuple[list[tuple[int, list[object]]], list[ImportProblem]]:
    # What the sheet declares first (a bomb says A1:XFD1048576 in its first bytes) ...
    if sheet.max_row is not None and sheet.max_column is not None:
        corner = f"{get_column_letter(sheet.max_column)}{sheet.max_row}"
        if sheet.max_row > row_limit:
            raise _too_many_rows(sheet.max_row, row_limit, corner)
        if sheet.max_column > MAX_COLUMNS:
            raise _too_many_columns(sheet.max_column, corner)
    try:
        # ... then what it holds (the declaration may be missing or lie), before openpyxl reads a row.
        last_row, last_column, merged = _sheet_extent(sheet, row_limit=row_limit)
        grid, problems = _sheet_rows(sheet, last_row=last_row, last_column=last_column)
        merged_rows: dict[int, str] = {}
        for ref in merged:
            _min_column, min_row, _max_column, max_row = _range_boundaries(ref)
            for row_number in range(max(min_row, 1), min(max_row, last_row) + 1):
                merged_rows.setdefault(row_number, ref)
    except ImportFailed:
        raise
    except Exception as error:  # truncated XML, a shared string that is not there...
        logger.info("uploaded .xlsx not read: %r", error)
        raise ImportFailed(
            [
                ImportProblem(
                    _(
                        "Tệp .xlsx bị hỏng: không đọc được dữ liệu của trang tính “%(sheet)s”; "
                        "hãy mở tệp bằng Excel, lưu lại rồi tải lên."
                    )
                    % {"sheet": sheet.title}
                )
            ]
        ) from None
    for row_number, cells in merged_rows.items():
        problems.append(
            ImportProblem(
                _("các ô %(cells)s được gộp; hãy bỏ gộp ô trong phần danh sách.") % {"cells": cells}, row_number
            )
        )
    return grid, problems


def _range_boundaries(ref: str) -> tuple[int, int, int, int]:
    first, _colon, last = ref.partition(":")
    first_column, first_row = coordinate_from_string(first)
    last_column, last_row = coordinate_from_string(last or first)
    return column_index_from_string(first_column), first_row, column_index_from_string(last_column), last_row


def _sheet_extent(sheet, *, row_limit: int) -> tuple[int, int, list[str]]:
    """The last row and column holding a value, and the merged ranges, from one streaming pass
    over the sheet's XML; raises ``ImportFailed`` for a sheet past the limits or damaged."""
    scan = _SheetScan(row_limit=row_limit)
    try:
        # openpyxl opens the sheet's part of the archive itself and has no public way to hand it out.
        with sheet._get_source() as source:
            scan.read(source)
    except ImportFailed:
        raise
    except Exception as error:  # truncated or malformed XML, a coordinate that is not one
        logger.info("uploaded .xlsx: sheet not read near row %s: %r", scan.row_number, error)
        if not scan.row_number:
            raise
        raise ImportFailed(
            [
                ImportProblem(
                    _(
                        "dữ liệu của trang tính “%(sheet)s” bị cắt cụt hoặc sai cấu trúc từ dòng này; "
                        "hãy mở tệp bằng Excel, lưu lại rồi tải lên."
                    )
                    % {"sheet": sheet.title},
                    scan.row_number,
                )
            ]
        ) from None
    return scan.last_row, scan.last_column, scan.merged


class _SheetScan:
    """Walks a sheet's XML once: the extent of its values, its merged ranges, and a refusal at the
    first cell past the limits, even an empty one (openpyxl builds every cell of a row it reads).

    Each element is dropped once read, so that memory holds only the open ones whatever the
    sheet's size. Rows and cells without an ``r`` attribute follow the one before, as openpyxl
    reads them.
    """

    def __init__(self, *, row_limit: int):
        self.row_limit = row_limit
        self.row_number = self.column = self.cells_in_row = 0
        self.last_row = self.last_column = 0
        self.has_value = False
        self.merged: list[str] = []

    def read(self, source) -> None:
        open_elements: list = []
        for event, element in iterparse(source, events=("start", "end")):
            name = element.tag.rsplit("}", 1)[-1]
            if event == "start":
                if name == "row":
                    self._start_row(element.get("r"))
                elif name == "c":
                    self._start_cell(element.get("r"))
                open_elements.append(element)
                continue
            open_elements.pop()
            if name in ("f", "is") or (name == "v" and element.text):
                self.has_value = True
            elif name == "c" and self.has_value:
                self.last_row = max(self.last_row, self.row_number)
                self.last_column = max(self.last_column, self.column)
            elif name == "mergeCell" and element.get("ref"):
                self.merged.append(element.get("ref"))
            if open_elements:
                open_elements[-1].remove(element)

    def _start_row(self, reference: str | None) -> None:
        self.row_number = int(float(reference)) if reference else self.row_number + 1
        self.column = self.cells_in_row = 0

    def _start_cell(self, reference: str | None) -> None:
        if reference:
            self.column = column_index_from_string(coordinate_from_string(reference)[0])
        else:
            self.column += 1
        self.cells_in_row += 1
        self.has_value = False
        cell = f"{get_column_letter(self.column)}{self.row_number}"
        if self.row_number > self.row_limit:
            raise _too_many_rows(self.row_number, self.row_limit, cell)
        if self.column > MAX_COLUMNS or self.cells_in_row > MAX_COLUMNS:
            raise _too_many_columns(max(self.column, self.cells_in_row), cell)


def _sheet_rows(sheet, *, last_row: int, last_column: int):
    """The values of the sheet's rows up to ``last_row`` × ``last_column``; formulas become problems."""
    grid, problems = [], []
    if not last_row:
        return grid, problems
    rows = sheet.iter_rows(min_row=1, max_row=last_row, min_col=1, max_col=last_column)
    for row_number, row in enumerate(rows, start=1):
        values = []
        for column, cell in enumerate(row, start=1):
            if cell.data_type == "f":
                problems.append(
                    ImportProblem(
                        _("ô %(cell)s chứa công thức %(formula)s; hãy dán giá trị thay cho công thức.")
                        % {"cell": f"{get_column_letter(column)}{row_number}", "formula": cell.value},
                        row_number,
                    )
                )
                values.append(None)
            else:
                values.append(cell.value)
        grid.append((row_number, values))
    return grid, problems


def _csv_grid(data: bytes, *, row_limit: int) -> tuple[list[tuple[int, list[object]]], int]:
    """The CSV's non-empty lines up to line ``row_limit``, and how many more there are (counted, not held)."""
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
    grid: list[tuple[int, list[object]]] = []
    beyond = 0
    reader = csv.reader(io.StringIO(text), dialect)
    number = 0
    while True:
        number += 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                message = _(
                    "một ô dài hơn %(limit)s ký tự (có thể thiếu dấu ngoặc kép đóng); hãy kiểm tra lại dòng này."
                ) % {"limit": CSV_FIELD_LIMIT}
            else:
                message = _("dòng này sai cấu trúc CSV, không đọc được; hãy mở tệp, sửa dòng này rồi lưu lại.")
            raise ImportFailed([ImportProblem(message, number)]) from None
        while values and not values[-1].strip():
            values.pop()
        if not values:
            continue  # blank lines are dropped anyway
        if number > row_limit:
            beyond += 1  # a 10 MB file can be millions of short lines: counted for the message, not held
            continue
        if len(values) > MAX_COLUMNS:
            raise ImportFailed(
                [
                    ImportProblem(
                        _("dòng có %(count)s cột, quá giới hạn %(limit)s cột; hãy xóa các cột thừa.")
                        % {"count": len(values), "limit": MAX_COLUMNS},
                        number,
                    )
                ]
            )
        grid.append((number, values))
    return grid, beyond


def _table_from_grid(grid, problems, *, columns, max_rows, rows_not_kept=0) -> Table:
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
    if rows_not_kept and len(data_rows) + rows_not_kept <= max_rows:
        raise ImportFailed(
            [
                ImportProblem(
                    _(
                        "Tệp có dữ liệu sau dòng %(limit)s, xa quá giới hạn của một tệp nhập; "
                        "hãy xóa các dòng trống giữa danh sách."
                    )
                    % {"limit": max_rows + SPARE_ROWS}
                )
            ]
        )
    if len(data_rows) + rows_not_kept > max_rows:
        raise ImportFailed(
            [
                ImportProblem(
                    _("Tệp có %(count)s dòng, vượt quá giới hạn %(limit)s dòng mỗi lần nhập; hãy chia nhỏ tệp.")
                    % {"count": len(data_rows) + rows_not_kept, "limit": max_rows}
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


def length_problems(model, values: dict[str, str]) -> list[str]:
    """A row problem for each of ``values`` (field name → text) longer than ``model``'s column holds.

    The database would refuse the whole import at the write with an error nobody can read;
    the row and the field are named instead (“Thư điện tử” dài quá 254 ký tự).
    """
    problems = []
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        if model_field.max_length and len(value) > model_field.max_length:
            problems.append(
                _("“%(field)s” dài quá %(limit)s ký tự.")
                % {"field": str(model_field.verbose_name).capitalize(), "limit": model_field.max_length}
            )
    return problems


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


CORE_PROPERTIES_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"


def xlsx_stamp(content: bytes, *, by: str, at: datetime.datetime) -> bytes:
    """The .xlsx with who exported it and when in its properties (File > Info), the sheets untouched.

    Only ``docProps/core.xml`` is rewritten, so a large export costs one copy of the zip.
    """
    # Each element declares its namespace: openpyxl writes only the prefixes it used.
    dc, cp = 'xmlns:dc="http://purl.org/dc/elements/1.1/"', 'xmlns:cp="' + CORE_PROPERTIES_NS + '"'
    terms = 'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    stamp = (
        f"<dc:creator {dc}>{{by}}</dc:creator><cp:lastModifiedBy {cp}>{{by}}</cp:lastModifiedBy>"
        f'<dcterms:created {terms} xsi:type="dcterms:W3CDTF">{{at}}</dcterms:created>'
        f"<dc:description {dc}>{{note}}</dc:description>"
    ).format(
        by=xml_escape(by),
        at=at.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        note=xml_escape(f"Xuất bởi {by} lúc {at.isoformat(timespec='minutes')}"),
    )
    source, target = io.BytesIO(content), io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = re.sub(
                    r"<dc:creator>.*?</dc:creator>|<cp:lastModifiedBy>.*?</cp:lastModifiedBy>"
                    r"|<dcterms:created[^>]*>.*?</dcterms:created>|<dc:description>.*?</dc:description>",
                    "",
                    data.decode(),
                )
                data = text.replace("</cp:coreProperties>", stamp + "</cp:coreProperties>").encode()
            new.writestr(item, data)
    return target.getvalue()
