"""The royalty statements in the leaders' area (/lanh-dao/nhuan-but/): read, approve or send back, download."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from news.services.royalties import (
    APPROVE_PERMISSION,
    RoyaltyError,
    royalty_period_approve,
    royalty_period_return,
)
from portal.models import SiteProfile
from portal.permissions import leaders_area_required
from portal.spreadsheets import xlsx_response

from ..enums import RoyaltyPeriodStatus
from ..exports import royalty_statement_xlsx
from ..models import RoyaltyPeriod
from ..selectors.royalties import royalty_statement

VIEW_PERMISSION = "news.view_royaltyperiod"


def _period(request: HttpRequest, pk: int) -> RoyaltyPeriod:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    # Leaders see statements once submitted; a draft is still the editors' work.
    periods = RoyaltyPeriod.objects.exclude(status=RoyaltyPeriodStatus.DRAFT).select_related(
        "approved_by", "submitted_by"
    )
    return get_object_or_404(periods, pk=pk)


@leaders_area_required
@require_safe
def period_list(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    periods = RoyaltyPeriod.objects.exclude(status=RoyaltyPeriodStatus.DRAFT).select_related("approved_by")[:36]
    return render(request, "news/leaders/royalty_list.html", {"periods": periods})


@leaders_area_required
@require_safe
def period_detail(request: HttpRequest, pk: int) -> HttpResponse:
    period = _period(request, pk)
    statement = royalty_statement(period)
    can_decide = request.user.has_perm(APPROVE_PERMISSION) and period.status == RoyaltyPeriodStatus.SUBMITTED
    return render(
        request,
        "news/leaders/royalty_detail.html",
        {"period": period, "statement": statement, "can_decide": can_decide, "digest": statement.digest},
    )


@leaders_area_required
@require_POST
def period_decide(request: HttpRequest, pk: int) -> HttpResponse:
    period = _period(request, pk)
    try:
        if request.POST.get("quyet-dinh") == "duyet":
            royalty_period_approve(period=period, by=request.user, digest=request.POST.get("digest", ""))
            messages.success(request, _("Đã duyệt bảng nhuận bút; hệ số và số tiền của tháng được giữ nguyên từ nay."))
        else:
            royalty_period_return(period=period, by=request.user)
            messages.success(request, _("Đã trả bảng nhuận bút về cho biên tập viên."))
    except RoyaltyError as refusal:
        messages.error(request, str(refusal))
    return redirect("news_leaders:detail", pk=period.pk)


@leaders_area_required
@require_safe
def period_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    period = _period(request, pk)
    content = royalty_statement_xlsx(royalty_statement(period), organisation=SiteProfile.current().name)
    return xlsx_response(content, f"nhuan-but-{period.month:%Y-%m}.xlsx")


@leaders_area_required
@require_safe
def period_print(request: HttpRequest, pk: int) -> HttpResponse:
    period = _period(request, pk)
    return render(
        request,
        "news/royalty_print.html",
        {
            "period": period,
            "statement": royalty_statement(period),
            "back_url": reverse("news_leaders:detail", args=[pk]),
        },
    )
