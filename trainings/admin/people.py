"""Admin of participants: the list with filters, and check-in one by one or by selection."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.models import AccessAction
from portal.services.privacy import access_record
from portal.text import normalize_search_text
from trainings.services.attendance import participant_check_in, participants_set_attendance

from ..enums import Attendance
from ..models import Participant, Training


@admin.register(Participant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ("full_name", "position", "unit", "role", "attendance", "checked_in_at", "remote_site", "training")
    list_filter = ("training__school_year", "attendance", "role", "training")
    list_select_related = ("unit", "training", "remote_site")
    search_fields = ("full_name", "email", "phone", "unit__name", "unit__search_text")
    autocomplete_fields = ("unit",)
    raw_id_fields = ("training", "remote_site")
    # Who put the person on the list: a unit through its invitation's link, or staff when empty.
    readonly_fields = ("invitation", "created_at", "updated_at")
    list_per_page = 100
    actions = ["check_in_now", "mark_present", "mark_absent", "mark_excused"]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        if request.method == "GET" and response.status_code == 200:
            access_record(
                by=request.user, action=AccessAction.VIEW_CONTACTS, what=f"Đại biểu #{object_id} (thư, điện thoại)"
            )
        return response

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        # One training's delegate list: searchable by e-mail and phone, it is a list with contacts.
        training_id = request.GET.get("training__id__exact")
        if training_id and getattr(response, "status_code", None) == 200:
            access_record(
                by=request.user,
                action=AccessAction.VIEW_CONTACTS,
                what=f"Danh sách đại biểu của hội nghị #{training_id}",
                count=response.context_data["cl"].result_count,
            )
        return response

    def get_search_results(self, request, queryset, search_term):
        results, distinct = super().get_search_results(request, queryset, search_term)
        normalized = normalize_search_text(search_term)
        if normalized and normalized != search_term:
            # Unit names are searched without diacritics too ("krong ana" finds "Krông Ana").
            results |= queryset.filter(unit__search_text__contains=normalized)
        return results, distinct

    @admin.action(description=_("Điểm danh có mặt ngay bây giờ (từng người đến)"), permissions=["change"])
    def check_in_now(self, request, queryset):
        count = 0
        for participant in queryset:
            participant_check_in(participant=participant)
            count += 1
        self.message_user(request, _("Đã điểm danh %(count)s người.") % {"count": count}, messages.SUCCESS)

    def _set(self, request, queryset, attendance):
        by_training: dict[int, list[int]] = {}
        for pk, training_id in queryset.values_list("pk", "training_id"):
            by_training.setdefault(training_id, []).append(pk)
        count = 0
        for training_id, ids in by_training.items():
            count += participants_set_attendance(
                training=Training(pk=training_id), participant_ids=ids, attendance=attendance
            )
        self.message_user(
            request,
            ngettext("Đã cập nhật %(count)s người.", "Đã cập nhật %(count)s người.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Đánh dấu có mặt"), permissions=["change"])
    def mark_present(self, request, queryset):
        self._set(request, queryset, Attendance.PRESENT)

    @admin.action(description=_("Đánh dấu vắng"), permissions=["change"])
    def mark_absent(self, request, queryset):
        self._set(request, queryset, Attendance.ABSENT)

    @admin.action(description=_("Đánh dấu vắng có phép"), permissions=["change"])
    def mark_excused(self, request, queryset):
        self._set(request, queryset, Attendance.EXCUSED)
