"""Contributors, the royalty table and the months' royalty statements in the admin: grading, submitting, paying.

The statement itself (page, .xlsx, print) is ``news.selectors.royalties.royalty_statement``;
collaborators have no permission on periods, so they see nobody's royalties, their own included.
"""

import datetime
import re
from decimal import Decimal

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from news.selectors.royalties import month_credits, royalty_statement
from news.services.royalties import (
    GRADE_PERMISSION,
    RoyaltyError,
    credit_grade,
    royalty_adjustment_add,
    royalty_period_create,
    royalty_period_mark_paid,
    royalty_period_return,
    royalty_period_submit,
    royalty_period_update,
)
from portal.models import SiteProfile
from portal.spreadsheets import xlsx_response

from ..enums import RoyaltyPeriodStatus
from ..exports import royalty_statement_xlsx
from ..models import Contributor, RoyaltyAdjustment, RoyaltyPeriod, RoyaltyRate

MONTH_RE = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{4})\s*$")


@admin.register(Contributor)
class ContributorAdmin(admin.ModelAdmin):
    list_display = ("full_name", "pen_name", "unit", "phone", "user", "is_active")
    list_filter = ("is_active", ("unit", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("unit", "user")
    search_fields = ("full_name", "pen_name", "unit__name", "phone", "email")
    autocomplete_fields = ("unit", "user")
    fields = ("full_name", "pen_name", "unit", "phone", "email", "user", "is_active")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.has_perm("news.change_contributor"):
            return queryset
        # A school's collaborator credits the people of their own school, and sees no one else's phone.
        return queryset.filter(unit_id=request.user.unit_id) | queryset.filter(user=request.user)

    def get_fields(self, request, obj=None):
        if request.user.has_perm("news.change_contributor"):
            return self.fields
        return ("full_name", "pen_name", "phone", "email")

    def save_model(self, request, obj, form, change):
        if not request.user.has_perm("news.change_contributor"):
            obj.unit_id = request.user.unit_id
        super().save_model(request, obj, form, change)


@admin.register(RoyaltyRate)
class RoyaltyRateAdmin(admin.ModelAdmin):
    list_display = ("label", "kind", "min_coefficient", "max_coefficient", "order", "is_active")
    list_editable = ("order", "is_active")
    list_filter = ("kind", "is_active")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)

        class RateForm(form):
            def clean(self):
                cleaned = super().clean()
                low, high = cleaned.get("min_coefficient"), cleaned.get("max_coefficient")
                if low is not None and low <= 0:
                    self.add_error("min_coefficient", gettext("Hệ số thấp nhất phải lớn hơn 0."))
                if low is not None and high is not None and high < low:
                    self.add_error("max_coefficient", gettext("Hệ số cao nhất không được nhỏ hơn hệ số thấp nhất."))
                return cleaned

        return RateForm


class RoyaltyPeriodForm(forms.ModelForm):
    month_text = forms.CharField(
        label=_("Tháng"), max_length=7, help_text=_("Dạng tháng/năm, ví dụ 11/2026."), required=False
    )

    class Meta:
        model = RoyaltyPeriod
        fields = ("unit_value", "note")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "month_text" in self.fields:
            self.fields["month_text"].required = not self.instance.pk

    def clean_month_text(self):
        match = MONTH_RE.match(self.cleaned_data["month_text"])
        if not match or not 1 <= int(match.group(1)) <= 12:
            raise forms.ValidationError(gettext("Hãy ghi tháng dạng tháng/năm, ví dụ 11/2026."))
        month = datetime.date(int(match.group(2)), int(match.group(1)), 1)
        existing = RoyaltyPeriod.objects.filter(month=month).first()
        if existing is not None:
            raise forms.ValidationError(
                gettext("Tháng %(month)s đã có bảng nhuận bút (%(status)s); sửa bảng đó thay vì lập bảng mới.")
                % {"month": month.strftime("%m/%Y"), "status": existing.get_status_display()}
            )
        return month

    def clean_unit_value(self):
        value = self.cleaned_data["unit_value"]
        if value is None or value <= 0 or value != value.to_integral_value():
            raise forms.ValidationError(gettext("Giá trị một hệ số phải là số đồng nguyên, lớn hơn 0."))
        return value


@admin.register(RoyaltyPeriod)
class RoyaltyPeriodAdmin(admin.ModelAdmin):
    form = RoyaltyPeriodForm
    list_display = ("__str__", "unit_value", "status", "approved_by", "statement_link")
    list_filter = ("status",)
    list_select_related = ("approved_by",)
    change_form_template = "admin/news/royaltyperiod/change_form.html"

    def get_fields(self, request, obj=None):
        return ("unit_value", "note") if obj else ("month_text", "unit_value", "note")

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.status != RoyaltyPeriodStatus.DRAFT:
            return ("unit_value", "note")
        return ()

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.status != RoyaltyPeriodStatus.DRAFT:
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if change:
            royalty_period_update(period=obj, unit_value=obj.unit_value, note=obj.note, by=request.user)
            return
        created = royalty_period_create(
            month=form.cleaned_data["month_text"], unit_value=obj.unit_value, note=obj.note, by=request.user
        )
        obj.pk = created.pk
        obj.refresh_from_db()

    @admin.display(description=_("bảng kê"))
    def statement_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:news_royaltyperiod_statement", args=[obj.pk]), _("Xem bảng kê")
        )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/bang-ke/", view(self.statement_view), name="news_royaltyperiod_statement"),
            path("<int:pk>/cham/", view(self.grade_view), name="news_royaltyperiod_grade"),
            path("<int:pk>/buoc/", view(require_POST(self.step_view)), name="news_royaltyperiod_step"),
            path("<int:pk>/bang-ke.xlsx", view(self.xlsx_view), name="news_royaltyperiod_xlsx"),
            path("<int:pk>/ban-in/", view(self.print_view), name="news_royaltyperiod_print"),
            *super().get_urls(),
        ]

    def _period(self, request, pk: int) -> RoyaltyPeriod:
        if not self.has_view_permission(request):
            raise PermissionDenied
        return get_object_or_404(RoyaltyPeriod.objects.select_related("approved_by", "submitted_by"), pk=pk)

    def _context(self, request, period: RoyaltyPeriod, **extra) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "period": period,
            "title": str(period),
            **extra,
        }

    def statement_view(self, request, pk: int):
        period = self._period(request, pk)
        statement = royalty_statement(period)
        user = request.user
        context = self._context(
            request,
            period,
            statement=statement,
            can_grade=user.has_perm(GRADE_PERMISSION) and not period.is_frozen,
            can_submit=user.has_perm(GRADE_PERMISSION) and period.status == RoyaltyPeriodStatus.DRAFT,
            can_return=user.has_perm(GRADE_PERMISSION) and period.status == RoyaltyPeriodStatus.SUBMITTED,
            can_pay=user.has_perm("news.change_royaltyperiod") and period.status == RoyaltyPeriodStatus.APPROVED,
        )
        return TemplateResponse(request, "admin/news/royaltyperiod/statement.html", context)

    def step_view(self, request, pk: int):
        period = self._period(request, pk)
        step = request.POST.get("buoc", "")
        services = {
            "trinh": (royalty_period_submit, gettext("Đã trình bảng nhuận bút cho lãnh đạo duyệt.")),
            "tra-lai": (royalty_period_return, gettext("Đã rút bảng về để chấm lại.")),
            "da-chi": (royalty_period_mark_paid, gettext("Đã ghi bảng nhuận bút là đã chi trả.")),
        }
        if step not in services:
            raise Http404
        service, done = services[step]
        try:
            service(period=period, by=request.user)
        except RoyaltyError as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
        else:
            self.message_user(request, done, messages.SUCCESS)
        return redirect("admin:news_royaltyperiod_statement", pk=period.pk)

    def grade_view(self, request, pk: int):
        """Every credit of the month with its row of the table and coefficient; saved all together or not at all."""
        period = self._period(request, pk)
        if not request.user.has_perm(GRADE_PERMISSION):
            raise PermissionDenied
        credits = list(month_credits(period.month))
        rates = list(RoyaltyRate.objects.filter(is_active=True))
        rates_by_id = {str(rate.pk): rate for rate in rates}
        problems: dict[int, str] = {}
        typed: dict[int, tuple[str, str]] = {}
        if request.method == "POST":
            if period.is_frozen:
                self.message_user(request, gettext("Bảng đã được duyệt: hệ số không sửa được nữa."), messages.ERROR)
                return redirect("admin:news_royaltyperiod_statement", pk=period.pk)
            with transaction.atomic():
                changed = 0
                for credit in credits:
                    rate_id = request.POST.get(f"rate-{credit.pk}")
                    coefficient = request.POST.get(f"he-so-{credit.pk}", "").strip()
                    if rate_id is None:
                        continue  # not on the form (one's own credit)
                    typed[credit.pk] = (rate_id, coefficient)
                    if rate_id == str(credit.rate_id or "") and _same(coefficient, credit.coefficient):
                        continue
                    rate = rates_by_id.get(rate_id) if rate_id else None
                    if rate_id and rate is None:
                        problems[credit.pk] = gettext("Khung hệ số không còn áp dụng.")
                        continue
                    if rate is not None and not coefficient:
                        problems[credit.pk] = gettext("Hãy ghi hệ số.")
                        continue
                    try:
                        credit_grade(credit=credit, rate=rate, coefficient=coefficient, by=request.user)
                        changed += 1
                    except (RoyaltyError, PermissionDenied) as refusal:
                        problems[credit.pk] = str(refusal)
                if problems:
                    transaction.set_rollback(True)
            if not problems:
                self.message_user(
                    request, gettext("Đã lưu hệ số của %(count)s tác giả.") % {"count": changed}, messages.SUCCESS
                )
                return redirect("admin:news_royaltyperiod_grade", pk=period.pk)
            self.message_user(request, gettext("Chưa lưu gì: hãy sửa các dòng báo lỗi rồi lưu lại."), messages.ERROR)
        rows = []
        for credit in credits:
            rate_id, coefficient = typed.get(
                credit.pk,
                (str(credit.rate_id or ""), f"{credit.coefficient.normalize():f}" if credit.coefficient else ""),
            )
            rows.append(
                {
                    "credit": credit,
                    "rates": [rate for rate in rates if rate.kind == credit.kind],
                    "rate_id": rate_id,
                    "coefficient": coefficient,
                    "problem": problems.get(credit.pk, ""),
                    "own": credit.contributor.user_id == request.user.pk,
                }
            )
        context = self._context(request, period, rows=rows, frozen=period.is_frozen)
        return TemplateResponse(request, "admin/news/royaltyperiod/grade.html", context)

    def xlsx_view(self, request, pk: int):
        period = self._period(request, pk)
        content = royalty_statement_xlsx(royalty_statement(period), organisation=SiteProfile.current().name)
        return xlsx_response(content, f"nhuan-but-{period.month:%Y-%m}.xlsx")

    def print_view(self, request, pk: int):
        period = self._period(request, pk)
        return TemplateResponse(
            request,
            "news/royalty_print.html",
            {
                "period": period,
                "statement": royalty_statement(period),
                "back_url": reverse("admin:news_royaltyperiod_statement", args=[pk]),
            },
        )


