"""Categories and tags in the admin."""

from django.contrib import admin

from news.services.articles import category_save, tag_save, tags_delete

from ..models import Category, Tag


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("name", "parent", "order", "show_in_menu", "show_on_home", "home_order", "is_active")
    list_editable = ("order", "show_in_menu", "show_on_home", "home_order", "is_active")
    list_filter = ("show_on_home", "is_active")
    list_select_related = ("parent",)
    search_fields = ("name",)
    autocomplete_fields = ("parent",)
    readonly_fields = ("slug",)

    def save_model(self, request, obj, form, change):
        category_save(category=obj)


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    readonly_fields = ("slug",)

    def save_model(self, request, obj, form, change):
        tag_save(tag=obj, renamed=change and "name" in form.changed_data)

    def delete_model(self, request, obj):
        tags_delete(tags=[obj])

    def delete_queryset(self, request, queryset):
        tags_delete(tags=queryset)
