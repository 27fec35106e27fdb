"""Photo albums and videos in the admin.

Several photos are added at once with a plain multi-file field on the album's form; it is one
form field handed to ``album_photos_add``, so a richer upload widget can replace it without
touching the service.
"""

from django import forms
from django.contrib import admin
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from news.cache import purge_media
from news.services.media import album_photo_save, album_photos_add, album_save, video_save
from portal.images import CleanImageFormField

from ..models import Album, AlbumPhoto, Video

MAX_PHOTOS_PER_UPLOAD = 60
MAX_UPLOAD_BYTES = 300 * 1024 * 1024


class PurgesLinkedPages:
    """For the admin of a record that cached public pages show (an album or a video on its
    articles' pages; a conference or a decision there and in the search): after
    the commit of a save or a delete the public could see, ``purge_pages(article_ids)`` with the
    articles the record was linked to before the change and after it (docs/architecture.md: cheap
    public pages, where a page lives until a change purges it).

    ``public_records()`` is the model's one definition of what the public sees: a record hidden
    before and after the change purges nothing, nor does a save that changed neither the form nor
    one of ``public_inlines`` (a conference's delegate list is not on those pages).
    """

    public_inlines: tuple = ()

    def public_records(self):
        raise NotImplementedError

    def purge_pages(self, article_ids: set[int]) -> None:
        raise NotImplementedError

    def _public_links(self, pks) -> set[int] | None:
        """The articles linked to those of the records ``pks`` the public sees; ``None`` when it sees none."""
        found = list(self.public_records().filter(pk__in=pks).values_list("articles", flat=True))
        return {pk for pk in found if pk is not None} if found else None

    def _purge_after_commit(self, *links: set[int] | None) -> None:
        if all(linked is None for linked in links):
            return
        article_ids = set().union(*(linked for linked in links if linked is not None))
        transaction.on_commit(lambda: self.purge_pages(article_ids))

    def save_form(self, request, form, change):
        obj = super().save_form(request, form, change)
        # Read before the save (nothing is written yet): after it the old state and links are gone.
        obj._public_links_before = self._public_links([obj.pk]) if change else None
        return obj

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        shown = form.has_changed() or any(
            formset.has_changed() for formset in formsets if formset.model in self.public_inlines
        )
        if shown:
            before = getattr(form.instance, "_public_links_before", None)
            self._purge_after_commit(before, self._public_links([form.instance.pk]))

    def delete_model(self, request, obj):
        links = self._public_links([obj.pk])
        super().delete_model(request, obj)
        self._purge_after_commit(links)

    def delete_queryset(self, request, queryset):
        links = self._public_links(list(queryset.values_list("pk", flat=True)))
        super().delete_queryset(request, queryset)
        self._purge_after_commit(links)


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
class AlbumAdmin(PurgesLinkedPages, admin.ModelAdmin):
    form = AlbumForm
    inlines = [AlbumPhotoInline]
    public_inlines = (AlbumPhoto,)  # the cover may be among the photos replaced or removed
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

    def public_records(self):
        return Album.objects.published()

    def purge_pages(self, article_ids):
        purge_media(article_ids=article_ids)

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
class VideoAdmin(PurgesLinkedPages, admin.ModelAdmin):
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

    def public_records(self):
        return Video.objects.published()

    def purge_pages(self, article_ids):
        purge_media(article_ids=article_ids)

    def save_model(self, request, obj, form, change):
        video_save(
            video=obj,
            by=request.user,
            is_new=not change,
            file_changed="file" in form.changed_data,
            publish_changed=bool({"is_published", "publish_at"} & set(form.changed_data)),
        )
