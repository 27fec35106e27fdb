"""Admin of the shared models: users, units (with the import from Excel), the site profile."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.services.core import UNIT_COLUMNS, site_profile_save, units_import

from ..forms import SpreadsheetUploadForm
from ..models import SiteProfile, Unit, User, WorkerHeartbeat
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


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("name", "short_name", "code", "kind", "parent", "is_active")
    list_filter = ("kind", "is_active")
    list_select_related = ("parent",)
    search_fields = ("search_text", "name", "code")
    autocomplete_fields = ("parent",)
    readonly_fields = ("slug", "created_at", "updated_at")
    inlines = [ChildUnitInline]
    change_list_template = "admin/portal/unit/change_list.html"
    fieldsets = (
        (None, {"fields": ("name", "short_name", "name_en", "code", "kind", "parent", "order", "is_active")}),
        (_("Liên hệ"), {"fields": ("address", "phone", "email", "website")}),
        (_("Hệ thống"), {"fields": ("slug", "created_at", "updated_at"), "classes": ("collapse",)}),
    )

    def get_search_results(self, request, queryset, search_term):
        # search_text holds the name without diacritics: "truong thpt" finds "Trường THPT".
        return super().get_search_results(request, queryset, normalize_search_text(search_term))

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
