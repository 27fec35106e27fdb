"""Announcements (thông báo) of the office: short notices, scheduled like articles, sometimes pinned."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from portal.storage import PrivateFileField, RandomFileName
from portal.text import slugify

from ..enums import AnnouncementStatus
from ..validators import validate_attachment


class AnnouncementQuerySet(models.QuerySet):
    def published(self, now=None) -> "AnnouncementQuerySet":
        """What the public may see, the one definition (docs/architecture.md: what the public sees is decided in one place).

        The rule of ``Article.objects.published()``: published status, ``publish_at`` reached,
        ``unpublish_at`` empty or still ahead, whether or not a worker runs.
        """
        now = now or timezone.now()
        return self.filter(status=AnnouncementStatus.PUBLISHED, publish_at__lte=now).filter(
            Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now)
        )

    def for_listing(self, now=None) -> "AnnouncementQuerySet":
        """Published, pinned ones first (while their pin lasts), then the newest; the document joined."""
        now = now or timezone.now()
        return (
            self.published(now)
            .select_related("document")
            .defer("search_text", "document__search_content", "document__search_vector")
            # A Case, not a bare comparison: "NULL > now" is NULL, which sorts first when descending.
            .annotate(pinned=Case(When(pinned_until__gt=now, then=Value(True)), default=Value(False)))
            .order_by("-pinned", "-publish_at", "-pk")
        )


class Announcement(models.Model):
    """A short notice to schools, parents or the public, with an optional document or file."""

    title = models.CharField(_("tiêu đề"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=200, blank=True)
    body = models.TextField(
        _("nội dung"), max_length=5000, blank=True, help_text=_("Vài đoạn ngắn; xuống dòng để tách đoạn.")
    )
    document = models.ForeignKey(
        "news.Document",
        verbose_name=_("văn bản kèm theo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="announcements",
        help_text=_("Văn bản trong hệ thống văn bản; chỉ hiện khi văn bản đó đang công khai."),
    )
    # Private like an article's attachments: a draft's file must not be reachable.
    file = PrivateFileField(
        _("tệp đính kèm"),
        upload_to=RandomFileName("announcements"),
        blank=True,
        validators=[validate_attachment],
        help_text=_("PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX; tối đa 20 MB."),
    )
    file_title = models.CharField(_("tên tệp hiển thị"), max_length=255, blank=True)
    is_important = models.BooleanField(
        _("quan trọng"), default=False, help_text=_("Hiện nổi bật và chạy trên dòng thông báo của trang chủ.")
    )
    pinned_until = models.DateTimeField(
        _("ghim đến"),
        null=True,
        blank=True,
        help_text=_("Đứng đầu danh sách đến thời điểm này. Để trống nếu không ghim."),
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=AnnouncementStatus.choices, default=AnnouncementStatus.DRAFT
    )
    publish_at = models.DateTimeField(
        _("thời điểm đăng"), null=True, blank=True, help_text=_("Giờ Việt Nam. Thông báo tự hiện đúng thời điểm này.")
    )
    unpublish_at = models.DateTimeField(
        _("thời điểm gỡ"), null=True, blank=True, help_text=_("Để trống nếu thông báo hiển thị lâu dài.")
    )
    went_live_at = models.DateTimeField(_("đã xử lý lên trang lúc"), null=True, blank=True, editable=False)
    expired_at = models.DateTimeField(_("đã xử lý hết hạn lúc"), null=True, blank=True, editable=False)
    # Title and body, lower case without diacritics (portal.text.normalize_search_text).
    search_text = models.TextField(blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = AnnouncementQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name=_("lịch sử thông báo"), excluded_fields=["search_text", "went_live_at", "expired_at"]
    )

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        ordering = ["-publish_at", "-created_at"]
        permissions = [("publish_announcement", _("Đăng, hẹn giờ, gỡ thông báo"))]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=AnnouncementStatus.PUBLISHED) | Q(publish_at__isnull=False),
                name="announcement_published_has_time",
            ),
            models.CheckConstraint(
                condition=Q(unpublish_at__isnull=True)
                | Q(publish_at__isnull=True)
                | Q(unpublish_at__gt=F("publish_at")),
                name="announcement_unpublish_after_publish",
            ),
            models.CheckConstraint(
                condition=Q(pinned_until__isnull=True)
                | Q(publish_at__isnull=True)
                | Q(pinned_until__gt=F("publish_at")),
                name="announcement_pinned_after_publish",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "publish_at"], name="announcement_status_publish"),
            # The next removal or pin end (news.selectors.announcements.announcements_next_change).
            models.Index(
                fields=["unpublish_at"], condition=Q(unpublish_at__isnull=False), name="announcement_unpublish_at"
            ),
            models.Index(
                fields=["pinned_until"], condition=Q(pinned_until__isnull=False), name="announcement_pinned_until"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.title, max_length=180) or "thong-bao"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:announcement", kwargs={"slug": self.slug, "pk": self.pk})

    def clean(self) -> None:
        errors = {}
        if self.publish_at and self.pinned_until and self.pinned_until <= self.publish_at:
            errors["pinned_until"] = _("Thời điểm hết ghim phải sau thời điểm đăng.")
        if self.publish_at and self.unpublish_at and self.unpublish_at <= self.publish_at:
            errors["unpublish_at"] = _("Thời điểm gỡ phải sau thời điểm đăng.")
        if errors:
            raise ValidationError(errors)

    def get_file_url(self) -> str:
        return reverse("news:announcement_file", kwargs={"pk": self.pk})

    @property
    def file_extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""
