"""Reminders by e-mail before a training, and one delivery row per person and reminder.

Scheduled work is rows (docs/conventions.md, Tasks): a reminder is due when the training's start
minus ``hours_before`` has passed; the beat sweep plans its deliveries, then sends each
pending delivery inside a transaction that holds its row lock and records ``sent`` before
committing. The unique (reminder, email) row is what makes "exactly once per person".
"""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..enums import DeliveryStatus, ReminderAudience, ReminderStatus


class Reminder(models.Model):
    """Send an e-mail with the calendar invitation so many hours before the training starts."""

    training = models.ForeignKey(
        "trainings.Training", verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="reminders"
    )
    hours_before = models.PositiveIntegerField(
        _("gửi trước (giờ)"), help_text=_("Số giờ trước giờ khai mạc: 72 là 3 ngày, 2 là 2 giờ.")
    )
    audience = models.CharField(
        _("gửi cho"), max_length=20, choices=ReminderAudience.choices, default=ReminderAudience.BOTH
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=ReminderStatus.choices, default=ReminderStatus.PENDING, editable=False
    )
    processed_at = models.DateTimeField(_("xử lý lúc"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("thư nhắc lịch")
        verbose_name_plural = _("thư nhắc lịch")
        ordering = ["training", "-hours_before"]
        constraints = [
            models.UniqueConstraint(fields=["training", "hours_before", "audience"], name="reminder_unique"),
            models.CheckConstraint(condition=Q(hours_before__gte=1), name="reminder_at_least_an_hour"),
        ]
        indexes = [
            models.Index(fields=["training"], condition=Q(status="pending"), name="reminder_pending"),
        ]

    def __str__(self) -> str:
        hours = self.hours_before
        if hours % 24 == 0:
            return _("Trước %(days)s ngày") % {"days": hours // 24}
        return _("Trước %(hours)s giờ") % {"hours": hours}

    def get_absolute_url(self) -> str:
        return reverse("admin:trainings_training_change", args=[self.training_id])


class ReminderDelivery(models.Model):
    """One reminder to one person: claimed by a sweep, sent, then marked sent (portal/outbox.py)."""

    reminder = models.ForeignKey(
        Reminder, verbose_name=_("thư nhắc"), on_delete=models.CASCADE, related_name="deliveries"
    )
    email = models.EmailField(_("thư điện tử"))
    name = models.CharField(_("người nhận"), max_length=150)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("số lần thử"), default=0)
    next_attempt_at = models.DateTimeField(_("thử lại lúc"), null=True, blank=True)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)
    claimed_at = models.DateTimeField(
        _("đang gửi từ lúc"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Một lượt quét đang gửi thư này; quá 10 phút mà chưa xong thì lượt sau gửi lại."),
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("lượt gửi thư nhắc")
        verbose_name_plural = _("lượt gửi thư nhắc")
        ordering = ["reminder", "name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["reminder", "email"], name="reminder_delivery_once_per_person"),
            models.CheckConstraint(
                condition=Q(status=DeliveryStatus.SENT, sent_at__isnull=False)
                | (~Q(status=DeliveryStatus.SENT) & Q(sent_at__isnull=True)),
                name="reminder_delivery_sent_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["next_attempt_at"], condition=Q(status="pending"), name="reminder_delivery_due"),
            models.Index(fields=["status"], name="reminder_delivery_status"),
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    def get_absolute_url(self) -> str:
        return reverse("admin:trainings_reminderdelivery_change", args=[self.pk])
