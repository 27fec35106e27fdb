"""Commendations: the catalogue of forms, numbered decisions, and the collectives and people they honour."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import ExtractYear, Upper
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from portal.db import VietnameseNameField
from portal.files import DocumentValidator
from portal.models import unique_slug
from portal.storage import PrivateFileField, RandomFileName
from portal.text import normalize_search_text

from .enums import (
    AchievementField,
    AwardCategory,
    AwardLevel,
    DecisionKind,
    DecisionStatus,
    FormRecipients,
    Issuer,
    RecipientKind,
)

SCHOOL_YEAR_REGEX = r"^(19|20)[0-9]{2}-(19|20)[0-9]{2}$"


def validate_school_year(value: str) -> None:
    """``2024-2025``: two years that follow each other."""
    if not re.match(SCHOOL_YEAR_REGEX, value or "") or int(value[5:]) != int(value[:4]) + 1:
        raise ValidationError(_("Năm học ghi dạng 2024-2025 (hai năm liền nhau)."), code="school_year")


def normalize_decision_number(value: str) -> str:
    """How a decision number is stored: ``125 / qđ-sgdđt`` becomes ``125/QĐ-SGDĐT``."""
    value = " ".join((value or "").split()).upper()
    return re.sub(r"\s*([/-])\s*", r"\1", value)


class AwardFormQuerySet(models.QuerySet):
    def active(self) -> "AwardFormQuerySet":
        return self.filter(is_active=True)


class AwardForm(models.Model):
    """A form of commendation (Giấy khen, Bằng khen, Lao động tiên tiến...): the catalogue decisions pick from."""

    name = VietnameseNameField(_("tên hình thức"), max_length=200, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=160, unique=True, blank=True)
    category = models.CharField(
        _("loại"),
        max_length=20,
        choices=AwardCategory.choices,
        default=AwardCategory.AWARD,
        help_text=_(
            "Danh hiệu thi đua (Lao động tiên tiến...) có thể đi kèm một hình thức khen thưởng cho cùng thành tích."
        ),
    )
    recipients = models.CharField(
        _("đối tượng"),
        max_length=20,
        choices=FormRecipients.choices,
        default=FormRecipients.BOTH,
        help_text=_("Trao cho cá nhân, tập thể hay cả hai; dùng để cảnh báo khi nhập nhầm."),
    )
    level = models.CharField(
        _("cấp khen thưởng"), max_length=20, choices=AwardLevel.choices, default=AwardLevel.DEPARTMENT
    )
    department_may_issue = models.BooleanField(
        _("Giám đốc Sở được quyết định"),
        default=False,
        help_text=_("Đánh dấu nếu Giám đốc Sở có thẩm quyền tặng hình thức này; cấp trên thì Sở chỉ đề nghị."),
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước."))
    is_active = models.BooleanField(_("đang dùng"), default=True)

    objects = AwardFormQuerySet.as_manager()

    class Meta:
        verbose_name = _("hình thức khen thưởng")
        verbose_name_plural = _("hình thức khen thưởng")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(AwardForm, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return f"{reverse('awards:index')}?hinh_thuc={self.slug}"

    def allows(self, recipient_kind: str) -> bool:
        """Whether this form may go to a recipient of ``recipient_kind`` (individual or collective)."""
        if self.recipients == FormRecipients.BOTH:
            return True
        if self.recipients == FormRecipients.INDIVIDUALS:
            return recipient_kind == RecipientKind.INDIVIDUAL
        return recipient_kind == RecipientKind.COLLECTIVE


class DecisionQuerySet(models.QuerySet):
    def published(self) -> "DecisionQuerySet":
        """What the public may see, the one definition: published and not revoked.

        Revoking sets the status to ``revoked`` (a check constraint ties the status to the
        revocation fields), so the status alone decides.
        """
        return self.filter(status=DecisionStatus.PUBLISHED)


def decision_file_path(instance: "Decision", filename: str) -> str:
    """The former upload path, named by migration 0001 (files now go to ``RandomFileName``)."""
    year = instance.signed_on.year if instance.signed_on else "khac"
    return f"awards/decisions/{year}/{filename}"


class Decision(models.Model):
    """A numbered commendation decision (quyết định khen thưởng) and its place in the workflow."""

    number = models.CharField(
        _("số quyết định"), max_length=60, help_text=_("Ví dụ: 125/QĐ-SGDĐT. Số đánh lại từ 01 mỗi năm.")
    )
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True, blank=True)
    signed_on = models.DateField(_("ngày ký"))
    issuer = models.CharField(
        _("cơ quan ban hành"), max_length=20, choices=Issuer.choices, default=Issuer.DEPARTMENT, db_index=True
    )
    signer = models.CharField(_("người ký"), max_length=150, blank=True, help_text=_("Ví dụ: Nguyễn Văn Thành."))
    signer_title = models.CharField(
        _("chức vụ người ký"), max_length=150, blank=True, help_text=_("Ví dụ: KT. Giám đốc, Phó Giám đốc.")
    )
    kind = models.CharField(
        _("loại khen thưởng"), max_length=20, choices=DecisionKind.choices, default=DecisionKind.REGULAR
    )
    school_year = models.CharField(
        _("năm học"),
        max_length=9,
        blank=True,
        validators=[validate_school_year],
        help_text=_("Ví dụ: 2024-2025. Để trống khi khen thưởng theo năm (ghi ô Năm)."),
    )
    calendar_year = models.PositiveSmallIntegerField(
        _("năm"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
        help_text=_("Khi khen thưởng cho một năm, ví dụ “công tác truyền thông năm 2017”: ghi 2017, để trống năm học."),
    )
    # The period the honour roll and the figures filter and group by: the school year, or the calendar year.
    period = models.CharField(_("năm học / năm"), max_length=9, default="", editable=False, db_index=True)
    summary = models.TextField(
        _("trích yếu"), help_text=_("Ví dụ: Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích ...")
    )
    legal_basis = models.TextField(
        _("căn cứ"), blank=True, help_text=_("Các căn cứ pháp lý ghi ở đầu quyết định, mỗi căn cứ một dòng.")
    )
    # Public with the decision once it is published; a draft's or a revoked decision's scan is for staff.
    file = PrivateFileField(
        _("bản quét quyết định (PDF)"),
        upload_to=RandomFileName("awards/decisions"),
        blank=True,
        validators=[DocumentValidator(extensions=("pdf",))],
        help_text=_(
            "Tệp PDF, tối đa 20 MB; ai cũng tải được khi quyết định đã công bố, còn bản nháp và quyết định đã thu "
            "hồi thì chỉ cán bộ tải được."
        ),
    )
    training = models.ForeignKey(
        "trainings.Training",
        verbose_name=_("trao tại hội nghị"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="award_decisions",
        help_text=_("Nếu khen thưởng được trao tại một hội nghị tập huấn."),
    )
    albums = models.ManyToManyField(
        "news.Album", verbose_name=_("album ảnh lễ trao"), blank=True, related_name="award_decisions"
    )
    videos = models.ManyToManyField(
        "news.Video", verbose_name=_("video lễ trao"), blank=True, related_name="award_decisions"
    )
    articles = models.ManyToManyField(
        "news.Article",
        verbose_name=_("tin bài về quyết định"),
        blank=True,
        related_name="award_decisions",
        help_text=_("Tin bài đưa tin về đợt khen thưởng; chỉ tin đã đăng mới hiện ra ngoài."),
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=DecisionStatus.choices, default=DecisionStatus.DRAFT, editable=False
    )
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True, editable=False)
    revoke_reason = models.TextField(_("lý do thu hồi"), blank=True, editable=False)
    revoking_number = models.CharField(
        _("số quyết định thu hồi"), max_length=60, blank=True, editable=False, help_text=_("Ví dụ: 45/QĐ-SGDĐT.")
    )
    revoking_signed_on = models.DateField(_("ngày ký quyết định thu hồi"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người nhập"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = DecisionQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("lịch sử quyết định khen thưởng"))

    class Meta:
        verbose_name = _("quyết định khen thưởng")
        verbose_name_plural = _("quyết định khen thưởng")
        ordering = ["-signed_on", "-pk"]
        permissions = [
            ("publish_decision", _("Công bố quyết định khen thưởng")),
            ("revoke_decision", _("Thu hồi quyết định khen thưởng")),
        ]
        constraints = [
            # Document numbers restart from 01 every calendar year (Decree 30/2020/NĐ-CP,
            # article 15), so a number is unique per issuer and year of signing.
            models.UniqueConstraint(
                Upper("number"),
                "issuer",
                ExtractYear("signed_on"),
                name="decision_number_unique_per_issuer_year",
                violation_error_message=_(
                    "Cơ quan ban hành này đã có một quyết định cùng số trong năm ký; "
                    "mỗi số quyết định chỉ dùng một lần. Hãy kiểm tra lại số, ngày ký hoặc cơ quan ban hành."
                ),
            ),
            models.CheckConstraint(condition=~Q(number=""), name="decision_number_not_empty"),
            models.CheckConstraint(
                condition=Q(school_year="") | Q(school_year__regex=SCHOOL_YEAR_REGEX),
                name="decision_school_year_format",
            ),
            models.CheckConstraint(
                condition=(~Q(school_year="") & Q(calendar_year__isnull=True))
                | (Q(school_year="") & Q(calendar_year__isnull=False)),
                name="decision_one_period",
                violation_error_message=_("Hãy ghi năm học hoặc năm của đợt khen thưởng, chỉ một trong hai."),
            ),
            models.CheckConstraint(
                condition=Q(status=DecisionStatus.DRAFT) | Q(published_at__isnull=False),
                name="decision_public_has_time",
            ),
            models.CheckConstraint(
                condition=~Q(status=DecisionStatus.REVOKED) | (Q(revoked_at__isnull=False) & ~Q(revoke_reason="")),
                name="decision_revoked_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(status=DecisionStatus.REVOKED) | Q(revoked_at__isnull=True),
                name="decision_revoked_at_only_when_revoked",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "signed_on"], name="decision_status_signed"),
            models.Index(fields=["school_year", "status"], name="decision_year_status"),
            models.Index(fields=["period", "status"], name="decision_period_status"),
        ]

    def __str__(self) -> str:
        return _("%(number)s ngày %(date)s") % {"number": self.number, "date": self.signed_on.strftime("%d/%m/%Y")}

    def save(self, *args, **kwargs) -> None:
        # Derived column, as Unit.search_text: the one key the filters compare.
        self.period = decision_period(school_year=self.school_year, calendar_year=self.calendar_year)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "period"}
        # The slug is set once so that the public address stays stable.
        if not self.slug:
            self.slug = unique_slug(Decision, f"{self.number} {self.signed_on.year}", exclude_pk=self.pk, max_length=90)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("awards:decision", kwargs={"slug": self.slug})

    def get_download_url(self) -> str:
        """The scan's download view, which checks who may fetch it."""
        return reverse("awards:decision_file", kwargs={"slug": self.slug})

    def clean(self) -> None:
        if bool(self.school_year) == (self.calendar_year is not None):
            raise ValidationError(_("Hãy ghi năm học hoặc năm của đợt khen thưởng, chỉ một trong hai."))

    @property
    def period_label(self) -> str:
        """ "năm học 2017-2018" or "năm 2017", as a sentence says it."""
        if self.school_year:
            return _("năm học %(year)s") % {"year": self.school_year}
        return _("năm %(year)s") % {"year": self.calendar_year}


