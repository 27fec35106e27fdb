"""Admin of the records the portal keeps about its handling of personal data (read-only)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import RetentionSweep


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
