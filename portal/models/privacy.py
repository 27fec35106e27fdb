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


class RequestKind(models.TextChoices):
    ACCESS = "access", _("Xem, nhận bản sao")
    CORRECT = "correct", _("Sửa")
    ERASE = "erase", _("Xoá, ẩn danh")
    WITHDRAW = "withdraw", _("Rút lại sự đồng ý")


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Đang xử lý")
    DONE = "done", _("Đã xong")
    REFUSED = "refused", _("Từ chối (ghi rõ lý do)")


class PersonalDataRequest(models.Model):
    """A person's request about their data (portal/rights.py), from receipt to its outcome."""

    kind = models.CharField(_("loại yêu cầu"), max_length=20, choices=RequestKind.choices)
    requester = models.CharField(_("người yêu cầu"), max_length=255, help_text=_("Họ tên và cách liên hệ lại."))
    email = models.EmailField(_("thư điện tử cần tìm"), blank=True)
    phone = models.CharField(_("điện thoại cần tìm"), max_length=50, blank=True)
    full_name = models.CharField(_("họ tên cần tìm"), max_length=150, blank=True)
    unit_name = models.CharField(_("đơn vị (đi cùng họ tên)"), max_length=255, blank=True)
    received_at = models.DateTimeField(_("nhận lúc"))
    deadline = models.DateTimeField(_("hạn trả lời"))
    status = models.CharField(_("tình trạng"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    outcome = models.TextField(_("kết quả"), blank=True, help_text=_("Đã làm gì; phần nào giữ lại và vì sao."))
    done_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)
    handled_by = models.ForeignKey(
        "portal.User", verbose_name=_("người xử lý"), on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )

    class Meta:
        verbose_name = _("yêu cầu về dữ liệu cá nhân")
        verbose_name_plural = _("yêu cầu về dữ liệu cá nhân")
        ordering = ["-received_at"]
        indexes = [models.Index(fields=["status", "deadline"], name="pd_request_status_deadline")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="", phone="", full_name=""), name="pd_request_names_someone"
            ),
            models.CheckConstraint(
                condition=models.Q(status="open") | models.Q(done_at__isnull=False), name="pd_request_closed_has_date"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} – {self.requester}"

    def get_absolute_url(self) -> str:
        return reverse("admin:portal_personaldatarequest_change", args=[self.pk])


class AccessAction(models.TextChoices):
    VIEW_CONTACTS = "view_contacts", _("Xem liên hệ")
    EXPORT = "export", _("Xuất danh sách người")
    RIGHTS_CHANGE = "rights_change", _("Xoá, sửa theo yêu cầu")


class PersonalDataAccess(models.Model):
    """One access to people's data worth answering for: who, when, what (the access log)."""

    at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        "portal.User", verbose_name=_("người truy cập"), on_delete=models.PROTECT, related_name="+", null=True
    )
    action = models.CharField(_("thao tác"), max_length=20, choices=AccessAction.choices)
    what = models.CharField(_("dữ liệu"), max_length=500)
    count = models.PositiveIntegerField(_("số người"), null=True, blank=True)

    class Meta:
        verbose_name = _("nhật ký truy cập dữ liệu cá nhân")
        verbose_name_plural = _("nhật ký truy cập dữ liệu cá nhân")
        ordering = ["-at"]
        indexes = [models.Index(fields=["user", "-at"], name="pd_access_user_at")]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.user} – {self.get_action_display()}"

    def get_absolute_url(self) -> str:
        return reverse("admin:portal_personaldataaccess_change", args=[self.pk])
