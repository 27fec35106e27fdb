"""What the import of an old site left: which article each old post became, and its old address."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.storage import PrivateFileField, RandomFileName


class ImportedArticle(models.Model):
    """An article brought in from an old site, found again by the post's key when the import runs again.

    Its old address answers with a permanent redirect to the article (news.middleware), by
    path (``/2024/09/05/ten-bai/``) or by WordPress's short address (``/?p=101``).
    """

    article = models.OneToOneField(
        "news.Article", verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="imported_from"
    )
    source_key = models.CharField(
        _("mã bài ở trang cũ"), max_length=500, unique=True, help_text=_("guid hoặc đường dẫn.")
    )
    old_url = models.URLField(_("địa chỉ cũ"), max_length=1000, blank=True)
    old_path = models.CharField(_("đường dẫn cũ"), max_length=1000, blank=True)
    old_post_id = models.PositiveIntegerField(_("mã số bài ở trang cũ"), null=True, blank=True)
    content_hash = models.CharField(_("dấu nội dung"), max_length=64, editable=False)
    # The images stored for the post, by their old address: a rerun reuses them instead of storing copies.
    files = models.JSONField(_("ảnh đã lưu"), default=dict, blank=True, editable=False)
    imported_at = models.DateTimeField(_("nhập lúc"), auto_now=True)

    class Meta:
        verbose_name = _("bài nhập từ trang cũ")
        verbose_name_plural = _("bài nhập từ trang cũ")
        ordering = ["-imported_at"]
        permissions = [("import_site", _("Nhập bài từ trang cũ"))]
        constraints = [
            models.UniqueConstraint(fields=["old_path"], condition=~Q(old_path=""), name="imported_old_path_unique"),
            models.UniqueConstraint(
                fields=["old_post_id"], condition=Q(old_post_id__isnull=False), name="imported_old_post_id_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.old_url or self.source_key

    def get_absolute_url(self) -> str:
        return self.article.get_absolute_url()


class SiteImportRun(models.Model):
    """One import of an old site asked for in the admin, done by a worker (news.services.site_import).

    The uploaded export stays in the private storage; the run is owed work until it is done, so
    a lost task or a worker killed mid-run is picked up again by the owed-work sweep.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang chạy")
        DONE = "done", _("Xong")
        FAILED = "failed", _("Không nhập được")

    file = PrivateFileField(_("tệp xuất"), upload_to=RandomFileName("imports"))
    original_name = models.CharField(_("tên tệp"), max_length=255)
    dry_run = models.BooleanField(_("chạy thử"), default=True)
    skip_bad = models.BooleanField(_("bỏ qua mục lỗi"), default=False)
    status = models.CharField(_("tình trạng"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    report = models.JSONField(_("báo cáo"), default=list, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người yêu cầu"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("yêu cầu lúc"), auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    finished_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("lần nhập trang cũ")
        verbose_name_plural = _("lần nhập trang cũ")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # The owed-work sweep's query: runs not finished.
            models.Index(fields=["created_at"], condition=Q(status__in=["queued", "running"]), name="site_import_owed")
        ]

    def __str__(self) -> str:
        return f"{self.original_name} ({self.get_status_display()})"

    def get_absolute_url(self) -> str:
        return reverse("admin:news_importedarticle_import")

    def get_download_url(self) -> str:
        return self.get_absolute_url()  # the export is never downloaded back; the page shows the report
