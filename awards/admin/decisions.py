"""Admin of decisions: the list inline, import, publish and revoke pages, the printable annex, export.

State changes (publish, revoke, import) go through ``services``; a revoked decision stays
here, read-only, with its history.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from news.admin.articles import ArticleAdmin, CoverageInlineFormSet
from news.admin.media import PurgesLinkedPages
from portal.admin.history import WorkflowHistoryAdmin
from portal.downloads import people_xlsx_response
from portal.forms import SpreadsheetUploadForm
from portal.spreadsheets import ImportFailed, xlsx_response

from .. import selectors, services
from ..cache import purge_decision
from ..enums import DecisionStatus, RecipientKind
from ..exports import commendations_workbook, import_template_workbook
from ..forms import DecisionAdminForm, DecisionRevokeForm
from ..models import Commendation, Decision
from .common import is_revoked


class CommendationInline(admin.TabularInline):
    model = Commendation
    fields = (
        "order",
        "recipient_kind",
        "recipient_name",
        "position",
        "unit",
        "form",
        "achievement",
        "field",
        "prize_amount",
        "prize_in_kind",
    )
    autocomplete_fields = ("unit",)
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 36})}}
    show_change_link = True
    extra = 0

    def get_extra(self, request, obj=None, **kwargs):
        return 3 if obj is None else 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("form", "unit")

    # A revoked decision is a record: its list can be read, never changed.
    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not is_revoked(obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not is_revoked(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not is_revoked(obj)


class ArticleDecisionInline(admin.TabularInline):
    """On an article's admin page: the decisions it reports (``Decision.articles``, the same relation)."""

    model = Decision.articles.through
    fk_name = "article"
    formset = CoverageInlineFormSet
    extra = 0
    autocomplete_fields = ("decision",)
    verbose_name = _("quyết định khen thưởng được đưa tin")
    verbose_name_plural = _("quyết định khen thưởng liên quan")


ArticleAdmin.coverage_inlines.append(ArticleDecisionInline)


