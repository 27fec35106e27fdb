"""Admin of the forms catalogue and of every commendation across decisions."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from news.admin.media import PurgesLinkedPages
from portal.admin.history import WorkflowHistoryAdmin
from portal.downloads import people_xlsx_response

from .. import selectors
from ..cache import purge_decision
from ..exports import commendations_workbook
from ..models import AwardForm, Commendation
from .common import is_revoked


@admin.register(AwardForm)
class AwardFormAdmin(admin.ModelAdmin):
    list_display = ("name", "category", "recipients", "level", "department_may_issue", "order", "is_active")
    list_filter = ("category", "recipients", "level", "department_may_issue", "is_active")
    list_editable = ("order",)
    search_fields = ("name",)
    readonly_fields = ("slug",)


@admin.register(Commendation)
class CommendationAdmin(PurgesLinkedPages, WorkflowHistoryAdmin):
    """Every commendation across decisions: to filter, search, export, and link stories to them."""

    list_display = ("recipient_name", "recipient_kind", "position", "unit", "form", "decision", "period")
    list_filter = (
        "decision__period",
        "form",
        "decision__issuer",
        "recipient_kind",
        "field",
        "decision__status",
        ("unit", admin.RelatedOnlyFieldListFilter),
    )
    list_select_related = ("decision", "form", "unit")
    search_fields = ("search_name",)
    search_help_text = _("Tìm theo tên tập thể, cá nhân, đơn vị hoặc số quyết định; gõ có dấu hay không dấu đều được.")
    autocomplete_fields = ("unit", "articles")
    raw_id_fields = ("decision",)
    readonly_fields = ("decision",)
    actions = ["export_xlsx"]
    fieldsets = (
        (None, {"fields": ("decision", "recipient_kind", "recipient_name", "position", "unit")}),
        (_("Khen thưởng"), {"fields": ("form", "achievement", "field", "prize_amount", "prize_in_kind", "order")}),
        (_("Gương điển hình"), {"fields": ("articles",)}),
    )

    @admin.display(description=_("năm học / năm"), ordering="decision__period")
    def period(self, obj):
        return obj.decision.period

    def get_search_results(self, request, queryset, search_term):
        return queryset.search(search_term), False

    def has_add_permission(self, request):
        return False  # a commendation is entered with its decision

    def public_records(self):
        return Commendation.objects.public()

    def purge_pages(self, article_ids):
        # Its stories (``articles``) do not show it on their pages: the search only.
        purge_decision()

    def get_actions(self, request):
        # Rows are removed on their decision's page, where a revoked decision refuses it.
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not is_revoked(obj)

    def has_history_permission(self, request, obj) -> bool:
        # Those who may change commendations; one of a revoked decision keeps its history readable to them.
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not is_revoked(obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for warning in selectors.commendation_warnings(decision=obj.decision):
            if warning.commendation_id == obj.pk:
                self.message_user(request, warning.message, messages.WARNING)

    @admin.action(description=_("Xuất các mục đã chọn ra Excel"))
    def export_xlsx(self, request, queryset):
        commendations = queryset.for_listing().order_by(
            "-decision__signed_on", "decision_id", "recipient_kind", "order", "pk"
        )
        return people_xlsx_response(
            by=request.user,
            content=commendations_workbook(commendations),
            filename="khen-thuong.xlsx",
            what="Danh sách khen thưởng",
        )
