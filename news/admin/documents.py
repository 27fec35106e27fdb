"""The documents registry in the admin: documents with their files, issuers and fields, the import, comments on drafts."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from news.services.document_import import DOCUMENT_COLUMNS, documents_import
from news.services.documents import (
    DocumentError,
    document_comment_publish,
    document_comment_reject,
    document_files_save,
    document_save,
    document_search_refresh,
    documents_delete,
    purge_documents_on_commit,
)
from portal.spreadsheets import ImportFailed
from portal.text import normalize_search_text

from ..enums import TextExtraction
from ..forms import DocumentAdminForm, DocumentImportForm
from ..models import Document, DocumentComment, DocumentField, DocumentFile, DocumentIssuer


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    fields = ("file", "title", "order", "size", "text_status", "text_error")
    readonly_fields = ("size", "text_status", "text_error")
    extra = 0

    def get_extra(self, request, obj=None, **kwargs):
        return 1 if obj is None else 0


class ReplacedFilter(admin.SimpleListFilter):
    title = _("thay thế")
    parameter_name = "thay-the"

    def lookups(self, request, model_admin):
        return [("co", _("Đã có văn bản thay thế")), ("chua-doc", _("Có tệp chưa đọc được nội dung"))]

    def queryset(self, request, queryset):
        if self.value() == "co":
            return queryset.filter(replaced_by__isnull=False)
        if self.value() == "chua-doc":
            return queryset.filter(files__text_status__in=[TextExtraction.FAILED, TextExtraction.EMPTY]).distinct()
        return queryset


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    form = DocumentAdminForm
    list_display = ("number_or_draft", "doc_type", "short_summary", "issuer", "issued_on", "status", "is_public")
    list_display_links = ("number_or_draft",)
    list_filter = ("status", "doc_type", "issuer", "field", "year", "is_draft", "is_public", ReplacedFilter)
    list_select_related = ("issuer",)
    list_per_page = 50
    date_hierarchy = "issued_on"
    search_fields = ("search_number", "search_summary")
    search_help_text = _("Tìm theo số, ký hiệu hoặc trích yếu; gõ có dấu hay không dấu đều được.")
    autocomplete_fields = ("replaced_by", "related_documents")
    readonly_fields = ("status", "published_at", "slug", "created_by", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("number", "doc_type", "issuer", "signer", "summary", "field")}),
        (
            _("Ngày và hiệu lực"),
            {
                "fields": (
                    "issued_on",
                    "effective_on",
                    "expires_on",
                    "status",
                    "partly_in_force",
                    "status_note",
                    "replaced_by",
                    "related_documents",
                ),
                "description": _(
                    "Hiệu lực được tự tính: dự thảo; bị thay thế (khi có văn bản thay thế và đã đến ngày hết hiệu lực); "
                    "hết hiệu lực (từ ngày hết hiệu lực); chưa có hiệu lực (trước ngày có hiệu lực); còn hiệu lực một "
                    "phần (khi đánh dấu); còn lại là còn hiệu lực."
                ),
            },
        ),
        (_("Dự thảo lấy ý kiến"), {"fields": ("is_draft", "comment_until")}),
        (_("Hiển thị"), {"fields": ("is_public", "is_spokesperson_regulation", "published_at")}),
        (_("Hệ thống"), {"fields": ("slug", "created_by", "created_at", "updated_at"), "classes": ("collapse",)}),
    )
    inlines = [DocumentFileInline]
    change_list_template = "admin/news/document/change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).defer("search_content", "search_vector")

    @admin.display(description=_("số, ký hiệu"), ordering="number")
    def number_or_draft(self, obj):
        return obj.number or _("(dự thảo)")

    @admin.display(description=_("trích yếu"))
    def short_summary(self, obj):
        return Truncator(obj.summary).chars(120)

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, normalize_search_text(search_term))

    def save_model(self, request, obj, form, change):
        document_save(document=obj, by=request.user)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except DocumentError as error:
            # A conflict the form's checks could not see (another clerk saved meanwhile):
            # nothing was saved; say why and show the form again.
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def save_formset(self, request, form, formset, change):
        document_files_save(saved=formset.save(commit=False), deleted=formset.deleted_objects)
        formset.save_m2m()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        document_search_refresh(document_ids=[form.instance.pk])
        purge_documents_on_commit()

    def delete_model(self, request, obj):
        documents_delete(documents=Document.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        documents_delete(documents=queryset)

    # --- the import -----------------------------------------------------------------------------

    def get_urls(self):
        return [
            path("nhap-tu-tep/", self.admin_site.admin_view(self.import_view), name="news_document_import"),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not request.user.has_perm("news.import_documents"):
            raise PermissionDenied
        form = DocumentImportForm(request.POST or None, request.FILES or None)
        problems = []
        if request.method == "POST" and form.is_valid():
            try:
                result = documents_import(
                    table=form.cleaned_data["table"], files=form.cleaned_data["files"], by=request.user
                )
            except ImportFailed as failure:
                problems = failure.problems
            else:
                self.message_user(
                    request,
                    _(
                        "Đã nhập %(documents)s văn bản với %(files)s tệp; nội dung tệp được đọc để tìm kiếm trong ít phút."
                    )
                    % {"documents": len(result.documents), "files": result.files},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:news_document_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Nhập văn bản từ tệp Excel"),
            "form": form,
            "problems": problems,
            "columns": [names[0] for names in DOCUMENT_COLUMNS.values()],
        }
        return TemplateResponse(request, "admin/news/document/import.html", context)


class _FacetAdmin(admin.ModelAdmin):
    """An issuer or a field of documents: ordered by hand, listed with how many documents it has."""

    list_editable = ("order",)
    readonly_fields = ("slug",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(total=Count("documents"))

    @admin.display(description=_("số văn bản"), ordering="total")
    def document_count(self, obj):
        return obj.total


@admin.register(DocumentIssuer)
class DocumentIssuerAdmin(_FacetAdmin):
    list_display = ("name", "short_name", "order", "document_count")
    search_fields = ("name", "short_name")


@admin.register(DocumentField)
class DocumentFieldAdmin(_FacetAdmin):
    list_display = ("name", "order", "document_count")
    search_fields = ("name",)


@admin.register(DocumentComment)
class DocumentCommentAdmin(admin.ModelAdmin):
    """Comments from the public, escaped wherever shown; staff publish or reject them."""

    list_display = ("short_body", "full_name", "document", "status", "created_at")
    list_filter = ("status", ("document", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("document",)
    search_fields = ("full_name", "email", "body")
    readonly_fields = ("document", "full_name", "email", "unit_name", "created_at", "status", "published_at")
    fields = readonly_fields[:4] + ("body", "created_at", "status", "published_at")
    actions = ["action_publish", "action_reject"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False  # comments come from the public form only

    @admin.display(description=_("góp ý"))
    def short_body(self, obj):
        return Truncator(" ".join(obj.body.split())).chars(100)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        purge_documents_on_commit()

    def _moderate(self, request, queryset, service, done):
        if not request.user.has_perm("news.moderate_documentcomment"):
            raise PermissionDenied
        count = 0
        for comment in queryset:
            service(comment=comment, by=request.user)
            count += 1
        self.message_user(request, done(count), messages.SUCCESS)

    @admin.action(description=_("Đăng các góp ý đã chọn"), permissions=["moderate"])
    def action_publish(self, request, queryset):
        self._moderate(
            request,
            queryset,
            document_comment_publish,
            lambda n: ngettext("Đã đăng %(count)s góp ý.", "Đã đăng %(count)s góp ý.", n) % {"count": n},
        )

    @admin.action(description=_("Không đăng các góp ý đã chọn"), permissions=["moderate"])
    def action_reject(self, request, queryset):
        self._moderate(
            request,
            queryset,
            document_comment_reject,
            lambda n: ngettext("Đã loại %(count)s góp ý.", "Đã loại %(count)s góp ý.", n) % {"count": n},
        )

    def has_moderate_permission(self, request):
        return request.user.has_perm("news.moderate_documentcomment")