@admin.register(Decision)
class DecisionAdmin(PurgesLinkedPages, WorkflowHistoryAdmin):
    form = DecisionAdminForm
    list_display = (
        "number",
        "signed_on",
        "issuer",
        "period",
        "kind",
        "status",
        "collective_count",
        "individual_count",
    )
    list_filter = (
        "status",
        "period",
        "issuer",
        "kind",
        ("commendations__form", admin.RelatedOnlyFieldListFilter),
        ("commendations__unit", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("number", "summary", "signer")
    date_hierarchy = "signed_on"
    list_select_related = ("training",)
    autocomplete_fields = ("articles", "albums", "videos")
    readonly_fields = (
        "status",
        "published_at",
        "revoked_at",
        "revoking_number",
        "revoking_signed_on",
        "revoke_reason",
        "slug",
        "created_by",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("number", "signed_on", "issuer", "signer", "signer_title")}),
        (
            _("Nội dung"),
            {
                "fields": (
                    "kind",
                    ("school_year", "calendar_year"),
                    "summary",
                    "legal_basis",
                    "file",
                    "training",
                    "articles",
                    "albums",
                    "videos",
                )
            },
        ),
        (_("Trạng thái"), {"fields": ("status", "published_at")}),
        (
            _("Thu hồi"),
            {
                "fields": ("revoked_at", "revoking_number", "revoking_signed_on", "revoke_reason"),
                "classes": ("collapse",),
            },
        ),
        (_("Hệ thống"), {"fields": ("slug", "created_by", "created_at", "updated_at"), "classes": ("collapse",)}),
    )
    inlines = [CommendationInline]
    public_inlines = (Commendation,)  # the search finds a decision by the names it honours
    actions = ["export_xlsx"]
    change_list_template = "admin/awards/decision/change_list.html"
    change_form_template = "admin/awards/decision/change_form.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                collective_total=Count(
                    "commendations", filter=Q(commendations__recipient_kind=RecipientKind.COLLECTIVE)
                ),
                individual_total=Count(
                    "commendations", filter=Q(commendations__recipient_kind=RecipientKind.INDIVIDUAL)
                ),
            )
        )

    @admin.display(description=_("tập thể"), ordering="collective_total")
    def collective_count(self, obj):
        return obj.collective_total

    @admin.display(description=_("cá nhân"), ordering="individual_total")
    def individual_count(self, obj):
        return obj.individual_total

    def get_actions(self, request):
        # Published decisions are never deleted (they are revoked); a draft is deleted from its own page.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not is_revoked(obj)

    def has_history_permission(self, request, obj) -> bool:
        # Those who may change decisions; a revoked one keeps its history readable to them.
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or obj.status == DecisionStatus.DRAFT)

    def public_records(self):
        return Decision.objects.published()

    def purge_pages(self, article_ids):
        purge_decision(article_ids=article_ids)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        for warning in selectors.commendation_warnings(decision=form.instance):
            self.message_user(request, warning.message, messages.WARNING)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        decision = self.get_object(request, object_id)
        if decision is not None and request.method == "GET":
            extra_context["warnings"] = selectors.commendation_warnings(decision=decision)
            extra_context["can_publish"] = decision.status == DecisionStatus.DRAFT and request.user.has_perm(
                "awards.publish_decision"
            )
            extra_context["can_revoke"] = decision.status == DecisionStatus.PUBLISHED and request.user.has_perm(
                "awards.revoke_decision"
            )
            extra_context["can_import"] = decision.status != DecisionStatus.REVOKED and request.user.has_perm(
                "awards.add_commendation"
            )
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.action(description=_("Xuất danh sách khen thưởng của các quyết định đã chọn ra Excel"))
    def export_xlsx(self, request, queryset):
        commendations = Commendation.objects.filter(decision__in=queryset).for_listing()
        commendations = commendations.order_by("-decision__signed_on", "decision_id", "recipient_kind", "order", "pk")
        return people_xlsx_response(
            by=request.user,
            content=commendations_workbook(commendations),
            filename="khen-thuong.xlsx",
            what="Danh sách khen thưởng",
        )

    # --- extra pages ---------------------------------------------------------------------------

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("nhap-tu-tep/", view(self.import_view), name="awards_decision_import"),
            path("tep-mau/", view(self.import_template_view), name="awards_decision_import_template"),
            path("<int:pk>/nhap-tu-tep/", view(self.import_view), name="awards_decision_import_into"),
            path("<int:pk>/cong-bo/", view(self.publish_view), name="awards_decision_publish"),
            path("<int:pk>/thu-hoi/", view(self.revoke_view), name="awards_decision_revoke"),
            path("<int:pk>/in-danh-sach/", view(self.print_view), name="awards_decision_print"),
            path("<int:pk>/xuat-excel/", view(self.export_view), name="awards_decision_export"),
            *super().get_urls(),
        ]

    def _context(self, request, decision, title, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": decision,
            "title": title,
            **extra,
        }

    def import_view(self, request, pk=None):
        if not request.user.has_perm("awards.add_commendation"):
            raise PermissionDenied
        decision = get_object_or_404(Decision, pk=pk) if pk is not None else None
        form = SpreadsheetUploadForm(request.POST or None, request.FILES or None)
        problems = []
        if request.method == "POST" and form.is_valid():
            try:
                result = services.commendations_import(
                    upload=form.cleaned_data["file"], decision=decision, by=request.user
                )
            except ImportFailed as failure:
                problems = failure.problems
            else:
                self.message_user(
                    request,
                    _("Đã nhập %(count)s tập thể, cá nhân vào quyết định: %(decisions)s.")
                    % {"count": result.created, "decisions": ", ".join(str(d) for d in result.decisions)},
                    messages.SUCCESS,
                )
                for warning in result.warnings:
                    self.message_user(request, warning.message, messages.WARNING)
                target = decision or (result.decisions[0] if len(result.decisions) == 1 else None)
                if target is not None:
                    return redirect(reverse("admin:awards_decision_change", args=[target.pk]))
                return redirect(reverse("admin:awards_decision_changelist"))
        title = (
            _("Nhập danh sách khen thưởng vào quyết định %(decision)s") % {"decision": decision}
            if decision
            else _("Nhập danh sách khen thưởng từ tệp Excel")
        )
        context = self._context(
            request,
            decision,
            title,
            form=form,
            problems=problems,
            columns=[names[0] for names in services.COMMENDATION_COLUMNS.values()],
            required=[
                services.COMMENDATION_COLUMNS[key][0]
                for key in ("recipient_name", "form", "achievement", *(() if decision else ("decision_number",)))
            ],
        )
        return TemplateResponse(request, "admin/awards/decision/import.html", context)

    def import_template_view(self, request):
        if not request.user.has_perm("awards.add_commendation"):
            raise PermissionDenied
        return xlsx_response(import_template_workbook(), "mau-danh-sach-khen-thuong.xlsx")

    def publish_view(self, request, pk):
        if not request.user.has_perm("awards.publish_decision"):
            raise PermissionDenied
        decision = get_object_or_404(Decision, pk=pk)
        if request.method == "POST":
            try:
                services.decision_publish(decision=decision, by=request.user)
            except services.WorkflowError as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(
                    request, _("Đã công bố quyết định %(decision)s.") % {"decision": decision}, messages.SUCCESS
                )
            return redirect(reverse("admin:awards_decision_change", args=[decision.pk]))
        context = self._context(
            request,
            decision,
            _("Công bố quyết định %(decision)s") % {"decision": decision},
            warnings=selectors.commendation_warnings(decision=decision),
            counts=decision.commendations.aggregate(
                collectives=Count("pk", filter=Q(recipient_kind=RecipientKind.COLLECTIVE)),
                individuals=Count("pk", filter=Q(recipient_kind=RecipientKind.INDIVIDUAL)),
            ),
        )
        return TemplateResponse(request, "admin/awards/decision/publish.html", context)

    def revoke_view(self, request, pk):
        if not request.user.has_perm("awards.revoke_decision"):
            raise PermissionDenied
        decision = get_object_or_404(Decision, pk=pk)
        form = DecisionRevokeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                services.decision_revoke(decision=decision, by=request.user, **form.cleaned_data)
            except services.WorkflowError as error:
                form.add_error(None, str(error))
            else:
                self.message_user(
                    request,
                    _("Đã thu hồi quyết định %(decision)s; quyết định không còn hiện trên trang công khai.")
                    % {"decision": decision},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:awards_decision_change", args=[decision.pk]))
        context = self._context(
            request, decision, _("Thu hồi quyết định %(decision)s") % {"decision": decision}, form=form
        )
        return TemplateResponse(request, "admin/awards/decision/revoke.html", context)

    def print_view(self, request, pk):
        decision = get_object_or_404(Decision, pk=pk)
        if not self.has_view_permission(request, decision):
            raise PermissionDenied
        commendations = list(selectors.decision_commendations(decision=decision))
        collectives = [c for c in commendations if c.recipient_kind == RecipientKind.COLLECTIVE]
        individuals = [c for c in commendations if c.recipient_kind == RecipientKind.INDIVIDUAL]
        context = {
            "decision": decision,
            "collectives": collectives,
            "individuals": individuals,
            "show_prize": any(c.prize_amount or c.prize_in_kind for c in commendations),
            "prize_total": sum(c.prize_amount or 0 for c in commendations),
        }
        return TemplateResponse(request, "admin/awards/decision/print.html", context)

    def export_view(self, request, pk):
        decision = get_object_or_404(Decision, pk=pk)
        if not self.has_view_permission(request, decision):
            raise PermissionDenied
        commendations = decision.commendations.for_listing().order_by("recipient_kind", "order", "pk")
        return people_xlsx_response(
            by=request.user,
            content=commendations_workbook(commendations),
            filename=f"khen-thuong-{decision.slug}.xlsx",
            what=f"Danh sách khen thưởng: {decision}",
        )
