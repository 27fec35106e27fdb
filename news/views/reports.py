"""The contributions report in the leaders' area (/lanh-dao/bao-cao-tin-bai/): the admin's report, the leaders' page."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from portal.permissions import leaders_area_required

from ..admin.reports import REPORT_PERMISSION, report_context, report_download


@leaders_area_required
@require_safe
def contribution_report_view(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(REPORT_PERMISSION):
        raise PermissionDenied
    context = report_context(request)
    if context["report"] is not None and request.GET.get("xuat") == "xlsx":
        return report_download(context["report"])
    return render(request, "news/leaders/report.html", context)
