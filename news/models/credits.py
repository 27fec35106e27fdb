"""Who an article credits (contributors, with or without an account) and the royalties (nhuận bút) paid for it."""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import CreditKind, RoyaltyPeriodStatus


def _number(value: Decimal) -> str:
    """A coefficient as Vietnamese write it: ``2,5``, ``3``."""
    return f"{Decimal(value).normalize():f}".replace(".", ",")


class Contributor(models.Model):
    """A person credited for work: most are teachers at schools who send articles without an account."""

    full_name = models.CharField(_("họ và tên"), max_length=150)
    pen_name = models.CharField(
        _("bút danh"), max_length=150, blank=True, help_text=_("Tên hiện dưới bài; để trống thì dùng họ và tên.")
    )
    unit = models.ForeignKey(
        "portal.Unit",
        verbose_name=_("đơn vị"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="contributors",
    )
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contributor",
        help_text=_("Tài khoản của chính người này, nếu có; cộng tác viên gửi bài qua thư thì để trống."),
    )
    is_active = models.BooleanField(_("đang cộng tác"), default=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("tác giả, cộng tác viên")
        verbose_name_plural = _("tác giả, cộng tác viên")
        ordering = ["full_name", "pk"]
        indexes = [models.Index(fields=["full_name", "unit"], name="contributor_name_unit")]

    def __str__(self) -> str:
        unit = self.unit.short_name or self.unit.name if self.unit_id and self.unit else ""
        return f"{self.full_name} ({unit})" if unit else self.full_name

    def get_absolute_url(self) -> str:
        return reverse("admin:news_contributor_change", args=[self.pk])

    @property
    def byline_name(self) -> str:
        return self.pen_name or self.full_name


class RoyaltyRate(models.Model):
    """One row of the department's royalty table: a kind of work and its range of coefficients (hệ số)."""

    kind = models.CharField(_("loại tác phẩm"), max_length=20, choices=CreditKind.choices)
    label = models.CharField(_("tên mức"), max_length=200, help_text=_("Ví dụ: Tin ngắn, Bài phóng sự, Ảnh tin."))
    min_coefficient = models.DecimalField(_("hệ số thấp nhất"), max_digits=6, decimal_places=2)
    max_coefficient = models.DecimalField(_("hệ số cao nhất"), max_digits=6, decimal_places=2)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đang áp dụng"), default=True)

    class Meta:
        verbose_name = _("khung hệ số nhuận bút")
        verbose_name_plural = _("khung hệ số nhuận bút")
        ordering = ["kind", "order", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(min_coefficient__gt=0), name="royalty_rate_min_positive"),
            models.CheckConstraint(
                condition=Q(max_coefficient__gte=F("min_coefficient")), name="royalty_rate_max_not_below_min"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.label} ({_number(self.min_coefficient)}–{_number(self.max_coefficient)})"

    def get_absolute_url(self) -> str:
        return reverse("admin:news_royaltyrate_change", args=[self.pk])


class Credit(models.Model):
    """A contributor's part in an article: kind of work, share, and the editor's grade (hệ số) for the royalty."""

    article = models.ForeignKey(
        "news.Article", verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="credits"
    )
    contributor = models.ForeignKey(
        Contributor, verbose_name=_("tác giả"), on_delete=models.PROTECT, related_name="credits"
    )
    kind = models.CharField(_("loại tác phẩm"), max_length=20, choices=CreditKind.choices, default=CreditKind.TEXT)
    share = models.DecimalField(
        _("tỷ lệ (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(100),
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(Decimal(100))],
        help_text=_("Phần của người này trong loại tác phẩm đó; các tỷ lệ cùng loại cộng lại đủ 100."),
    )
    rate = models.ForeignKey(
        RoyaltyRate,
        verbose_name=_("khung hệ số"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="credits",
    )
    coefficient = models.DecimalField(_("hệ số"), max_digits=6, decimal_places=2, null=True, blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người chấm"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    graded_at = models.DateTimeField(_("chấm lúc"), null=True, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("tác giả của bài")
        verbose_name_plural = _("tác giả của bài")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "contributor", "kind"], name="credit_once_per_kind"),
            models.CheckConstraint(condition=Q(share__gt=0, share__lte=100), name="credit_share_in_range"),
            models.CheckConstraint(
                condition=Q(coefficient__isnull=True) | Q(coefficient__gt=0, rate__isnull=False),
                name="credit_grade_has_rate",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contributor} – {self.get_kind_display()}"


class RoyaltyPeriod(models.Model):
    """A month's royalty statement: the value of one coefficient unit, and its way to approval and payment.

    The lines are not stored: ``news.selectors.royalties.royalty_statement`` computes them from
    the graded credits of the articles that went live in the month; approval freezes those grades.
    """

    month = models.DateField(_("tháng"), unique=True, help_text=_("Ngày đầu tháng."))
    unit_value = models.DecimalField(
        _("giá trị một hệ số (đồng)"),
        max_digits=12,
        decimal_places=0,
        help_text=_("Theo quy chế chi nhuận bút của Sở, ví dụ 100000."),
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=RoyaltyPeriodStatus.choices, default=RoyaltyPeriodStatus.DRAFT
    )
    note = models.TextField(_("ghi chú"), blank=True)
    # What the leader is asked to approve: a digest of every line at submission; an approval
    # of a statement whose lines changed since is refused.
    submitted_digest = models.CharField(max_length=64, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người lập"), on_delete=models.PROTECT, related_name="+"
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người trình"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("trình lúc"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lãnh đạo duyệt"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    paid_at = models.DateTimeField(_("chi trả lúc"), null=True, blank=True)
    # The leaders' mail about a submitted statement (portal/outbox.py): sent once per submission.
    leaders_mailed_at = models.DateTimeField(_("đã báo lãnh đạo lúc"), null=True, blank=True, editable=False)
    leaders_mail_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), default=timezone.now)

    class Meta:
        verbose_name = _("kỳ nhuận bút")
        verbose_name_plural = _("kỳ nhuận bút")
        ordering = ["-month"]
        permissions = [
            ("grade_credit", _("Chấm hệ số nhuận bút")),
            ("approve_royaltyperiod", _("Duyệt bảng nhuận bút")),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(unit_value__gt=0), name="royalty_period_unit_value_positive"),
            models.CheckConstraint(condition=Q(month__day=1), name="royalty_period_first_of_month"),
        ]

    def __str__(self) -> str:
        return _("Nhuận bút tháng %(month)s") % {"month": self.month.strftime("%m/%Y")}

    def get_absolute_url(self) -> str:
        return reverse("admin:news_royaltyperiod_change", args=[self.pk])

    @property
    def is_frozen(self) -> bool:
        return self.status in (RoyaltyPeriodStatus.APPROVED, RoyaltyPeriodStatus.PAID)


