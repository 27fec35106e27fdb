"""The leaders' weekly work schedule (lịch công tác): one row per week, its entries day by day."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ..enums import WorkWeekStatus


class WorkWeekQuerySet(models.QuerySet):
    def published(self, now=None) -> "WorkWeekQuerySet":
        """What the public may see, the one definition: published weeks whose publication time has come."""
        return self.filter(status=WorkWeekStatus.PUBLISHED, published_at__lte=now or timezone.now())


def monday_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


class WorkWeek(models.Model):
    """One week of the leaders' schedule, published as a whole."""

    starts_on = models.DateField(_("tuần bắt đầu (thứ Hai)"), unique=True)
    note = models.TextField(
        _("ghi chú"), blank=True, help_text=_("Hiện dưới lịch, ví dụ: nơi liên hệ khi có thay đổi.")
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=WorkWeekStatus.choices, default=WorkWeekStatus.DRAFT
    )
    published_at = models.DateTimeField(
        _("thời điểm đăng"), null=True, blank=True, help_text=_("Giờ Việt Nam. Để trống để đăng ngay khi bấm Đăng.")
    )
    went_live_at = models.DateTimeField(_("đã xử lý lên trang lúc"), null=True, blank=True, editable=False)
    # The last change of the week's rows after its publication (a row removed leaves no row to mark).
    adjusted_at = models.DateTimeField(_("điều chỉnh lúc"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = WorkWeekQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name=_("lịch sử lịch công tác"), excluded_fields=["went_live_at", "adjusted_at"]
    )

    class Meta:
        verbose_name = _("lịch công tác tuần")
        verbose_name_plural = _("lịch công tác")
        ordering = ["-starts_on"]
        permissions = [("publish_workweek", _("Đăng, gỡ lịch công tác"))]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=WorkWeekStatus.PUBLISHED) | Q(published_at__isnull=False),
                name="workweek_published_has_time",
            ),
            # Postgres: ISODOW of a Monday is 1 (the admin form says so in words first).
            models.CheckConstraint(condition=Q(starts_on__iso_week_day=1), name="workweek_starts_on_monday"),
        ]
        indexes = [models.Index(fields=["status", "published_at"], name="workweek_status_published")]

    def __str__(self) -> str:
        return _("Tuần %(start)s – %(end)s") % {
            "start": self.starts_on.strftime("%d/%m"),
            "end": self.ends_on.strftime("%d/%m/%Y"),
        }

    def get_absolute_url(self) -> str:
        return work_week_url(self.starts_on)

    @property
    def ends_on(self) -> datetime.date:
        return self.starts_on + datetime.timedelta(days=6)

    def clean(self) -> None:
        if self.starts_on and self.starts_on.weekday() != 0:
            raise ValidationError({"starts_on": _("Tuần phải bắt đầu vào thứ Hai.")})

    def is_public(self, now=None) -> bool:
        """``published()`` for one row already loaded."""
        return self.status == WorkWeekStatus.PUBLISHED and bool(
            self.published_at and self.published_at <= (now or timezone.now())
        )


def work_week_url(starts_on: datetime.date, name: str = "news:work_schedule_week") -> str:
    year, week, _day = starts_on.isocalendar()
    return reverse(name, kwargs={"year": year, "week": week})


class WorkEntry(models.Model):
    """One engagement of the week: when, what, where, who presides, who attends, which unit prepares it."""

    week = models.ForeignKey(WorkWeek, verbose_name=_("tuần"), on_delete=models.CASCADE, related_name="entries")
    day = models.DateField(_("ngày"))
    starts_at = models.TimeField(_("giờ"), null=True, blank=True, help_text=_("Để trống nếu cả ngày."))
    title = models.CharField(_("nội dung công việc"), max_length=500)
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)
    presiding = models.CharField(_("chủ trì"), max_length=255, blank=True)
    attendees = models.CharField(_("thành phần"), max_length=500, blank=True)
    unit_in_charge = models.CharField(_("đơn vị chuẩn bị"), max_length=255, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    # Set by news.services.schedule when the row changes after its week was published: the
    # page marks it "điều chỉnh" with this time, so readers see what moved.
    adjusted_at = models.DateTimeField(_("điều chỉnh lúc"), null=True, blank=True, editable=False)

    history = HistoricalRecords(verbose_name=_("lịch sử mục lịch công tác"))

    class Meta:
        verbose_name = _("mục lịch công tác")
        verbose_name_plural = _("các mục lịch công tác")
        ordering = ["day", "starts_at", "order", "pk"]
        indexes = [models.Index(fields=["week", "day"], name="workentry_week_day")]

    def __str__(self) -> str:
        return f"{self.day:%d/%m} {self.starts_at or ''} {self.title}".strip()

    def clean(self) -> None:
        week = getattr(self, "week", None) if self.week_id else None
        if week is not None and self.day and not week.starts_on <= self.day <= week.ends_on:
            raise ValidationError({"day": _("Ngày phải nằm trong tuần của lịch (từ thứ Hai đến Chủ nhật).")})
