"""Many photos at once: an admin inline that takes a drop of photos, uploads each on its own, and edits them in place.

An inline becomes a gallery with ``GalleryInline``: the browser (static/js/admin-gallery.js)
uploads every dropped file to ``gallery_upload`` (one request per file, a few at a time),
which checks the permission, re-encodes the picture through the image pipeline and answers
with a signed token; each finished upload becomes a new row of the inline carrying that
token, and the row's save takes the stored file instead of a file input. Captions, order
and the cover are then edited on the same page and saved with the rest of the form.
"""

import json

from django import forms
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import HttpRequest, JsonResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.services.images import uploaded_image_accept

from ..images import MAX_IMAGE_BYTES
from ..models import UploadedImage

# A token is good for a day: long enough for a long editing session, short enough that an
# old one found in a log is worth nothing.
TOKEN_MAX_AGE = 24 * 60 * 60
TOKEN_SALT = "portal.gallery"  # noqa: S105 -- a namespace for signing, not a secret
# Uploads the browser runs at once: enough to fill the line, few enough for a school's uplink.
PARALLEL_UPLOADS = 3

# Each gallery by its model label ("news.articleimage"): who may upload to it (any of the
# permissions, named as strings: portal's base imports no app) and the folder of its files.
GALLERIES: dict[str, dict] = {}


def gallery_register(*, model_label: str, permissions: tuple[str, ...], folder: str) -> None:
    """Make ``model_label``'s inline a gallery that ``gallery_upload`` accepts files for."""
    GALLERIES[model_label] = {"permissions": permissions, "folder": folder}


def _refused(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status)


def gallery_token(*, image: UploadedImage, user) -> str:
    """The signed note that ``user`` uploaded ``image``: the only thing a row needs to take it."""
    return signing.dumps({"image": image.pk, "user": user.pk}, salt=TOKEN_SALT)


def gallery_token_image(token: str, *, user) -> UploadedImage:
    """The uploaded image of a token ``user`` was given, or ValidationError with a Vietnamese message."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:  # SignatureExpired is one
        raise ValidationError(_("Ảnh tải lên đã quá hạn hoặc không hợp lệ; hãy tải ảnh lên lại.")) from None
    image = UploadedImage.objects.filter(pk=data.get("image"), uploaded_by_id=user.pk).first()
    if image is None or data.get("user") != user.pk:
        raise ValidationError(_("Không tìm thấy ảnh đã tải lên; hãy tải ảnh lên lại."))
    return image


@staff_member_required
@require_POST
def gallery_upload(request: HttpRequest) -> JsonResponse:
    """One photo of a gallery: checked and re-encoded by Pillow, stored in a random folder; JSON answer."""
    gallery = GALLERIES.get(request.POST.get("gallery", ""))
    if gallery is None:
        return _refused(_("Bộ ảnh không hợp lệ."), 400)
    if not any(request.user.has_perm(permission) for permission in gallery["permissions"]):
        return _refused(_("Bạn không có quyền tải ảnh lên bộ ảnh này."), 403)
    upload = request.FILES.get("file")
    if upload is None:
        return _refused(_("Không nhận được tệp ảnh."), 400)
    try:
        image = uploaded_image_accept(upload=upload, folder=gallery["folder"], by=request.user)
    except ValidationError as error:
        return _refused(error.messages[0], 400)
    return JsonResponse(
        {
            "token": gallery_token(image=image, user=request.user),
            "url": default_storage.url(image.name),
            "name": upload.name,
        }
    )


class GalleryPhotoForm(forms.ModelForm):
    """A row of a gallery: an image chosen in its own file input, or one uploaded by the drop zone (its token)."""

    gallery_token = forms.CharField(required=False, widget=forms.HiddenInput)
    # Set by GalleryInline.get_formset: the request's user, whose uploads a token may name.
    user = None
    image_field = "image"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.image_field in self.fields:
            self.fields[self.image_field].required = False

    def has_changed(self):
        # A row made by the drop zone differs from the empty form by its token alone.
        return super().has_changed() or bool(self.data.get(self.add_prefix("gallery_token")))

    def clean(self):
        cleaned = super().clean()
        token = cleaned.get("gallery_token")
        if token and self.user is not None:
            try:
                uploaded = gallery_token_image(token, user=self.user)
            except ValidationError as error:
                self.add_error(None, error)
                return cleaned
            cleaned[self.image_field] = uploaded.name
            self.uploaded = uploaded
        elif not cleaned.get(self.image_field) and not getattr(self.instance, self.image_field):
            self.add_error(self.image_field, _("Hãy chọn ảnh."))
        return cleaned

    def save(self, commit=True):
        uploaded = getattr(self, "uploaded", None)
        if uploaded is not None:
            # The file is stored and re-encoded already: the row takes its name, not a copy.
            setattr(self.instance, self.image_field, uploaded.name)
        return super().save(commit)


class GalleryInline(admin.TabularInline):
    """A tabular inline with the drop zone, per-file progress, drag (or up/down) reordering and, with
    ``gallery_cover``, a choice of the cover."""

    form = GalleryPhotoForm
    template = "admin/edit_inline/gallery.html"
    extra = 0
    gallery_cover = False
    order_field = "order"
    caption_field = "caption"

    class Media:
        js = ("js/admin-gallery.js",)
        css = {"all": ("css/admin-gallery.css",)}

    def get_fields(self, request, obj=None):
        # The token's hidden input must be drawn in each row for the script to fill it.
        fields = list(super().get_fields(request, obj))
        return fields if "gallery_token" in fields else [*fields, "gallery_token"]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = type(formset.form.__name__, (formset.form,), {"user": request.user})
        return formset

    def gallery_config(self) -> str:
        """What the drop zone's script reads from the inline's ``data-gallery`` attribute (JSON)."""
        return json.dumps(
            {
                "gallery": self.model._meta.label_lower,
                "uploadUrl": reverse("gallery_upload"),
                "parallel": PARALLEL_UPLOADS,
                "maxBytes": MAX_IMAGE_BYTES,
                "orderField": self.order_field,
                "captionField": self.caption_field,
                "cover": self.gallery_cover,
                "text": {
                    "drop": _("Kéo thả nhiều ảnh vào đây, hoặc"),
                    "choose": _("Chọn ảnh từ máy"),
                    "uploading": _("Đang tải %(done)s/%(total)s ảnh"),
                    "done": _("Đã tải xong %(total)s ảnh. Hãy ghi chú thích, sắp xếp rồi bấm “Lưu”."),
                    "failed": _("%(count)s ảnh chưa tải được: xem lý do bên dưới và bấm “Thử lại”."),
                    "retry": _("Thử lại"),
                    "tooBig": _("Ảnh lớn hơn 20 MB; hãy giảm dung lượng ảnh trước khi tải lên."),
                    "network": _("Mất kết nối khi tải ảnh; hãy kiểm tra mạng rồi bấm “Thử lại”."),
                    "expired": _("Phiên đăng nhập đã hết hạn; hãy đăng nhập lại ở thẻ mới rồi bấm “Thử lại”."),
                    "up": _("Lên"),
                    "down": _("Xuống"),
                    "moveUp": _("Đưa ảnh %(n)s lên trước"),
                    "moveDown": _("Đưa ảnh %(n)s xuống sau"),
                    "drag": _("Kéo để đổi thứ tự"),
                    "moved": _("Ảnh đã chuyển tới vị trí %(n)s."),
                    "cover": _("Làm ảnh đại diện"),
                },
            }
        )


urlpatterns = [path("admin/gallery/upload/", gallery_upload, name="gallery_upload")]
