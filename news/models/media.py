"""Photo albums and videos: the public gallery (/thu-vien-anh/) and video pages (/video/)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.images import IMAGE_FORMATS_HELP, CleanImageField, validate_image_upload
from portal.models import UploadedImage
from portal.storage import RandomFileName
from portal.text import slugify

from ..enums import VideoSource, VideoState
from ..validators import validate_video_file, validate_video_url


class AlbumQuerySet(models.QuerySet):
    def published(self, now=None) -> "AlbumQuerySet":
        """What the public may see, the one definition for albums (pages, sitemap, search):
        marked published and its publication time reached."""
        return self.filter(is_published=True, publish_at__lte=now or timezone.now())


class Album(models.Model):
    """A set of photos of one event, in the order the editor gave them."""

    title = models.CharField(_("tiêu đề"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=200, blank=True)
    event = models.CharField(
        _("sự kiện"), max_length=255, blank=True, help_text=_("Ví dụ: Lễ khai giảng năm học 2026-2027.")
    )
    taken_on = models.DateField(_("ngày chụp"), help_text=_("Ngày diễn ra sự kiện."))
    description = models.TextField(_("giới thiệu"), blank=True)
    cover = models.ForeignKey(
        "AlbumPhoto",
        verbose_name=_("ảnh bìa"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Để trống để dùng ảnh đầu tiên."),
    )
    articles = models.ManyToManyField(
        "news.Article", verbose_name=_("bài viết liên quan"), blank=True, related_name="albums"
    )
    is_published = models.BooleanField(_("công khai"), default=False)
    publish_at = models.DateTimeField(
        _("thời điểm công khai"), null=True, blank=True, help_text=_("Giờ Việt Nam; để trống là ngay khi lưu.")
    )
    order = models.IntegerField(_("thứ tự"), default=0, help_text=_("Số lớn đứng trước; cùng số thì mới trước."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = AlbumQuerySet.as_manager()

    class Meta:
        verbose_name = _("album ảnh")
        verbose_name_plural = _("album ảnh")
        ordering = ["-order", "-taken_on", "-pk"]
        permissions = [("publish_album", _("Công khai, gỡ album ảnh và video"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_published=False) | Q(publish_at__isnull=False), name="album_published_has_time"
            ),
        ]
        indexes = [models.Index(fields=["is_published", "publish_at"], name="album_public")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.title, max_length=180) or "album"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:album", kwargs={"slug": self.slug, "pk": self.pk})


class AlbumPhoto(models.Model):
    """One photo of an album: re-encoded and cut into renditions like every image (portal/images.py)."""

    album = models.ForeignKey(Album, verbose_name=_("album"), on_delete=models.CASCADE, related_name="photos")
    image = CleanImageField(
        _("ảnh"),
        # A random folder: the photos of an album not yet public must not be found by guessing.
        upload_to=RandomFileName("albums/%Y/%m"),
        max_length=255,
        width_field="width",
        height_field="height",
        validators=[validate_image_upload],
        help_text=IMAGE_FORMATS_HELP,
    )
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    alt = models.CharField(_("mô tả ảnh (alt)"), max_length=255)
    caption = models.CharField(_("chú thích"), max_length=300, blank=True)
    # Plain text until the newsroom has a contributors' register to point at.
    credit = models.CharField(_("người chụp / nguồn ảnh"), max_length=150, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True, editable=False)
    uploaded_at = models.DateTimeField(_("tải lên lúc"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("ảnh trong album")
        verbose_name_plural = _("ảnh trong album")
        ordering = ["order", "pk"]
        indexes = [models.Index(fields=["album", "order"], name="album_photo_order")]

    def __str__(self) -> str:
        return self.caption or self.alt


class VideoQuerySet(models.QuerySet):
    def published(self, now=None) -> "VideoQuerySet":
        """What the public may see, the one definition for videos: marked published, its time
        reached, and for an uploaded file, checked and given its poster."""
        return self.filter(is_published=True, publish_at__lte=now or timezone.now()).filter(
            Q(source=VideoSource.LINK) | Q(state=VideoState.READY)
        )


class Video(models.Model):
    """A video: a file uploaded to the portal (MP4/WebM, poster cut by ffmpeg) or a YouTube/Facebook link."""

    title = models.CharField(_("tiêu đề"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=200, blank=True)
    description = models.TextField(_("giới thiệu"), blank=True)
    recorded_on = models.DateField(_("ngày quay"))
    source = models.CharField(_("nguồn video"), max_length=10, choices=VideoSource.choices, default=VideoSource.UPLOAD)
    file = models.FileField(
        _("tệp video"),
        upload_to=RandomFileName("videos/%Y/%m"),
        max_length=255,
        blank=True,
        validators=[validate_video_file],
        help_text=_("MP4 hoặc WebM, tối đa 500 MB. Ảnh đại diện do cổng tự cắt từ video."),
    )
    url = models.URLField(
        _("đường dẫn video"),
        blank=True,
        validators=[validate_video_url],
        help_text=_("Đường dẫn YouTube hoặc Facebook."),
    )
    state = models.CharField(
        _("tình trạng tệp"), max_length=10, choices=VideoState.choices, default=VideoState.PENDING, editable=False
    )
    state_note = models.CharField(_("ghi chú xử lý"), max_length=300, blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField(_("số lần xử lý"), default=0, editable=False)
    # When a task or the owed-work sweep took the file for checking (news.services.media.video_process).
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    poster = CleanImageField(
        _("ảnh đại diện"), upload_to=RandomFileName("videos/posters"), max_length=255, blank=True, editable=False
    )
    poster_renditions = models.JSONField(_("các cỡ ảnh đại diện"), default=dict, blank=True, editable=False)
    duration = models.PositiveIntegerField(_("thời lượng (giây)"), null=True, blank=True, editable=False)
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    articles = models.ManyToManyField(
        "news.Article", verbose_name=_("bài viết liên quan"), blank=True, related_name="videos"
    )
    is_published = models.BooleanField(_("công khai"), default=False)
    publish_at = models.DateTimeField(
        _("thời điểm công khai"), null=True, blank=True, help_text=_("Giờ Việt Nam; để trống là ngay khi lưu.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = VideoQuerySet.as_manager()

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("video")
        ordering = ["-recorded_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_published=False) | Q(publish_at__isnull=False), name="video_published_has_time"
            ),
            models.CheckConstraint(
                condition=(Q(source=VideoSource.UPLOAD) & ~Q(file="") & Q(url=""))
                | (Q(source=VideoSource.LINK) & Q(file="") & ~Q(url="")),
                name="video_file_or_link",
            ),
        ]
        indexes = [
            models.Index(fields=["is_published", "publish_at"], name="video_public"),
            # The owed-work sweep's query: uploads still waiting for their check and poster.
            models.Index(fields=["updated_at"], condition=Q(state=VideoState.PENDING), name="video_processing_owed"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.title, max_length=180) or "video"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:video", kwargs={"slug": self.slug, "pk": self.pk})

    def clean(self) -> None:
        if self.source == VideoSource.UPLOAD and (not self.file or self.url):
            raise ValidationError(_("Video tải lên cần tệp MP4/WebM và không kèm đường dẫn."))
        if self.source == VideoSource.LINK and (self.file or not self.url):
            raise ValidationError(_("Video từ YouTube/Facebook cần đường dẫn và không kèm tệp."))

    @property
    def mime_type(self) -> str:
        return "video/webm" if self.file.name.lower().endswith(".webm") else "video/mp4"


class MediaLibraryEntry(UploadedImage):
    """The admin's media library: every image and video file the portal stores, found by name,
    caption and date (news.selectors.media.media_library); a proxy so that it has its place in
    the admin's menu."""

    class Meta:
        proxy = True
        verbose_name = _("thư viện ảnh và video")
        verbose_name_plural = _("thư viện ảnh và video")
        ordering = ["-uploaded_at"]
