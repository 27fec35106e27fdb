"""Photo albums and videos in the admin.

Several photos are added at once with a plain multi-file field on the album's form; it is one
form field handed to ``album_photos_add``, so a richer upload widget can replace it without
touching the service.
"""

from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from news.services.media import album_photo_save, album_photos_add, album_save, video_save
from portal.images import CleanImageFormField

from ..models import Album, AlbumPhoto, Video

MAX_PHOTOS_PER_UPLOAD = 60
MAX_UPLOAD_BYTES = 300 * 1024 * 1024


class MultipleImageInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleImageField(CleanImageFormField):
    """Many images in one field, each checked like a single upload (portal/images.py)."""

    widget = MultipleImageInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if len(files) > MAX_PHOTOS_PER_UPLOAD:
            raise forms.ValidationError(
                _("Mỗi lần tải lên tối đa %(count)s ảnh.") % {"count": MAX_PHOTOS_PER_UPLOAD}, code="too_many"
            )
        if sum(file.size for file in files) > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Tổng dung lượng một lần tải lên tối đa 300 MB."), code="too_big")
        cleaned, errors = [], []
        for file in files:
            try:
                checked = super().clean(file, initial)
            except forms.ValidationError as error:
                errors.append(f"{file.name}: {' '.join(error.messages)}")
            else:
                checked.image = None  # the decoded pixels: sixty of them would not fit in memory
                cleaned.append(checked)
        if errors:
            raise forms.ValidationError(errors)
        return cleaned


class PublicationForm(forms.ModelForm):
    """Published without a time means from now: filled in before the model's constraints are checked."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_published") and not cleaned.get("publish_at") and "publish_at" in self.fields:
            cleaned["publish_at"] = timezone.now()
        return cleaned


class AlbumForm(PublicationForm):
    new_photos = MultipleImageField(
        label=_("Thêm nhiều ảnh"),
        required=False,
        help_text=_("Chọn một lúc nhiều ảnh (tối đa 60); ảnh thêm vào cuối album, chú thích lấy từ tên tệp."),
    )
    new_photos_credit = forms.CharField(label=_("Người chụp của các ảnh thêm"), max_length=150, required=False)

    class Meta:
        model = Album
        fields = (
            "title",
            "taken_on",
            "event",
            "description",
            "cover",
            "order",
            "articles",
            "is_published",
            "publish_at",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "cover" in self.fields:
            photos = AlbumPhoto.objects.filter(album=self.instance) if self.instance.pk else AlbumPhoto.objects.none()
            self.fields["cover"].queryset = photos


class AlbumPhotoInline(admin.TabularInline):
    model = AlbumPhoto
    fields = ("image", "alt", "caption", "credit", "order")
    extra = 0


@admin.register(Album)
class AlbumAdmin(admin.ModelAdmin):
    form = AlbumForm
    inlines = [AlbumPhotoInline]
    list_display = ("title", "taken_on", "event", "is_published", "publish_at", "order")
    list_filter = ("is_published", "taken_on")
    search_fields = ("title", "event")
    date_hierarchy = "taken_on"
    autocomplete_fields = ("articles",)
    readonly_fields = ("slug",)
    fields = (
        "title",
        "slug",
        "taken_on",
        "event",
        "description",
        "new_photos",
        "new_photos_credit",
        "cover",
        "order",
        "articles",
        "is_published",
        "publish_at",
    )

    def get_readonly_fields(self, request, obj=None):
        if request.user.has_perm("news.publish_album"):
            return self.readonly_fields
        return (*self.readonly_fields, "is_published", "publish_at")

    def save_model(self, request, obj, form, change):
        album_save(
            album=obj,
            by=request.user,
            is_new=not change,
            publish_changed=bool({"is_published", "publish_at"} & set(form.changed_data)),
        )

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for photo in instances:
            album_photo_save(photo=photo)
        for photo in formset.deleted_objects:
            photo.delete()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.cleaned_data.get("new_photos"):
            album_photos_add(
                album=form.instance,
                files=form.cleaned_data["new_photos"],
                by=request.user,
                credit=form.cleaned_data.get("new_photos_credit", ""),
            )


class VideoForm(PublicationForm):
    class Meta:
        model = Video
        fields = (
            "title", "recorded_on", "description", "source", "file", "url", "articles", "is_published", "publish_at",
        )  # fmt: skip


@admin.register(Video)
class VideoAdmin(admin.ModelAdmin):
    form = VideoForm
    list_display = ("title", "recorded_on", "source", "state", "is_published", "publish_at")
    list_filter = ("source", "state", "is_published")
    search_fields = ("title", "description")
    date_hierarchy = "recorded_on"
    autocomplete_fields = ("articles",)
    readonly_fields = ("slug", "state", "state_note", "duration", "poster")
    fields = (
        "title",
        "slug",
        "recorded_on",
        "description",
        "source",
        "file",
        "url",
        "state",
        "state_note",
        "poster",
        "duration",
        "articles",
        "is_published",
        "publish_at",
    )

    def get_readonly_fields(self, request, obj=None):
        if request.user.has_perm("news.publish_album"):
            return self.readonly_fields
        return (*self.readonly_fields, "is_published", "publish_at")

    def save_model(self, request, obj, form, change):
        video_save(
            video=obj,
            by=request.user,
            is_new=not change,
            file_changed="file" in form.changed_data,
            publish_changed=bool({"is_published", "publish_at"} & set(form.changed_data)),
        )
