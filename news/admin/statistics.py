"""Collaborator statistics: articles submitted and published per author and unit per month."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from news.selectors.articles import collaborator_statistics
from portal.spreadsheets import excel_value, keep_as_text, workbook_bytes, xlsx_response

from ..models import Article


def _author_name(row: dict) -> str:
    name = f"{row['article__created_by__last_name']} {row['article__created_by__first_name']}".strip()
    return name or row["article__created_by__username"]


def statistics_view(request):
    if not request.user.has_perm("news.view_statistics"):
        raise PermissionDenied
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("nam", this_year))
    except ValueError:
        year = this_year
    figures = collaborator_statistics(year=year)
    by_author = [{**row, "name": _author_name(row)} for row in figures["by_author"]]
    by_unit = [{**row, "name": row["article__unit__name"] or _("(Chưa ghi đơn vị)")} for row in figures["by_unit"]]
    if request.GET.get("xuat") == "xlsx":
        return _xlsx(year, by_author, by_unit)
    context = {
        **admin.site.each_context(request),
        "opts": Article._meta,
        "title": _("Thống kê cộng tác viên năm %(year)s") % {"year": year},
        "year": year,
        "years": range(this_year, this_year - 6, -1),
        "by_author": by_author,
        "by_unit": by_unit,
    }
    return TemplateResponse(request, "admin/news/article/statistics.html", context)


def _xlsx(year: int, by_author: list[dict], by_unit: list[dict]) -> HttpResponse:
    workbook = Workbook()
    for sheet, title, rows in (
        (workbook.active, _("Theo tác giả"), by_author),
        (workbook.create_sheet(), _("Theo đơn vị"), by_unit),
    ):
        sheet.title = title
        sheet.append([_("Tháng"), _("Tác giả") if rows is by_author else _("Đơn vị"), _("Gửi duyệt"), _("Đã đăng")])
        for row in rows:
            sheet.append([row["month"].strftime("%m/%Y"), excel_value(row["name"]), row["submitted"], row["published"]])
            keep_as_text(sheet.cell(row=sheet.max_row, column=2))  # names are typed by people
    return xlsx_response(workbook_bytes(workbook), f"thong-ke-cong-tac-vien-{year}.xlsx")
