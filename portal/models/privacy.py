"""Records of how the portal handles personal data: the retention sweep's reports."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class RetentionSweep(models.Model):
    """One run of the retention sweep (portal/personal_data.py): what it erased or would erase."""

    started_at = models.DateTimeField(_("bắt đầu lúc"))
    finished_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)
    dry_run = models.BooleanField(_("chạy thử"), default=False, help_text=_("Chỉ đếm, không xoá gì."))
    counts = models.JSONField(
        _("số bản ghi theo loại"),
        default=dict,
        blank=True,
        help_text=_("Loại dữ liệu → số bản ghi đã xoá hoặc ẩn danh."),
    )

    class Meta:
        verbose_name = _("lần xoá dữ liệu hết hạn")
        verbose_name_plural = _("các lần xoá dữ liệu hết hạn")
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["-started_at"], name="retention_sweep_started")]

    def __str__(self) -> str:
        return f"{self.started_at:%d/%m/%Y %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("admin:portal_retentionsweep_change", args=[self.pk])

    @property
    def total(self) -> int:
        return sum(self.counts.values())