def decision_period(*, school_year: str, calendar_year: int | None) -> str:
    """The key a decision is filed under: ``2017-2018`` for a school year, ``2017`` for a calendar year."""
    return school_year or (str(calendar_year) if calendar_year else "")


def period_label(period: str) -> str:
    """How a period key reads in a filter or a table heading."""
    if len(period) == 4:
        return _("Năm %(year)s") % {"year": period}
    return _("Năm học %(year)s") % {"year": period}


class CommendationQuerySet(models.QuerySet):
    def search(self, query: str) -> "CommendationQuerySet":
        """By recipient or unit name (with or without diacritics) or decision number; all when blank."""
        needle = normalize_search_text(query)
        if not needle:
            return self
        return self.filter(
            Q(search_name__contains=needle)
            | Q(unit__search_text__contains=needle)
            | Q(decision__number__icontains=query.strip())
        )

    def public(self) -> "CommendationQuerySet":
        """Commendations of decisions the public may see (``Decision.objects.published()``)."""
        return self.filter(decision__in=Decision.objects.published())

    def for_listing(self) -> "CommendationQuerySet":
        return self.select_related("decision", "form", "unit")


class Commendation(models.Model):
    """One collective or individual honoured by a decision, with the form and the achievement."""

    decision = models.ForeignKey(
        Decision, verbose_name=_("quyết định"), on_delete=models.CASCADE, related_name="commendations"
    )
    form = models.ForeignKey(
        AwardForm, verbose_name=_("hình thức khen thưởng"), on_delete=models.PROTECT, related_name="commendations"
    )
    recipient_kind = models.CharField(
        _("tập thể / cá nhân"), max_length=20, choices=RecipientKind.choices, default=RecipientKind.INDIVIDUAL
    )
    recipient_name = models.CharField(
        _("tên tập thể / họ và tên"),
        max_length=255,
        help_text=_("Tập thể: tên như trong quyết định (ví dụ: Trường THPT Chu Văn An). Cá nhân: họ và tên."),
    )
    position = models.CharField(_("chức vụ"), max_length=200, blank=True, help_text=_("Cá nhân: chức vụ, chức danh."))
    unit = models.ForeignKey(
        "portal.Unit",
        verbose_name=_("đơn vị"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commendations",
        help_text=_("Tập thể: chính đơn vị đó (hoặc đơn vị chứa tổ, bộ phận). Cá nhân: đơn vị công tác."),
    )
    achievement = models.TextField(
        _("thành tích"), help_text=_("Ví dụ: Đã có thành tích xuất sắc trong công tác truyền thông năm học 2024-2025.")
    )
    field = models.CharField(
        _("lĩnh vực"),
        max_length=20,
        choices=AchievementField.choices,
        blank=True,
        help_text=_("Dùng cho thống kê và để cảnh báo khen hai lần cho một thành tích."),
    )
    prize_amount = models.PositiveBigIntegerField(
        _("tiền thưởng (đồng)"), null=True, blank=True, help_text=_("Ví dụ: 702000.")
    )
    prize_in_kind = models.CharField(
        _("phần thưởng hiện vật"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: 01 máy ảnh kỹ thuật số. Có thể ghi cùng tiền thưởng."),
    )
    order = models.PositiveIntegerField(
        _("số thứ tự"), default=0, help_text=_("Thứ tự trong danh sách kèm quyết định.")
    )
    articles = models.ManyToManyField(
        "news.Article",
        verbose_name=_("gương điển hình: tin bài"),
        blank=True,
        related_name="commendations",
        help_text=_("Tin bài giới thiệu tập thể, cá nhân này; chỉ tin đã đăng mới hiện ra ngoài."),
    )
    # The name without diacritics or case (set on save): the honour roll's search and the
    # double-award check compare it.
    search_name = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = CommendationQuerySet.as_manager()
    history = HistoricalRecords(verbose_name=_("lịch sử khen thưởng"))

    class Meta:
        verbose_name = _("tập thể, cá nhân được khen")
        verbose_name_plural = _("tập thể, cá nhân được khen")
        ordering = ["decision", "recipient_kind", "order", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(recipient_name=""), name="commendation_has_recipient"),
        ]
        indexes = [
            models.Index(fields=["decision", "recipient_kind", "order"], name="commendation_decision_order"),
            models.Index(fields=["form", "recipient_kind"], name="commendation_form_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient_name} – {self.form}" if self.form_id else self.recipient_name

    def save(self, *args, **kwargs) -> None:
        self.refresh_search_name()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_name"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.decision.get_absolute_url()

    def refresh_search_name(self) -> None:
        """The derived search column; imports call it before ``bulk_create``, which skips ``save()``."""
        self.search_name = normalize_search_text(self.recipient_name)[:255]
