"""The media library in the admin: every stored image and video, found by name, caption and month,
with where it is used and its address to reuse it in an article without uploading it again."""

import datetime

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from news.selectors.media import LIBRARY_KINDS, editor_image_usage, media_library
from news.services.media import editor_image_delete
from portal.models import UploadedImage

from ..models import MediaLibraryEntry

PER_PAGE = 30


def _month(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(f"{value[:7]}-01") if value else None
    except ValueError:
        return None


@admin.register(MediaLibraryEntry)
class MediaLibraryAdmin(admin.ModelAdmin):
    """Read and search only; an editor image nobody uses may be deleted (editor_image_delete)."""

    def has_module_permission(self, request):
        return request.user.has_perm("news.change_article") or request.user.has_perm("news.change_album")

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return redirect("admin:index")
        if request.method == "POST" and request.POST.get("delete"):
            image = get_object_or_404(UploadedImage, pk=request.POST["delete"])
            try:
                editor_image_delete(image=image, by=request.user)
            except ValidationError as error:
                self.message_user(request, error.messages[0], messages.ERROR)
            else:
                self.message_user(request, _("Đã xoá ảnh."), messages.SUCCESS)
            return redirect(request.get_full_path())
        query = request.GET.get("q", "").strip()[:100]
        kind = request.GET.get("loai", "")
        month = _month(request.GET.get("thang", ""))
        page = Paginator(media_library(query=query, month=month, kind=kind), PER_PAGE).get_page(request.GET.get("p"))
        rows = list(page.object_list)
        usage = editor_image_usage([file for k, _pk, file, *_rest in rows if k == "editor"])
        entries = []
        for row_kind, pk, file, text, at, owner in rows:
            used = [(a.title, reverse("admin:news_article_change", args=[a.pk])) for a in usage.get(file, [])]
            if row_kind in ("cover", "gallery"):
                used = [(_("bài #%(pk)s") % {"pk": owner}, reverse("admin:news_article_change", args=[owner]))]
            elif row_kind == "album":
                used = [(_("album #%(pk)s") % {"pk": owner}, reverse("admin:news_album_change", args=[owner]))]
            elif row_kind == "video":
                used = [(text, reverse("admin:news_video_change", args=[owner]))]
            entries.append(
                {
                    "kind": LIBRARY_KINDS[row_kind],
                    "is_video": row_kind == "video",
                    "pk": pk,
                    "name": file.rsplit("/", 1)[-1],
                    "url": default_storage.url(file),
                    "text": text.strip(" –"),
                    "at": at,
                    "used": used,
                    "deletable": row_kind == "editor" and not used,
                }
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Thư viện ảnh và video"),
            "entries": entries,
            "page": page,
            "query": query,
            "kind": kind,
            "kinds": LIBRARY_KINDS.items(),
            "month": month,
        }
        return TemplateResponse(request, "admin/news/medialibrary.html", context)
