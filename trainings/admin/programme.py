"""Admin of what trainings share: topics and speakers."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import Speaker, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    readonly_fields = ("slug",)


@admin.register(Speaker)
class SpeakerAdmin(admin.ModelAdmin):
    list_display = ("full_name", "title", "organization", "email")
    search_fields = ("full_name", "organization", "email")
    fieldsets = (
        (None, {"fields": ("full_name", "title", "organization", "bio", "photo")}),
        (_("Liên hệ (không công khai)"), {"fields": ("email", "phone")}),
    )