def royalty_amount(*, coefficient: Decimal, share: Decimal, unit_value: Decimal) -> Decimal:
    """One line of a statement in whole đồng: coefficient × share % × unit value, half rounded up as accounting does."""
    return (coefficient * share / Decimal(100) * unit_value).quantize(Decimal(1), rounding=ROUND_HALF_UP)


class RoyaltyAdjustment(models.Model):
    """A correction paid in a later statement (more or less than was paid): an approved statement is never edited."""

    period = models.ForeignKey(
        RoyaltyPeriod,
        verbose_name=_("kỳ chi trả"),
        on_delete=models.PROTECT,
        related_name="adjustments",
        help_text=_("Bảng nhuận bút (chưa duyệt) ghi khoản điều chỉnh này."),
    )
    contributor = models.ForeignKey(
        Contributor, verbose_name=_("tác giả"), on_delete=models.PROTECT, related_name="royalty_adjustments"
    )
    article = models.ForeignKey(
        "news.Article",
        verbose_name=_("bài viết"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    amount = models.DecimalField(
        _("số tiền (đồng)"), max_digits=12, decimal_places=0, help_text=_("Số âm để trừ khoản đã chi thừa.")
    )
    reason = models.CharField(_("lý do"), max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người lập"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("lập lúc"), default=timezone.now)

    class Meta:
        verbose_name = _("khoản điều chỉnh nhuận bút")
        verbose_name_plural = _("khoản điều chỉnh nhuận bút")
        ordering = ["period", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(amount=0), name="royalty_adjustment_not_zero")]

    def __str__(self) -> str:
        return f"{self.contributor} – {self.amount} – {self.reason}"

    def get_absolute_url(self) -> str:
        return reverse("admin:news_royaltyperiod_statement", args=[self.period_id])
