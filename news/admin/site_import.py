"""The old site's import in the admin: upload an export, read the dry run's report, then import for real.

The work is done by a worker (news.services.site_import.site_import_run), never on the request:
an export of ten years of posts takes longer than a page may.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from news.services.site_import import site_import_again, site_import_request

from ..models import ImportedArticle, SiteImportRun

MAX_EXPORT_BYTES = 200 * 1024 * 1024


class SiteImportForm(forms.Form):
    export = forms.FileField(
        label=_("Tệp xuất của trang cũ"),
        help_text=_(
            "Tệp .xml xuất từ WordPress (Công cụ › Xuất › Tất cả nội dung), tệp RSS/Atom, hoặc tệp .zip gồm tệp .xml "
            "đó và thư mục uploads/ (ảnh); tối đa 200 MB."
        ),
    )
    skip_bad = forms.BooleanField(label=_("Bỏ qua các mục lỗi (vẫn nhập các mục còn lại)"), required=False)

    def clean_export(self):
        export = self.cleaned_data["export"]
        if export.size > MAX_EXPORT_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 200 MB; hãy xuất từng phần (theo năm)."))
        if not export.name.lower().endswith((".xml", ".zip", ".rss", ".atom")):
            raise forms.ValidationError(_("Chỉ nhận tệp .xml hoặc .zip."))
        return export


@admin.register(ImportedArticle)
class ImportedArticleAdmin(admin.ModelAdmin):
    """Which old post became which article; read-only (the import writes these rows)."""

    list_display = ("old_url", "article", "imported_at")
    search_fields = ("old_url", "article__title")
    list_select_related = ("article",)
    readonly_fields = ("article", "source_key", "old_url", "old_path", "old_post_id", "imported_at")
    change_list_template = "admin/news/importedarticle/change_list.html"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_urls(self):
        return [
            path("nhap/", self.admin_site.admin_view(self.import_view), name="news_importedarticle_import"),
            *super().get_urls(),
        ]

    def import_view(self, request):
        if not request.user.has_perm("news.import_site"):
            raise PermissionDenied
        form = SiteImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and "again" in request.POST:
            run = get_object_or_404(SiteImportRun, pk=request.POST["again"], dry_run=True, status="done")
            site_import_again(run=run, by=request.user, skip_bad=request.POST.get("skip_bad") == "on")
            self.message_user(request, _("Đã gửi yêu cầu nhập; trang này cho biết kết quả khi xong."), messages.SUCCESS)
            return redirect("admin:news_importedarticle_import")
        if request.method == "POST" and form.is_valid():
            site_import_request(
                upload=form.cleaned_data["export"],
                by=request.user,
                dry_run=True,
                skip_bad=form.cleaned_data["skip_bad"],
            )
            self.message_user(
                request, _("Đã nhận tệp; bản chạy thử hiện ở dưới khi xong (tải lại trang)."), messages.SUCCESS
            )
            return redirect("admin:news_importedarticle_import")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Nhập bài từ trang cũ"),
            "form": form,
            "runs": SiteImportRun.objects.select_related("requested_by")[:10],
        }
        return TemplateResponse(request, "admin/news/importedarticle/import.html", context)
