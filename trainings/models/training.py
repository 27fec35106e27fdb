"""A training conference and its programme: topics, speakers, agenda, remote sites."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.db import VietnameseNameField
from portal.images import IMAGE_FORMATS_HELP, CleanImageField, validate_image_upload
from portal.models import unique_slug
from portal.storage import RandomFileName
from portal.text import normalize_search_text

from ..enums import GuestRole, ReviewStatus, SessionKind, TrainingFormat, TrainingKind, TrainingStatus

validate_school_year = RegexValidator(
    r"^(19|20)\d{2}-(19|20)\d{2}$", _("Năm học ghi dạng 2024-2025."), code="school_year"
)


class TrainingQuerySet(models.QuerySet):
    def public(self) -> "TrainingQuerySet":
        """What the public may see, the one definition: trainings marked public."""
        return self.filter(is_public=True)

    def upcoming(self, now=None) -> "TrainingQuerySet":
        """Not yet over and not cancelled, soonest first."""
        return (
            self.filter(ends_at__gte=now or timezone.now())
            .exclude(status=TrainingStatus.CANCELLED)
            .order_by("starts_at")
        )

    def past(self, now=None) -> "TrainingQuerySet":
        """Over (and not cancelled), latest first."""
        return (
            self.filter(ends_at__lt=now or timezone.now())
            .exclude(status=TrainingStatus.CANCELLED)
            .order_by("-starts_at")
        )


class Training(models.Model):
    """One training conference: when, where, for whom, what was taught, what came of it."""

    title = models.CharField(_("tên hội nghị"), max_length=255)
    slug = models.SlugField(_("đường dẫn"), max_length=160, unique=True, blank=True)
    kind = models.CharField(_("loại"), max_length=20, choices=TrainingKind.choices, default=TrainingKind.TRAINING)
    second_kind = models.CharField(
        _("loại thứ hai"),
        max_length=20,
        choices=TrainingKind.choices,
        blank=True,
        help_text=_("Khi một sự kiện vừa là hội nghị vừa là tập huấn; để trống nếu chỉ có một loại."),
    )
    format = models.CharField(
        _("hình thức"), max_length=20, choices=TrainingFormat.choices, default=TrainingFormat.IN_PERSON
    )
    school_year = models.CharField(
        _("năm học"), max_length=9, validators=[validate_school_year], help_text=_("Ví dụ: 2024-2025.")
    )
    starts_at = models.DateTimeField(_("bắt đầu"))
    ends_at = models.DateTimeField(_("kết thúc"))
    venue = models.CharField(_("địa điểm"), max_length=255, blank=True)
    online_url = models.URLField(_("đường dẫn họp trực tuyến"), blank=True)
    organizer = models.ForeignKey(
        "portal.Unit",
        verbose_name=_("đơn vị tổ chức"),
        on_delete=models.PROTECT,
        related_name="trainings_organized",
    )
    co_organizers = models.ManyToManyField(
        "portal.Unit",
        verbose_name=_("đơn vị phối hợp"),
        blank=True,
        related_name="trainings_co_organized",
    )
    invited_groups = models.TextField(
        _("thành phần"),
        blank=True,
        help_text=_(
            "Các nhóm được mời, mỗi nhóm một dòng, ví dụ: Lãnh đạo các phòng, đơn vị thuộc Sở. Hiện trên trang công khai."
        ),
    )
    documents = models.ManyToManyField(
        "news.Document",
        verbose_name=_("văn bản liên quan"),
        blank=True,
        related_name="trainings",
        help_text=_("Kế hoạch, giấy mời, báo cáo trong kho văn bản; trang công khai chỉ hiện văn bản đã công khai."),
    )
    objectives = models.TextField(_("mục đích, yêu cầu"), blank=True)
    summary = models.TextField(_("tóm tắt"), blank=True, help_text=_("Hiện trên trang công khai."))
    outcomes = models.TextField(_("kết quả"), blank=True, help_text=_("Kết quả, đánh giá sau hội nghị."))
    expected_participants = models.PositiveIntegerField(_("số đại biểu dự kiến"), default=0)
    counted_attendance = models.PositiveIntegerField(
        _("số người dự đếm được, không ghi tên"),
        null=True,
        blank=True,
        help_text=_(
            "Người có mặt tại hội trường chính được đếm mà không có tên trong danh sách đại biểu; "
            "cộng vào tổng số người dự (không tính người ở điểm cầu)."
        ),
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=TrainingStatus.choices, default=TrainingStatus.PLANNED
    )
    review_status = models.CharField(
        _("trạng thái hồ sơ"), max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.NOT_SUBMITTED
    )
    is_public = models.BooleanField(
        _("công khai"),
        default=False,
        help_text=_(
            "Đánh dấu khi thông tin đã đủ để hiện trên trang công khai (không bao giờ kèm danh sách đại biểu)."
        ),
    )
    articles = models.ManyToManyField(
        "news.Article", verbose_name=_("tin bài về hội nghị"), blank=True, related_name="trainings"
    )
    albums = models.ManyToManyField("news.Album", verbose_name=_("album ảnh"), blank=True, related_name="trainings")
    videos = models.ManyToManyField("news.Video", verbose_name=_("video"), blank=True, related_name="trainings")
    organizer_email = models.EmailField(
        _("thư điện tử ban tổ chức"),
        blank=True,
        help_text=_("Nhận nhắc nhở cập nhật kết quả sau hội nghị; để trống thì dùng thư điện tử của đơn vị tổ chức."),
    )
    registration_deadline = models.DateTimeField(
        _("hạn đăng ký"),
        null=True,
        blank=True,
        help_text=_("Đường dẫn đăng ký gửi các đơn vị hết hiệu lực lúc này."),
    )
    registration_reminder_at = models.DateTimeField(
        _("nhắc đơn vị chưa đăng ký lúc"),
        null=True,
        blank=True,
        help_text=_("Một thư nhắc, gửi một lần, cho các đơn vị được mời chưa đăng ký; trước hạn đăng ký."),
    )
    registration_closed_at = models.DateTimeField(_("khoá đăng ký lúc"), null=True, blank=True, editable=False)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lãnh đạo ký duyệt"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="trainings_signed_off",
    )
    signed_off_at = models.DateTimeField(_("ký duyệt lúc"), null=True, blank=True, editable=False)
    outcomes_reminded_at = models.DateTimeField(
        _("đã nhắc cập nhật kết quả lúc"), null=True, blank=True, editable=False
    )
    # When a sweep took the organiser's nudge for sending (portal/outbox.py).
    outcomes_reminder_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Title and venue without diacritics, for the leaders' search ("truyen thong").
    search_text = models.CharField(max_length=600, blank=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = TrainingQuerySet.as_manager()

    class Meta:
        verbose_name = _("hội nghị tập huấn")
        verbose_name_plural = _("hội nghị tập huấn")
        ordering = ["-starts_at"]
        permissions = [
            ("access_leaders_area", _("Vào khu vực lãnh đạo")),
            ("sign_off_training", _("Nhận xét và ký duyệt hồ sơ hội nghị")),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="training_ends_after_start"),
            models.CheckConstraint(condition=~Q(second_kind=F("kind")), name="training_second_kind_differs"),
            models.CheckConstraint(
                condition=Q(registration_reminder_at__isnull=True)
                | Q(registration_deadline__gt=F("registration_reminder_at")),
                name="training_registration_reminder_before_deadline",
            ),
            models.CheckConstraint(
                condition=Q(review_status=ReviewStatus.SIGNED_OFF, signed_off_at__isnull=False)
                | (~Q(review_status=ReviewStatus.SIGNED_OFF) & Q(signed_off_at__isnull=True)),
                name="training_signed_off_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "starts_at"], name="training_status_start"),
            models.Index(fields=["school_year"], name="training_school_year"),
            models.Index(fields=["is_public", "ends_at"], name="training_public_ends"),
            models.Index(fields=["kind", "format"], name="training_kind_format"),
            models.Index(fields=["review_status"], name="training_review_status"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # Derived columns, as Unit does: the slug is set once (URLs stay stable), the search key always.
        if not self.slug:
            self.slug = unique_slug(Training, self.title, exclude_pk=self.pk)
        self.search_text = normalize_search_text(f"{self.title} {self.venue}")[:600]
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("trainings:detail", kwargs={"slug": self.slug})

    def get_admin_url(self) -> str:
        return reverse("admin:trainings_training_change", args=[self.pk])

    def get_leaders_url(self) -> str:
        return reverse("leaders:training", kwargs={"slug": self.slug})

    @property
    def is_online(self) -> bool:
        return self.format in {TrainingFormat.ONLINE, TrainingFormat.HYBRID}

    @property
    def kinds_display(self) -> str:
        """ "Hội nghị, Tập huấn" for an event of two kinds."""
        if not self.second_kind:
            return str(self.get_kind_display())
        return f"{self.get_kind_display()}, {str(self.get_second_kind_display()).lower()}"

    @property
    def invited_group_lines(self) -> list[str]:
        return [line.strip() for line in self.invited_groups.splitlines() if line.strip()]


class Guest(models.Model):
    """Who presided over an event, or attended as a dignitary or guest: named in public, unlike delegates."""

    training = models.ForeignKey(Training, verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="guests")
    role = models.CharField(_("vai trò"), max_length=20, choices=GuestRole.choices, default=GuestRole.GUEST)
    full_name = models.CharField(_("họ và tên"), max_length=150)
    title = models.CharField(_("chức vụ"), max_length=200, blank=True, help_text=_("Ví dụ: Thứ trưởng."))
    organization = models.CharField(
        _("cơ quan"), max_length=255, blank=True, help_text=_("Ví dụ: Bộ Giáo dục và Đào tạo.")
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("chủ trì, đại biểu khách mời")
        verbose_name_plural = _("chủ trì, đại biểu khách mời")
        ordering = ["training", "role", "order", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(full_name=""), name="guest_has_name")]

    def __str__(self) -> str:
        return ", ".join(part for part in (self.full_name, self.title, self.organization) if part)

    def get_absolute_url(self) -> str:
        return self.training.get_absolute_url() + "#chu-tri"


class Topic(models.Model):
    """A subject taught at trainings: crisis communication, spokesperson skills, social media."""

    name = VietnameseNameField(_("tên chủ đề"), max_length=200, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=210, unique=True, blank=True)
    description = models.TextField(_("mô tả"), blank=True)

    class Meta:
        verbose_name = _("chủ đề")
        verbose_name_plural = _("chủ đề")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(Topic, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("trainings:list") + f"?chu-de={self.slug}"


class Speaker(models.Model):
    """Someone who presents at trainings, often from outside the sector (a journalism centre)."""

    full_name = models.CharField(
        _("họ và tên"),
        max_length=150,
        blank=True,
        help_text=_("Để trống khi chỉ biết cơ quan, ví dụ: cán bộ Trung tâm Bồi dưỡng nghiệp vụ Báo chí."),
    )
    title = models.CharField(
        _("học hàm, chức danh"), max_length=150, blank=True, help_text=_("Ví dụ: ThS., Nhà báo, Phó Giám đốc.")
    )
    organization = models.CharField(_("cơ quan công tác"), max_length=255, blank=True)
    bio = models.TextField(_("giới thiệu ngắn"), blank=True, help_text=_("Hiện trên trang công khai."))
    photo = CleanImageField(
        _("ảnh chân dung"),
        upload_to=RandomFileName("trainings/speakers"),
        max_length=255,
        blank=True,
        validators=[validate_image_upload],
        help_text=IMAGE_FORMATS_HELP,
    )
    email = models.EmailField(
        _("thư điện tử"), blank=True, help_text=_("Không công khai; dùng để gửi nhắc lịch báo cáo viên.")
    )
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True, help_text=_("Không công khai."))
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("báo cáo viên")
        verbose_name_plural = _("báo cáo viên")
        ordering = ["full_name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(full_name="") | ~Q(organization=""),
                name="speaker_named_or_organization",
                violation_error_message=_("Hãy ghi họ tên báo cáo viên, hoặc ít nhất cơ quan công tác."),
            )
        ]

    def __str__(self) -> str:
        if not self.full_name:
            return str(_("Cán bộ %(organization)s") % {"organization": self.organization})
        return f"{self.title} {self.full_name}".strip()


class Session(models.Model):
    """One item of the agenda: a talk, a discussion, Q&A or a paper, at its time."""

    training = models.ForeignKey(
        Training, verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="sessions"
    )
    starts_at = models.DateTimeField(_("bắt đầu"))
    ends_at = models.DateTimeField(_("kết thúc"), null=True, blank=True)
    title = models.CharField(_("nội dung"), max_length=255)
    kind = models.CharField(_("hình thức"), max_length=20, choices=SessionKind.choices, default=SessionKind.TALK)
    topic = models.ForeignKey(
        Topic, verbose_name=_("chủ đề"), on_delete=models.PROTECT, null=True, blank=True, related_name="sessions"
    )
    speakers = models.ManyToManyField(Speaker, verbose_name=_("người trình bày"), blank=True, related_name="sessions")
    description = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("mục chương trình")
        verbose_name_plural = _("chương trình")
        ordering = ["training", "starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")), name="session_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.training.get_absolute_url() + f"#muc-{self.pk}"


# A site's count may run over its expected number (a whole school came), but not ten times over:
# that is a typing slip (an extra zero) that would swamp every total.
REMOTE_SITE_OVERRUN_FACTOR = 10


class RemoteSite(models.Model):
    """An online meeting point (điểm cầu) where a unit gathers its people in front of a screen.

    Its people are counted, not named: ``head_count`` adds to every attendance total, and the
    units it served (``served_units``, besides its host ``unit``) count as having attended.
    """

    training = models.ForeignKey(
        Training, verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="remote_sites"
    )
    name = models.CharField(_("tên điểm cầu"), max_length=200)
    unit = models.ForeignKey(
        "portal.Unit",
        verbose_name=_("đơn vị chủ trì điểm cầu"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="remote_sites",
    )
    served_units = models.ManyToManyField(
        "portal.Unit",
        verbose_name=_("các đơn vị dự tại điểm cầu"),
        blank=True,
        related_name="remote_sites_served",
        help_text=_("Đơn vị có người theo dõi hội nghị tại điểm cầu này, ngoài đơn vị chủ trì điểm cầu."),
    )
    expected_count = models.PositiveIntegerField(_("số người dự kiến"), default=0)
    head_count = models.PositiveIntegerField(
        _("số người có mặt (đếm tại điểm cầu)"),
        null=True,
        blank=True,
        help_text=_("Điểm danh theo số người đếm được tại điểm cầu; để trống khi chưa báo số."),
    )
    counted_at = models.DateTimeField(_("báo số lúc"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("điểm cầu")
        verbose_name_plural = _("điểm cầu")
        ordering = ["training", "name"]
        constraints = [
            models.UniqueConstraint(fields=["training", "name"], name="remote_site_unique_name"),
            models.CheckConstraint(
                condition=Q(head_count__isnull=True)
                | Q(expected_count=0)
                | Q(head_count__lte=F("expected_count") * REMOTE_SITE_OVERRUN_FACTOR),
                name="remote_site_head_count_plausible",
                violation_error_message=_(
                    "Số người có mặt tại điểm cầu vượt quá 10 lần số dự kiến; hãy kiểm tra lại số đã nhập."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return self.training.get_leaders_url() + "#diem-cau"

    def clean(self) -> None:
        problem = remote_site_head_count_problem(head_count=self.head_count, expected_count=self.expected_count)
        if problem:
            raise ValidationError({"head_count": problem})


def remote_site_head_count_problem(*, head_count: int | None, expected_count: int) -> str:
    """What is wrong with a site's head count, in Vietnamese, or "" (the admin and the service share it)."""
    if head_count is None:
        return ""
    if head_count < 0:
        return _("Số người có mặt không thể âm.")
    if expected_count and head_count > expected_count * REMOTE_SITE_OVERRUN_FACTOR:
        return _(
            "Số người có mặt (%(count)s) vượt quá 10 lần số dự kiến (%(expected)s); hãy kiểm tra lại số đã nhập."
        ) % {"count": head_count, "expected": expected_count}
    return ""
