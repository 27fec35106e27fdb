"""The rich-text editor's image upload endpoint (CKEditor's upload protocol), for those who write articles."""

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.services.images import uploaded_image_accept

# Whoever may write an article may put images in rich text; the pages of other models that
# use the editor are kept by editors and administrators, who hold these too. Named as strings:
# portal's base imports no app.
UPLOAD_PERMISSIONS = ("news.add_article", "news.change_article")


def _refused(message: str, status: int) -> JsonResponse:
    return JsonResponse({"uploaded": 0, "error": {"message": message}}, status=status)


@staff_member_required
@require_POST
def editor_upload(request: HttpRequest) -> JsonResponse:
    """CKEditor's image upload: images only, checked and re-encoded by Pillow, JSON answer.

    Replaces django-ckeditor's uploader view, which accepts any file Pillow can open,
    keeps metadata and answers with an inline script that the CSP forbids.
    """
    if not any(request.user.has_perm(permission) for permission in UPLOAD_PERMISSIONS):
        return _refused(_("Bạn không có quyền tải ảnh lên: chỉ người viết hoặc biên tập tin bài mới được."), 403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _refused(_("Không nhận được tệp ảnh."), 400)
    try:
        image = uploaded_image_accept(upload=upload, folder=settings.CKEDITOR_UPLOAD_PATH, by=request.user)
    except ValidationError as error:
        return _refused(error.messages[0], 400)
    name = image.name
    return JsonResponse({"uploaded": 1, "fileName": name.rsplit("/", 1)[-1], "url": default_storage.url(name)})


urlpatterns = [path("admin/editor/upload/", editor_upload, name="editor_upload")]
