"""The rich-text editor's image upload endpoint (CKEditor's upload protocol), for staff."""

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.services.images import uploaded_image_store

from ..images import reencode


@staff_member_required
@require_POST
def editor_upload(request: HttpRequest) -> JsonResponse:
    """CKEditor's image upload: images only, checked and re-encoded by Pillow, JSON answer.

    Replaces django-ckeditor's uploader view, which accepts any file Pillow can open,
    keeps metadata and answers with an inline script that the CSP forbids.
    """
    upload = request.FILES.get("upload")
    if upload is None:
        return JsonResponse({"uploaded": 0, "error": {"message": _("Không nhận được tệp ảnh.")}}, status=400)
    try:
        data, extension = reencode(upload.read())
    except ValidationError as error:
        return JsonResponse({"uploaded": 0, "error": {"message": error.messages[0]}}, status=400)
    image = uploaded_image_store(
        data=data, extension=extension, original_name=upload.name, folder=settings.CKEDITOR_UPLOAD_PATH, by=request.user
    )
    name = image.name
    return JsonResponse({"uploaded": 1, "fileName": name.rsplit("/", 1)[-1], "url": default_storage.url(name)})


urlpatterns = [path("admin/editor/upload/", editor_upload, name="editor_upload")]
