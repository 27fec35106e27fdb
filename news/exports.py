"""The newsroom's downloads: the month's royalty statement for the finance office, the contributions report."""

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from portal.spreadsheets import excel_value, keep_as_text, workbook_bytes

from .selectors.reports import ContributionReport
from .selectors.royalties import RoyaltyStatement

MONEY_FORMAT = "#,##0"
COEFFICIENT_FORMAT = "0.##"


def _signatures(sheet, *, first_column: int, last_column: int) -> None:
    """The signature block the finance office files with the statement."""
    sheet.append([])
    row = sheet.max_row + 1
    titles = [_("Người lập biểu"), _("Kế toán"), _("Thủ trưởng đơn vị")]
    columns = [first_column, (first_column + last_column) // 2, last_column]
    for column, title in zip(columns, titles, strict=True):
        cell = sheet.cell(row=row, column=column, value=title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
        hint = sheet.cell(row=row + 1, column=column, value=_("(Ký, ghi rõ họ tên)"))
        hint.font = Font(italic=True)
        hint.alignment = Alignment(horizontal="center")


def royalty_statement_xlsx(statement: RoyaltyStatement, *, organisation: str = "") -> bytes:
    """The statement as the finance office files it: every line, totals per contributor and per unit, signatures."""
    period = statement.period
    month = period.month.strftime("%m/%Y")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Bảng nhuận bút")
    if organisation:
        sheet.append([excel_value(organisation)])
    sheet.append([_("BẢNG THANH TOÁN NHUẬN BÚT THÁNG %(month)s") % {"month": month}])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=13)
    sheet.append([_("Giá trị một hệ số: %(value)s đồng") % {"value": f"{period.unit_value:,.0f}".replace(",", ".")}])
    sheet.append([_("Trạng thái: %(status)s") % {"status": period.get_status_display()}])
    sheet.append([])
    sheet.append(
        [
            _("STT"),
            _("Họ và tên"),
            _("Đơn vị"),
            _("Bài viết"),
            _("Loại"),
            _("Khung"),
            _("Hệ số"),
            _("Tỷ lệ (%)"),
            _("Thành tiền (đồng)"),
        ]
    )
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for number, line in enumerate(statement.lines, start=1):
        sheet.append(
            [
                number,
                excel_value(line.contributor_name),
                excel_value(line.unit_name),
                excel_value(line.article_title),
                excel_value(line.kind),
                excel_value(line.rate_label),
                line.coefficient,
                line.share,
                int(line.amount),
            ]
        )
        row = sheet[sheet.max_row]
        for cell in row[1:6]:
            keep_as_text(cell)  # names and titles are typed by people
        row[6].number_format = COEFFICIENT_FORMAT
        row[7].number_format = COEFFICIENT_FORMAT
        row[8].number_format = MONEY_FORMAT
    sheet.append(["", _("Tổng cộng"), "", "", "", "", "", "", int(statement.total)])
    total_row = sheet[sheet.max_row]
    total_row[1].font = Font(bold=True)
    total_row[8].font = Font(bold=True)
    total_row[8].number_format = MONEY_FORMAT
    _signatures(sheet, first_column=2, last_column=8)
    for letter, width in zip("ABCDEFGHI", (6, 26, 30, 50, 16, 30, 8, 10, 18), strict=True):
        sheet.column_dimensions[letter].width = width

    for title, totals, with_unit in (
        (_("Theo tác giả"), statement.by_contributor, True),
        (_("Theo đơn vị"), statement.by_unit, False),
    ):
        summary = workbook.create_sheet(title)
        header = [_("STT"), _("Họ và tên"), _("Đơn vị")] if with_unit else [_("STT"), _("Đơn vị")]
        amount_column = len(header) + 2
        summary.append([*header, _("Số tác phẩm"), _("Thành tiền (đồng)"), *([_("Ký nhận")] if with_unit else [])])
        for cell in summary[summary.max_row]:
            cell.font = Font(bold=True)
        for number, total in enumerate(totals, start=1):
            names = [total.name, total.unit_name] if with_unit else [total.name]
            summary.append([number, *map(excel_value, names), total.lines, int(total.amount)])
            for column in range(2, 2 + len(names)):
                keep_as_text(summary.cell(row=summary.max_row, column=column))
            summary.cell(row=summary.max_row, column=amount_column).number_format = MONEY_FORMAT
        summary.append(["", _("Tổng cộng"), *([""] if with_unit else []), len(statement.lines), int(statement.total)])
        summary.cell(row=summary.max_row, column=amount_column).number_format = MONEY_FORMAT
        _signatures(summary, first_column=2, last_column=amount_column)
    return workbook_bytes(workbook)


def contribution_report_xlsx(report: ContributionReport) -> bytes:
    """The report as three sheets: per contributor, per unit (against the target), units that sent nothing."""
    workbook = Workbook()
    span = f"{report.start:%d/%m/%Y} – {report.end:%d/%m/%Y}"
    people = workbook.active
    people.title = _("Theo tác giả")
    people.append([_("Báo cáo tin bài %(span)s") % {"span": span}])
    people.append([_("Họ và tên"), _("Đơn vị"), _("Số bài"), _("Số bài có ảnh"), _("Lượt xem"), _("Điểm đánh giá TB")])
    for row in report.by_contributor:
        people.append(
            [
                excel_value(row.name),
                excel_value(row.unit_name),
                row.article_count,
                row.photo_count,
                row.views,
                row.rating_average,
            ]
        )
        for column in (1, 2):
            keep_as_text(people.cell(row=people.max_row, column=column))
    units = workbook.create_sheet(_("Theo đơn vị"))
    units.append([_("Đơn vị"), _("Số bài"), _("Chỉ tiêu"), _("Số bài có ảnh"), _("Lượt xem"), _("Điểm đánh giá TB")])
    for row in report.by_unit:
        units.append(
            [excel_value(row.name), row.article_count, row.target, row.photo_count, row.views, row.rating_average]
        )
        keep_as_text(units.cell(row=units.max_row, column=1))
    silent = workbook.create_sheet(_("Đơn vị chưa gửi bài"))
    silent.append([_("Đơn vị"), _("Chỉ tiêu")])
    for unit in report.silent_units:
        silent.append([excel_value(unit.name), report.unit_target])
        keep_as_text(silent.cell(row=silent.max_row, column=1))
    return workbook_bytes(workbook)
