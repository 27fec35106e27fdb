"""The leaders' area (/lanh-dao/): trainings with filters, each record with its figures, the year overview.

Read-only but for the leaders' own words: a comment, and the sign-off.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from awards.selectors import commendations_for_training
from portal.charts import Series, horizontal_bar_chart
from portal.downloads import people_xlsx_response
from portal.pagination import paginate
from portal.permissions import leaders_area_required
from trainings.services.reviews import ReviewError, training_review_add, training_sign_off

from ..enums import TrainingStatus
from ..exports import training_record_xlsx
from ..forms import LeadersFilterForm, ReviewForm, SignOffForm
from ..models import Training
from ..selectors import (
    current_school_year,
    registration_progress,
    school_years,
    training_attendance,
    training_record,
    training_speakers,
    training_topics,
    trainings_for_leaders,
    year_overview,
)

SIGN_OFF_PERMISSION = "trainings.sign_off_training"
LEADERS_PAGE_SIZE = 20


def attendance_series() -> list[Series]:
    return [
        Series("present", _("Có mặt"), "#2e7d32"),
        Series("excused", _("Vắng có phép"), "#8a6d00"),
        Series("absent", _("Vắng"), "#b3261e"),
        Series("unknown", _("Chưa điểm danh"), "#4f5b67"),
    ]


@leaders_area_required
@require_safe
def training_list(request: HttpRequest) -> HttpResponse:
    form = LeadersFilterForm(request.GET or None, school_years=school_years())
    trainings = trainings_for_leaders(**form.filters()) if form.is_bound else trainings_for_leaders()
    page = paginate(request, trainings, per_page=LEADERS_PAGE_SIZE)
    query = request.GET.copy()
    query.pop("trang", None)
    return render(
        request, "trainings/leaders/training_list.html", {"form": form, "page": page, "query": query.urlencode()}
    )


def _record_or_404(slug: str) -> Training:
    training = training_record(slug)
    if training is None:
        raise Http404
    return training


def attended_series() -> list[Series]:
    """The parts of everyone who took part (``selectors.attended_parts``), in the order pages list them."""
    return [
        Series("named_present", _("Đại biểu có tên, có mặt"), "#2e7d32"),
        Series("remote_present", _("Tại các điểm cầu"), "#0b4a8b"),
        Series("counted", _("Đếm, không ghi tên"), "#6a1b9a"),
    ]


BY_TODAY_UNITS = ("don-vi", "hien-nay")


def _record_context(training: Training, *, by_today_units: bool = False) -> dict:
    figures = training_attendance(training, by_today_units=by_today_units)
    return {
        "by_today_units": by_today_units,
        "training": training,
        "figures": figures,
        "speakers": training_speakers(training),
        "topics": training_topics(training),
        "unit_chart": horizontal_bar_chart(figures.by_unit, attendance_series(), title=_("Điểm danh theo đơn vị")),
        "role_chart": horizontal_bar_chart(figures.by_role, attendance_series(), title=_("Điểm danh theo vai trò")),
        "attended_chart": horizontal_bar_chart(
            [{**figures.attended, "label": _("Tổng số người dự")}], attended_series(), title=_("Tổng số người dự")
        ),
        "training_commendations": commendations_for_training(training=training),
    }


@leaders_area_required
@require_safe
def training_detail(request: HttpRequest, slug: str) -> HttpResponse:
    training = _record_or_404(slug)
    context = _record_context(training, by_today_units=request.GET.get(BY_TODAY_UNITS[0]) == BY_TODAY_UNITS[1])
    context["can_sign_off"] = request.user.has_perm(SIGN_OFF_PERMISSION)
    context["review_form"] = ReviewForm()
    context["sign_off_form"] = SignOffForm()
    # Before the event the leaders follow which units have answered the invitation.
    context["registration"] = registration_progress(training)
    context["before_event"] = timezone.now() < training.starts_at
    return render(request, "trainings/leaders/training_detail.html", context)


@leaders_area_required
@require_safe
def training_print(request: HttpRequest, slug: str) -> HttpResponse:
    training = _record_or_404(slug)
    context = _record_context(training)
    context["printed_at"] = timezone.now()
    return render(request, "trainings/leaders/training_print.html", context)


@leaders_area_required
@require_safe
def training_export(request: HttpRequest, slug: str) -> HttpResponse:
    training = _record_or_404(slug)
    return people_xlsx_response(
        by=request.user,
        content=training_record_xlsx(training),
        filename=f"ho-so-{training.slug[:80]}.xlsx",
        what=f"Hồ sơ hội nghị (danh sách đại biểu): {training}",
        count=training.participants.count(),
    )


def _training_for_review(request: HttpRequest, slug: str) -> Training:
    if not request.user.has_perm(SIGN_OFF_PERMISSION):
        raise PermissionDenied
    training = Training.objects.filter(slug=slug).first()
    if training is None:
        raise Http404
    return training


@leaders_area_required
@require_POST
def training_review(request: HttpRequest, slug: str) -> HttpResponse:
    training = _training_for_review(request, slug)
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            training_review_add(training=training, by=request.user, comment=form.cleaned_data["comment"])
        except ReviewError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Đã lưu nhận xét."))
    else:
        messages.error(request, _("Hãy viết nội dung nhận xét."))
    return redirect(training.get_leaders_url() + "#nhan-xet")


@leaders_area_required
@require_POST
def training_sign_off_view(request: HttpRequest, slug: str) -> HttpResponse:
    training = _training_for_review(request, slug)
    form = SignOffForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Hãy đánh dấu ô xác nhận trước khi ký duyệt."))
    else:
        try:
            training_sign_off(training=training, by=request.user, comment=form.cleaned_data["comment"])
        except ReviewError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Đã ký duyệt hồ sơ hội nghị."))
    return redirect(training.get_leaders_url() + "#nhan-xet")


@leaders_area_required
@require_safe
def overview(request: HttpRequest) -> HttpResponse:
    years = school_years()
    current = current_school_year()
    school_year = request.GET.get("nam-hoc") or (current if current in years else (years[0] if years else ""))
    if years and school_year not in years:
        raise Http404
    data = year_overview(school_year) if school_year else None
    chart = None
    if data and data.trainings:
        rows = [
            {
                "label": Truncator(t.title).chars(40),
                "named_present": t.present,
                "remote_present": t.remote_present,
                "counted": t.counted,
                "missing": t.registered - t.present,
            }
            if t.status == TrainingStatus.HELD
            else {"label": Truncator(t.title).chars(40), "ahead": t.registered}
            for t in data.trainings
        ]
        chart = horizontal_bar_chart(
            rows,
            [
                *attended_series(),
                Series("missing", _("Đại biểu có tên, không có mặt"), "#b3261e"),
                Series("ahead", _("Đăng ký, chưa tổ chức"), "#4f5b67"),
            ],
            title=_("Người dự theo hội nghị"),
        )
    return render(
        request,
        "trainings/leaders/overview.html",
        {"years": years, "school_year": school_year, "overview": data, "chart": chart},
    )
