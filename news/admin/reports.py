"""The contributions report in the admin (/admin/news/article/bao-cao/): any span, per contributor and unit, .xlsx."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from news.forms import ReportPeriodForm
from news.selectors.reports import contribution_report
from portal.charts import Series, horizontal_bar_chart
from portal.spreadsheets import xlsx_response

from ..exports import contribution_report_xlsx
from ..models import Article

REPORT_PERMISSION = "news.view_statistics"


def report_context(request) -> dict:
    """What the admin's and the leaders' report pages show, from the query string; ``report`` is None until it is valid."""
    form = ReportPeriodForm(request.GET or None)
    report = None
    if form.is_bound and form.is_valid():
        start, end = form.cleaned_data["span"]
        report = contribution_report(start=start, end=end, target_per_month=form.cleaned_data.get("target"))
    chart = None
    if report is not None and report.by_unit:
        chart = horizontal_bar_chart(
            [{"label": row.name, "articles": row.article_count, "photos": row.photo_count} for row in report.by_unit],
            [Series("articles", _("Bài viết")), Series("photos", _("Bài có ảnh"))],
            title=_("Tin bài theo đơn vị"),
        )
    query = request.GET.copy()
    query["xuat"] = "xlsx"
    return {"form": form, "report": report, "chart": chart, "xlsx_query": query.urlencode()}


def report_download(report):
    return xlsx_response(
        contribution_report_xlsx(report), f"bao-cao-tin-bai-{report.start:%Y%m%d}-{report.end:%Y%m%d}.xlsx"
    )


def report_view(request):
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    context = report_context(request)
    if context["report"] is not None and request.GET.get("xuat") == "xlsx":
        return report_download(context["report"])
    context.update({**admin.site.each_context(request), "opts": Article._meta, "title": _("Báo cáo tin bài")})
    return TemplateResponse(request, "admin/news/article/report.html", context)
