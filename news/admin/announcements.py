"""Announcements and the weekly work schedule in the admin; every change goes through the services."""

import datetime

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from news.services.announcements import (
    AnnouncementError,
    WorkScheduleError,
    announcement_publish,
    announcement_save,
    announcement_unpublish,
    work_entries_save,
    work_week_copy_previous,
    work_week_publish,
    work_week_save,
    work_week_unpublish,
)

from ..enums import AnnouncementStatus, WorkWeekStatus
from ..models import Announcement, WorkEntry, WorkWeek, monday_of


@admin.register(Announcement)
class AnnouncementAdmin(admin.ModelAdmin):
    list_display = ("title", "status", "is_important", "publish_at", "pinned_until", "unpublish_at")
    list_filter = ("status", "is_important")
    search_fields = ("title",)
    date_hierarchy = "publish_at"
    raw_id_fields = ("document",)
    fields = (
        "title",
        "body",
        "document",
        "file",
        "file_title",
        "is_important",
        "publish_at",
        "pinned_until",
        "unpublish_at",
        "status",
    )
    readonly_fields = ("status",)
    actions = ("publish_selected", "unpublish_selected")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status == AnnouncementStatus.PUBLISHED:
            if not request.user.has_perm("news.publish_announcement"):
                fields += ["publish_at", "unpublish_at"]
        return fields

    def save_model(self, request, obj, form, change):
        try:
            announcement_save(announcement=obj, by=request.user, is_new=not change, changed_fields=form.changed_data)
        except AnnouncementError as error:
            raise ValidationError(str(error)) from error

    @admin.action(description=_("Đăng thông báo đã chọn (đúng thời điểm đăng đã đặt, hoặc ngay)"))
    def publish_selected(self, request, queryset):
        self._apply(request, queryset, lambda item: announcement_publish(announcement=item, by=request.user))

    @admin.action(description=_("Gỡ thông báo đã chọn"))
    def unpublish_selected(self, request, queryset):
        self._apply(request, queryset, lambda item: announcement_unpublish(announcement=item, by=request.user))

    def _apply(self, request, queryset, step) -> None:
        done = 0
        for item in queryset:
            try:
                step(item)
                done += 1
            except (AnnouncementError, PermissionDenied) as error:
                self.message_user(request, f"{item}: {error}", messages.ERROR)
        if done:
            self.message_user(request, ngettext("Đã xử lý %d thông báo.", "Đã xử lý %d thông báo.", done) % done)


class WorkEntryFormSet(forms.BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        starts_on = self.instance.starts_on
        if not starts_on:
            return
        ends_on = starts_on + datetime.timedelta(days=6)
        for form in self.forms:
            day = getattr(form, "cleaned_data", {}).get("day")
            if day and not form.cleaned_data.get("DELETE") and not starts_on <= day <= ends_on:
                form.add_error(
                    "day",
                    _("Ngày %(day)s không thuộc tuần này (%(start)s – %(end)s).")
                    % {
                        "day": day.strftime("%d/%m/%Y"),
                        "start": starts_on.strftime("%d/%m"),
                        "end": ends_on.strftime("%d/%m/%Y"),
                    },
                )


class WorkEntryInline(admin.TabularInline):
    model = WorkEntry
    formset = WorkEntryFormSet
    fields = (
        "day",
        "starts_at",
        "title",
        "location",
        "presiding",
        "attendees",
        "unit_in_charge",
        "order",
        "adjusted_at",
    )
    readonly_fields = ("adjusted_at",)
    extra = 1


@admin.register(WorkWeek)
class WorkWeekAdmin(admin.ModelAdmin):
    list_display = ("__str__", "status", "published_at", "adjusted_at")
    list_filter = ("status",)
    date_hierarchy = "starts_on"
    fields = ("starts_on", "note", "published_at", "status", "adjusted_at")
    readonly_fields = ("status", "adjusted_at")
    inlines = (WorkEntryInline,)
    actions = ("copy_previous_week", "publish_selected", "unpublish_selected")

    def get_readonly_fields(self, request, obj=None):
        # The publication time of a published week is the publish action's; unpublish to move it.
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, "published_at"] if obj is not None and obj.status == WorkWeekStatus.PUBLISHED else fields

    def get_changeform_initial_data(self, request):
        return {"starts_on": monday_of(timezone.localdate()) + datetime.timedelta(days=7)}

    def save_model(self, request, obj, form, change):
        try:
            work_week_save(week=obj, by=request.user, is_new=not change)
        except WorkScheduleError as error:
            raise ValidationError(str(error)) from error

    def save_formset(self, request, form, formset, change):
        work_entries_save(
            week=form.instance, by=request.user, saved=formset.save(commit=False), deleted=formset.deleted_objects
        )

    @admin.action(description=_("Chép lịch tuần trước vào tuần đã chọn (tuần còn trống)"))
    def copy_previous_week(self, request, queryset):
        for week in queryset:
            try:
                copied = work_week_copy_previous(week=week, by=request.user)
            except (WorkScheduleError, PermissionDenied) as error:
                self.message_user(request, f"{week}: {error}", messages.ERROR)
            else:
                self.message_user(
                    request, _("%(week)s: đã chép %(count)d mục từ tuần trước.") % {"week": week, "count": copied}
                )

    @admin.action(description=_("Đăng lịch các tuần đã chọn (đúng thời điểm đăng đã đặt, hoặc ngay)"))
    def publish_selected(self, request, queryset):
        for week in queryset:
            at = week.published_at if week.published_at and week.published_at > timezone.now() else None
            try:
                work_week_publish(week=week, by=request.user, published_at=at)
            except (WorkScheduleError, PermissionDenied) as error:
                self.message_user(request, f"{week}: {error}", messages.ERROR)
            else:
                self.message_user(request, _("%(week)s: đã đăng.") % {"week": week})

    @admin.action(description=_("Gỡ lịch các tuần đã chọn"))
    def unpublish_selected(self, request, queryset):
        for week in queryset.filter(status=WorkWeekStatus.PUBLISHED):
            try:
                work_week_unpublish(week=week, by=request.user)
            except PermissionDenied as error:
                self.message_user(request, f"{week}: {error}", messages.ERROR)
