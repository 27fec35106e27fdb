"""Admin of the records the portal keeps about its handling of personal data (read-only)."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from ..models import PersonalDataAccess, PersonalDataRequest, RequestStatus, RetentionSweep
from ..rights import Person, RightsError, personal_data_erase, personal_data_export, personal_data_find, request_open


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written by the portal itself: seen, never added, changed or deleted by hand."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(RetentionSweep)
class RetentionSweepAdmin(ReadOnlyAdmin):
    list_display = ("started_at", "finished_at", "dry_run", "total_display")
    list_filter = ("dry_run",)
    fields = ("started_at", "finished_at", "dry_run", "counts")
    date_hierarchy = "started_at"

    @admin.display(description=_("tổng số bản ghi"))
    def total_display(self, obj: RetentionSweep) -> int:
        return obj.total


@admin.register(PersonalDataAccess)
class PersonalDataAccessAdmin(ReadOnlyAdmin):
    """The access log: what a breach investigation reads first (README, "Personal data breach")."""

    list_display = ("at", "user", "action", "what", "count")
    list_filter = ("action",)
    list_select_related = ("user",)
    search_fields = ("what", "user__username")
    date_hierarchy = "at"


@admin.register(PersonalDataRequest)
class PersonalDataRequestAdmin(admin.ModelAdmin):
    """A person's request: who it is about, the records found (each linked, to correct it there),
    and the buttons that export them or erase them (portal/rights.py)."""

    list_display = ("received_at", "kind", "requester", "deadline", "status", "done_at")
    list_filter = ("status", "kind")
    search_fields = ("requester", "email", "phone", "full_name")
    date_hierarchy = "received_at"
    fields = (
        "kind",
        "requester",
        "email",
        "phone",
        "full_name",
        "unit_name",
        "received_at",
        "deadline",
        "status",
        "outcome",
        "done_at",
        "handled_by",
        "records_found",
    )
    change_form_template = "admin/portal/personaldatarequest/change_form.html"

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ("deadline", "status", "outcome", "done_at", "handled_by", "records_found")
        return ("kind", "received_at", "deadline", "done_at", "handled_by", "records_found")

    def get_changeform_initial_data(self, request):
        return {"received_at": timezone.now()}

    def save_model(self, request, obj, form, change):
        if change:
            if obj.status != RequestStatus.OPEN and obj.done_at is None:
                obj.done_at = timezone.now()
            obj.save()
            return
        created = request_open(
            by=request.user,
            **{name: form.cleaned_data[name] for name in ("kind", "requester", "email", "phone", "full_name")},
            unit_name=form.cleaned_data["unit_name"],
            received_at=form.cleaned_data["received_at"],
        )
        obj.pk = created.pk
        obj.deadline = created.deadline

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # the record of requests is what shows the department complied

    @admin.display(description=_("bản ghi tìm thấy"))
    def records_found(self, obj: PersonalDataRequest):
        if obj is None or obj.pk is None:
            return "–"
        try:
            matches = personal_data_find(person=Person.of_request(obj))
        except RightsError as error:
            return str(error)
        rows = []
        for match in matches:
            meta = match.row._meta
            label = f"{match.holding.label} #{match.row.pk}: {match.name}"
            if match.is_history:
                rows.append(format_html("<li>{} ({})</li>", label, _("bản lưu lịch sử")))
                continue
            try:
                url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[match.row.pk])
            except NoReverseMatch:
                rows.append(format_html("<li>{}</li>", label))
                continue
            rows.append(format_html('<li><a href="{}">{}</a></li>', url, label))
        if not rows:
            return _("Không có bản ghi nào.")
        return format_html("<ul>{}</ul>", format_html_join("", "{}", ((row,) for row in rows)))

    def get_urls(self):
        extra = [
            path("<int:pk>/xuat/<str:fmt>/", self.admin_site.admin_view(self.export_view), name="portal_pdr_export"),
            path("<int:pk>/xoa/", self.admin_site.admin_view(self.erase_view), name="portal_pdr_erase"),
        ]
        return extra + super().get_urls()

    def _request_or_404(self, request, pk: int) -> PersonalDataRequest:
        if not self.has_change_permission(request):
            raise PermissionDenied
        return get_object_or_404(PersonalDataRequest, pk=pk)

    def export_view(self, request, pk: int, fmt: str):
        pdr = self._request_or_404(request, pk)
        if fmt not in ("json", "xlsx"):
            raise Http404
        data, content_type = personal_data_export(person=Person.of_request(pdr), by=request.user, fmt=fmt, request=pdr)
        response = HttpResponse(data, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="du-lieu-ca-nhan-{pdr.pk}.{fmt}"'
        return response

    def erase_view(self, request, pk: int):
        pdr = self._request_or_404(request, pk)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        try:
            outcome = personal_data_erase(person=Person.of_request(pdr), by=request.user, request=pdr)
        except RightsError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, outcome.summary())
        return redirect("admin:portal_personaldatarequest_change", pdr.pk)
