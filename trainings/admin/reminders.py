"""Admin of reminder deliveries: what was sent, what is waiting, what failed and why."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from trainings.services.reminders import reminder_deliveries_retry

from ..models import ReminderDelivery


@admin.register(ReminderDelivery)
class ReminderDeliveryAdmin(admin.ModelAdmin):
    list_display = ("name", "email", "training", "reminder", "status", "attempts", "sent_at", "next_attempt_at")
    list_filter = ("status", "reminder__training__school_year")
    list_select_related = ("reminder__training",)
    search_fields = ("name", "email", "reminder__training__title")
    readonly_fields = [f.name for f in ReminderDelivery._meta.fields]
    actions = ["retry_failed"]

    @admin.display(description=_("hội nghị"), ordering="reminder__training__starts_at")
    def training(self, obj):
        return obj.reminder.training

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Gửi lại các thư đã thất bại"), permissions=["view"])
    def retry_failed(self, request, queryset):
        if not request.user.has_perm("trainings.change_reminder"):
            self.message_user(request, _("Bạn không có quyền gửi lại thư nhắc."), messages.ERROR)
            return
        count = reminder_deliveries_retry(delivery_ids=queryset.values_list("pk", flat=True))
        self.message_user(
            request,
            ngettext(
                "%(count)s thư sẽ được gửi lại ở lượt quét tới.",
                "%(count)s thư sẽ được gửi lại ở lượt quét tới.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
