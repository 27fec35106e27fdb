"""Excel files of commendations: the export of a list, and the blank template the import reads.

The export's headers are ones the import knows, so an exported list can be corrected and
imported again into another decision.
"""

from collections.abc import Iterable

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from portal.spreadsheets import excel_value, keep_as_text, workbook_bytes

from .models import Commendation


def _headers() -> list[tuple[str, int]]:
    """(header, column width) of the export, in order."""
    return [
        (_("STT"), 6),
        (_("Số quyết định"), 18),
        (_("Ngày ký"), 12),
        (_("Cơ quan ban hành"), 24),
        (_("Năm học / năm"), 11),
        (_("Tập thể / Cá nhân"), 12),
        (_("Họ và tên / Tên tập thể"), 32),
        (_("Chức vụ"), 24),
        (_("Đơn vị"), 36),
        (_("Mã đơn vị"), 12),
        (_("Hình thức khen thưởng"), 28),
        (_("Thành tích"), 50),
        (_("Lĩnh vực"), 22),
        (_("Tiền thưởng (đồng)"), 14),
        (_("Phần thưởng hiện vật"), 24),
        (_("Trạng thái quyết định"), 16),
    ]


def commendations_workbook(commendations: Iterable[Commendation]) -> bytes:
    """An .xlsx of ``commendations`` (select_related decision, form and unit), one row each."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Danh sách khen thưởng")
    _write_header(sheet)
    for index, commendation in enumerate(commendations, start=1):
        decision, unit = commendation.decision, commendation.unit
        _append_text_safe(
            sheet,
            [
                index,
                decision.number,
                decision.signed_on.strftime("%d/%m/%Y"),
                decision.get_issuer_display(),
                decision.period,
                commendation.get_recipient_kind_display(),
                commendation.recipient_name,
                commendation.position,
                unit.name if unit else "",
                unit.code if unit else "",
                commendation.form.name,
                commendation.achievement,
                commendation.get_field_display() if commendation.field else "",
                commendation.prize_amount,
                commendation.prize_in_kind,
                decision.get_status_display(),
            ],
        )
    return workbook_bytes(workbook)


def import_template_workbook() -> bytes:
    """A blank list with the headers the import reads, and one example row."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Danh sách khen thưởng")
    _write_header(sheet)
    _append_text_safe(
        sheet,
        [
            1,
            "125/QĐ-SGDĐT",
            "09/06/2025",
            "",
            "2024-2025",
            _("Cá nhân"),
            "Nguyễn Thị Thu Hà",
            _("Giáo viên"),
            "Trường THPT Chu Văn An",
            "",
            _("Giấy khen của Giám đốc Sở"),
            _("Đã có thành tích xuất sắc trong công tác truyền thông năm học 2024-2025"),
            _("Công tác truyền thông"),
            702000,
            "",
        ],
    )
    return workbook_bytes(workbook)


def _write_header(sheet) -> None:
    for column, (header, width) in enumerate(_headers(), start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _append_text_safe(sheet, values: list) -> None:
    """Append a row; text that starts like a formula stays text (no formula injection)."""
    row = sheet.max_row + 1
    for column, value in enumerate(values, start=1):
        cell = keep_as_text(sheet.cell(row=row, column=column, value=excel_value(value)))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
