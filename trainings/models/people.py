"""Who was invited to a training and whether they came."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.text import normalize_search_text

from ..enums import Attendance, ParticipantRole


def participant_person_key(*, email: str, full_name: str, unit_id: int | None) -> str:
    """What makes two rows the same person: the e-mail when there is one, else name and unit.

    The database keeps one row per key and training (``participant_one_per_person``).
    """
    if email:
        return "e:" + email.strip().casefold()
    return f"n:{normalize_search_text(full_name)}|{unit_id or ''}"


class Participant(models.Model):
    """One person on a training's list: a delegate, a speaker, an organiser, a guest, the press."""

    training = models.ForeignKey(
        "trainings.Training", verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="participants"
    )
    full_name = models.CharField(_("họ và tên"), max_length=150)
    position = models.CharField(_("chức vụ"), max_length=150, blank=True)
    unit = models.ForeignKey(
        "portal.Unit",
        verbose_name=_("đơn vị"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="training_participants",
    )
    email = models.EmailField(_("thư điện tử"), blank=True, help_text=_("Dùng để gửi thư nhắc lịch."))
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    role = models.CharField(
        _("vai trò"), max_length=20, choices=ParticipantRole.choices, default=ParticipantRole.DELEGATE
    )
    attendance = models.CharField(_("điểm danh"), max_length=20, choices=Attendance.choices, default=Attendance.UNKNOWN)
    checked_in_at = models.DateTimeField(_("có mặt lúc"), null=True, blank=True)
    remote_site = models.ForeignKey(
        "trainings.RemoteSite",
        verbose_name=_("điểm cầu"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="participants",
        help_text=_("Với đại biểu dự trực tuyến: điểm cầu nơi đại biểu tham dự."),
    )
    invitation = models.ForeignKey(
        "trainings.Invitation",
        verbose_name=_("đăng ký qua giấy mời"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="participants",
        help_text=_("Đơn vị đã tự đăng ký người này qua đường dẫn của giấy mời."),
    )
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)
    person_key = models.CharField(max_length=320, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("người tham dự")
        verbose_name_plural = _("người tham dự")
        ordering = ["training", "full_name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["training", "person_key"], name="participant_one_per_person"),
            models.CheckConstraint(
                condition=Q(checked_in_at__isnull=True) | Q(attendance=Attendance.PRESENT),
                name="participant_checkin_means_present",
            ),
        ]
        indexes = [
            models.Index(fields=["training", "unit"], name="participant_training_unit"),
            models.Index(fields=["training", "attendance"], name="participant_training_att"),
            models.Index(fields=["training", "role"], name="participant_training_role"),
        ]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs) -> None:
        # Derived column, as Unit.search_text: the key the uniqueness constraint compares.
        self.email = self.email.strip().lower()
        self.person_key = participant_person_key(email=self.email, full_name=self.full_name, unit_id=self.unit_id)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "person_key", "email"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.training.get_leaders_url() + "#diem-danh"

    def clean(self) -> None:
        if self.remote_site_id and self.training_id and self.remote_site.training_id != self.training_id:
            raise ValidationError({"remote_site": _("Điểm cầu này thuộc hội nghị khác.")})
        key = participant_person_key(email=self.email, full_name=self.full_name, unit_id=self.unit_id)
        if (
            self.training_id
            and Participant.objects.filter(training_id=self.training_id, person_key=key).exclude(pk=self.pk).exists()
        ):
            raise ValidationError(
                _("Người này đã có trong danh sách của hội nghị (trùng thư điện tử, hoặc họ tên và đơn vị).")
            )
