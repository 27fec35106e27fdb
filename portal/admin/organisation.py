"""Admin of the organisation pages: about pages, leaders, offices, spokespersons, press briefings, links."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from portal.services.organisation import (
    agency_link_save,
    agency_links_delete,
    banner_save,
    banners_delete,
    leader_save,
)

from ..models import AboutPage, AgencyLink, Banner, Leader, Office, PressBriefing, Spokesperson

ENGLISH_SECTION = _("Bản tiếng Anh (để trống thì trang tiếng Anh dùng nội dung tiếng Việt)")


@admin.register(AboutPage)
class AboutPageAdmin(admin.ModelAdmin):
    list_display = ("title", "order", "is_published", "updated_at")
    list_editable = ("order", "is_published")
    list_filter = ("is_published",)
    search_fields = ("title", "title_en")
    readonly_fields = ("slug", "updated_at")
    fieldsets = (
        (None, {"fields": ("title", "body", "order", "is_published")}),
        (ENGLISH_SECTION, {"fields": ("title_en", "body_en"), "classes": ("collapse",)}),
        (_("Hệ thống"), {"fields": ("slug", "updated_at"), "classes": ("collapse",)}),
    )


@admin.register(Leader)
class LeaderAdmin(admin.ModelAdmin):
    list_display = ("full_name", "position", "phone", "email", "order", "is_active")
    list_editable = ("order", "is_active")
    list_filter = ("is_active",)
    search_fields = ("full_name", "position")
    fieldsets = (
        (None, {"fields": ("full_name", "position", "duties", "photo", "order", "is_active")}),
        (_("Liên hệ"), {"fields": ("phone", "email")}),
        (ENGLISH_SECTION, {"fields": ("position_en", "duties_en"), "classes": ("collapse",)}),
    )

    def save_model(self, request, obj, form, change):
        leader_save(leader=obj, photo_changed="photo" in form.changed_data)


@admin.register(Office)
class OfficeAdmin(admin.ModelAdmin):
    list_display = ("name", "head_name", "phone", "email", "order", "is_active")
    list_editable = ("order", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name", "name_en", "head_name")
    fieldsets = (
        (None, {"fields": ("name", "head_name", "head_title", "duties", "order", "is_active")}),
        (_("Liên hệ"), {"fields": ("location", "phone", "email")}),
        (
            ENGLISH_SECTION,
            {"fields": ("name_en", "head_title_en", "duties_en", "location_en"), "classes": ("collapse",)},
        ),
    )


@admin.register(Spokesperson)
class SpokespersonAdmin(admin.ModelAdmin):
    list_display = ("full_name", "role", "position", "phone", "email", "is_active")
    list_filter = ("role", "is_active")
    search_fields = ("full_name", "position")
    fieldsets = (
        (None, {"fields": ("full_name", "role", "position", "appointment", "order", "is_active")}),
        (_("Liên hệ"), {"fields": ("phone", "email")}),
        (ENGLISH_SECTION, {"fields": ("position_en",), "classes": ("collapse",)}),
    )


@admin.register(PressBriefing)
class PressBriefingAdmin(admin.ModelAdmin):
    list_display = ("title", "starts_at", "venue", "spokesperson", "is_cancelled", "is_published")
    list_filter = ("is_published", "is_cancelled")
    list_select_related = ("spokesperson",)
    search_fields = ("title", "venue")
    date_hierarchy = "starts_at"
    autocomplete_fields = ("spokesperson",)
    fields = ("title", "starts_at", "ends_at", "venue", "spokesperson", "description", "is_cancelled", "is_published")


@admin.register(AgencyLink)
class AgencyLinkAdmin(admin.ModelAdmin):
    list_display = ("name", "url", "group", "order", "is_active")
    list_editable = ("group", "order", "is_active")
    list_filter = ("group", "is_active")
    search_fields = ("name", "name_en", "url")
    fields = ("name", "name_en", "url", "group", "order", "is_active")

    # Every page's footer shows these links from the cache: changes go through the services.
    def save_model(self, request, obj, form, change):
        agency_link_save(link=obj)

    def delete_model(self, request, obj):
        agency_links_delete(links=[obj])

    def delete_queryset(self, request, queryset):
        agency_links_delete(links=list(queryset))


@admin.register(Banner)
class BannerAdmin(admin.ModelAdmin):
    list_display = ("title", "slot", "order", "starts_at", "ends_at", "is_active")
    list_filter = ("slot", "is_active")
    search_fields = ("title", "url")
    fields = ("title", "image", "alt", "url", "slot", "order", "starts_at", "ends_at", "is_active")

    # The home page shows banners from its cache: changes go through the services, which purge it.
    def save_model(self, request, obj, form, change):
        banner_save(banner=obj, by=request.user)

    def delete_model(self, request, obj):
        banners_delete(banners=[obj], by=request.user)

    def delete_queryset(self, request, queryset):
        banners_delete(banners=list(queryset), by=request.user)
