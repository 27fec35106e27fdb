"""Admin of the shared models: users, units (with the import from Excel), the site profile."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.services.core import UNIT_COLUMNS, site_profile_save, units_import
from portal.services.units import LineageError, unit_save, units_delete, units_succeed

from ..forms import SpreadsheetUploadForm, UnitSuccessionForm
from ..models import SiteProfile, Unit, UnitSuccession, UnitType, User, WorkerHeartbeat
from ..spreadsheets import ImportFailed
from ..text import normalize_search_text

admin.site.site_header = _("Quản trị Cổng thông tin Sở Giáo dục và Đào tạo")
admin.site.site_title = _("Quản trị cổng thông tin")
admin.site.index_title = _("Bảng điều khiển")


class ChildUnitInline(admin.TabularInline):
    model = Unit
    fk_name = "parent"
    fields = ("name", "short_name", "code", "kind", "is_active")
    extra = 0
    show_change_link = True
    verbose_name = _("đơn vị trực thuộc")
    verbose_name_plural = _("đơn vị trực thuộc")


class SuccessorInline(admin.TabularInline):
    model = UnitSuccession
    fk_name = "predecessor"
    fields = ("successor", "on", "note")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name = _("đơn vị kế thừa")
    verbose_name_plural = _("kế thừa: đơn vị nhận nhiệm vụ của đơn vị này")

    def has_add_permission(self, request, obj=None):
        return False  # through the action "Ghi nhận sáp nhập, kế thừa", which checks the lineage


class PredecessorInline(SuccessorInline):
    fk_name = "successor"
    fields = ("predecessor", "on", "note")
    readonly_fields = fields
    verbose_name = _("đơn vị tiền thân")
    verbose_name_plural = _("tiền thân: đơn vị đã chuyển nhiệm vụ cho đơn vị này")


@admin.register(UnitType)
class UnitTypeAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "order", "reports_attendance", "is_active")
    list_editable = ("order", "reports_attendance", "is_active")
    search_fields = ("name", "code")

    def get_readonly_fields(self, request, obj=None):
        return ("code",) if obj is not None else ()  # units and files refer to the code


class UnitAdminForm(forms.ModelForm):
    kind = forms.ChoiceField(label=_("loại đơn vị"))

    class Meta:
        model = Unit
        fields = [
            "name",
            "short_name",
            "name_en",
            "code",
            "kind",
            "parent",
            "order",
            "is_active",
            "valid_from",
            "valid_to",
            "address",
            "phone",
            "email",
            "website",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = list(UnitType.objects.filter(is_active=True).values_list("code", "name"))
        current = self.instance.kind if self.instance.pk else ""
        if current and current not in dict(self.fields["kind"].choices):
            self.fields["kind"].choices.append((current, current))


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    form = UnitAdminForm
    list_display = ("name", "short_name", "code", "kind", "parent", "valid_from", "valid_to", "is_active")
    list_filter = ("kind", "is_active", ("valid_to", admin.EmptyFieldListFilter))
    list_select_related = ("parent",)
    search_fields = ("search_text", "name", "code")
    autocomplete_fields = ("parent",)
    readonly_fields = ("slug", "created_at", "updated_at")
    inlines = [ChildUnitInline, PredecessorInline, SuccessorInline]
    change_list_template = "admin/portal/unit/change_list.html"
    actions = ["record_succession"]
    fieldsets = (
        (None, {"fields": ("name", "short_name", "name_en", "code", "kind", "parent", "order", "is_active")}),
        (_("Thời gian hoạt động"), {"fields": (("valid_from", "valid_to"),)}),
        (_("Liên hệ"), {"fields": ("address", "phone", "email", "website")}),
        (_("Hệ thống"), {"fields": ("slug", "created_at", "updated_at"), "classes": ("collapse",)}),
    )

    def save_model(self, request, obj, form, change):
        unit_save(unit=obj, changed=form.changed_data if change else ())

    def delete_model(self, request, obj):
        units_delete(units=[obj])

    def delete_queryset(self, request, queryset):
        units_delete(units=queryset)

    def get_search_results(self, request, queryset, search_term):
        # search_text holds the name without diacritics: "truong thpt" finds "Trường THPT".
        return super().get_search_results(request, queryset, normalize_search_text(search_term))

    @admin.action(description=_("Ghi nhận sáp nhập, kế thừa (các đơn vị đã chọn → một đơn vị)"), permissions=["change"])
    def record_succession(self, request, queryset):
        """Units A, B → C on a date in one step: a form, then ``units_succeed`` (all or nothing)."""
        form = UnitSuccessionForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            try:
                units_succeed(
                    predecessors=list(queryset),
                    successors=[form.cleaned_data["successor"]],
                    on=form.cleaned_data["on"],
                    note=form.cleaned_data["note"],
                    by=request.user,
                )
            except LineageError as error:
                form.add_error(None, str(error))
            else:
                self.message_user(
                    request,
                    _("Đã ghi nhận: %(count)s đơn vị chuyển nhiệm vụ cho %(unit)s.")
                    % {"count": queryset.count(), "unit": form.cleaned_data["successor"].name},
                    messages.SUCCESS,
                )
                return None
        return TemplateResponse(
            request,
            "admin/portal/unit/succession.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Ghi nhận sáp nhập, kế thừa"),
                "form": form,
                "units": queryset,
                "action": "record_succession",
            },
        )

    def get_urls(self):
        return [
            path("nhap-tu-tep/", self.admin_site.admin_view(self.import_view), name="portal_unit_import"),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not self.has_add_permission(request) or not self.has_change_permission(request):
            raise PermissionDenied
        form = SpreadsheetUploadForm(request.POST or None, request.FILES or None)
        problems = []
        if request.method == "POST" and form.is_valid():
            try:
                result = units_import(upload=form.cleaned_data["file"])
            except ImportFailed as failure:
                problems = failure.problems
            else:
                self.message_user(
                    request,
                    _("Đã nhập %(created)s đơn vị mới và cập nhật %(updated)s đơn vị.")
                    % {"created": result.created, "updated": result.updated},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:portal_unit_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Nhập danh mục đơn vị từ tệp Excel"),
            "form": form,
            "problems": problems,
            "columns": [names[0] for names in UNIT_COLUMNS.values()],
        }
        return TemplateResponse(request, "admin/portal/unit/import.html", context)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "get_full_name", "email", "unit", "position", "is_staff", "is_active")
    list_filter = ("is_staff", "is_active", "groups")
    list_select_related = ("unit",)
    autocomplete_fields = ("unit",)
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (_("Đơn vị công tác"), {"fields": ("unit", "position", "phone")}),
    )
    add_fieldsets = (
        *BaseUserAdmin.add_fieldsets,
        (_("Thông tin cá nhân"), {"fields": ("last_name", "first_name", "email", "unit", "position", "phone")}),
    )

    @admin.display(description=_("họ và tên"))
    def get_full_name(self, obj):
        return obj.get_full_name()


@admin.register(SiteProfile)
class SiteProfileAdmin(admin.ModelAdmin):
    list_display = ("name", "phone", "email", "responsible_person")
    fieldsets = (
        (None, {"fields": ("name", "parent_name", "portal_name", "licence")}),
        (_("Liên hệ"), {"fields": ("address", "phone", "email", "working_hours", "map_url")}),
        (_("Người chịu trách nhiệm nội dung"), {"fields": ("responsible_person", "responsible_title")}),
        (
            _("Bản tiếng Anh (để trống thì trang tiếng Anh dùng nội dung tiếng Việt)"),
            {
                "fields": (
                    "name_en",
                    "parent_name_en",
                    "portal_name_en",
                    "address_en",
                    "working_hours_en",
                    "responsible_person_en",
                    "responsible_title_en",
                    "licence_en",
                ),
                "classes": ("collapse",),
            },
        ),
    )

    def has_add_permission(self, request):
        return not SiteProfile.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        site_profile_save(profile=obj)


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(admin.ModelAdmin):
    list_display = ("name", "beat_at", "age", "hostname")
    readonly_fields = ("name", "beat_at", "hostname")

    @admin.display(description=_("cách đây"))
    def age(self, obj):
        seconds = int((timezone.now() - obj.beat_at).total_seconds())
        return _("%(seconds)s giây") % {"seconds": seconds}

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