def _same(typed: str, stored: Decimal | None) -> bool:
    """Whether a typed coefficient is the stored one (``2``, ``2.0`` and ``2,00`` alike)."""
    if stored is None or not typed:
        return stored is None and not typed
    try:
        return Decimal(typed.replace(",", ".")) == stored
    except ArithmeticError:
        return False


@admin.register(RoyaltyAdjustment)
class RoyaltyAdjustmentAdmin(admin.ModelAdmin):
    """Corrections of approved months, written into a statement being drawn up; never edited, deleted only while it is."""

    list_display = ("period", "contributor", "article", "amount", "reason")
    list_select_related = ("period", "contributor", "article")
    fields = ("period", "contributor", "article", "amount", "reason")
    autocomplete_fields = ("contributor", "article")

    def has_change_permission(self, request, obj=None):
        return False if obj is not None else super().has_change_permission(request)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.period.status != RoyaltyPeriodStatus.DRAFT:
            return False
        return super().has_delete_permission(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "period":
            kwargs["queryset"] = RoyaltyPeriod.objects.filter(status=RoyaltyPeriodStatus.DRAFT)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        created = royalty_adjustment_add(
            period=obj.period,
            contributor=obj.contributor,
            article=obj.article,
            amount=obj.amount,
            reason=obj.reason,
            by=request.user,
        )
        obj.pk = created.pk
