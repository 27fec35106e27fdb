"""What the rules ask a state agency's portal to publish about itself (Decree 42/2022/NĐ-CP).

Pages about the department (functions and duties...), its leaders, its offices with their
contacts, its spokespersons and press briefings (Decree 09/2017/NĐ-CP), and the links to
other agencies' portals. Texts shown on the English pages have an ``_en`` sibling field
(``portal.i18n.localized`` falls back to Vietnamese when it is empty).
"""

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..enums import AgencyLinkGroup, BannerSlot, SpokespersonRole
from ..images import IMAGE_FORMATS_HELP, CleanImageField, validate_image_upload
from ..richtext import RichTextField
from ..storage import RandomFileName
from .core import unique_slug


class PublishedQuerySet(models.QuerySet):
    def published(self):
        """What the public may see of these pages: the rows ticked as shown."""
        return self.filter(is_published=True)


class ActiveQuerySet(models.QuerySet):
    def active(self):
        """People and offices in post: the rows ticked as active."""
        return self.filter(is_active=True)


# Paths under /gioi-thieu/ (and /en/about/) that fixed pages use; a page's slug may not take them.
ABOUT_RESERVED_SLUGS = ("co-cau-to-chuc", "lanh-dao-so", "organisation-chart", "leadership")


class AboutPage(models.Model):
    """A page of the "Giới thiệu" section written in the admin: functions and duties, history..."""

    title = models.CharField(_("tiêu đề"), max_length=255)
    title_en = models.CharField(_("tiêu đề (tiếng Anh)"), max_length=255, blank=True)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=140,
        unique=True,
        blank=True,
        help_text=_("Tạo từ tiêu đề khi lưu lần đầu và giữ nguyên sau đó, để đường dẫn đã chia sẻ không hỏng."),
    )
    body = RichTextField(_("nội dung"))
    body_en = RichTextField(
        _("nội dung (tiếng Anh)"), blank=True, help_text=_("Để trống thì trang tiếng Anh hiện nội dung tiếng Việt.")
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước."))
    is_published = models.BooleanField(_("hiện trên trang"), default=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        verbose_name = _("trang giới thiệu")
        verbose_name_plural = _("trang giới thiệu")
        ordering = ["order", "title"]
        constraints = [
            models.CheckConstraint(condition=~Q(slug__in=ABOUT_RESERVED_SLUGS), name="about_page_slug_not_reserved"),
        ]
        indexes = [models.Index(fields=["is_published", "order"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(AboutPage, self.title, exclude_pk=self.pk, reserved=ABOUT_RESERVED_SLUGS)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("organisation:page", kwargs={"slug": self.slug})


def leader_photo_path(instance: "Leader", filename: str) -> str:
    """The former upload path of leaders' photos, named by migration 0003 (now ``RandomFileName``)."""
    return f"organisation/leaders/{filename}"


class Leader(models.Model):
    """A member of the department's leadership (Giám đốc, Phó Giám đốc) as the public sees them."""

    full_name = models.CharField(_("họ và tên"), max_length=150)
    position = models.CharField(_("chức vụ"), max_length=150, help_text=_("Ví dụ: Phó Giám đốc Sở."))
    position_en = models.CharField(
        _("chức vụ (tiếng Anh)"), max_length=150, blank=True, help_text=_("Ví dụ: Deputy Director.")
    )
    duties = models.TextField(
        _("lĩnh vực phụ trách"), blank=True, help_text=_("Văn bản thường; mỗi lĩnh vực một dòng.")
    )
    duties_en = models.TextField(_("lĩnh vực phụ trách (tiếng Anh)"), blank=True)
    photo = CleanImageField(
        _("ảnh chân dung"),
        upload_to=RandomFileName("organisation/leaders"),
        max_length=255,
        blank=True,
        validators=[validate_image_upload],
        help_text=IMAGE_FORMATS_HELP,
    )
    photo_renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True, editable=False)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước: Giám đốc trước."))
    is_active = models.BooleanField(_("đang đương nhiệm"), default=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("lãnh đạo Sở")
        verbose_name_plural = _("lãnh đạo Sở")
        ordering = ["order", "full_name"]
        indexes = [models.Index(fields=["is_active", "order"])]

    def __str__(self) -> str:
        return f"{self.full_name} – {self.position}"

    def get_absolute_url(self) -> str:
        return reverse("organisation:leaders") + f"#lanh-dao-{self.pk}"

    @property
    def monogram(self) -> str:
        """The initial of the given name (the last word in Vietnamese), shown while there is no photo."""
        words = self.full_name.split()
        return words[-1][0].upper() if words else ""

    @property
    def photo_small(self) -> dict | None:
        """URLs of the 400-pixel rendition (``{"webp": ..., "jpg": ...}``), or None before the task made it."""
        for size in self.photo_renditions.get("sizes", []):
            if size.get("w") == 400:
                return {"webp": default_storage.url(size["webp"]), "jpg": default_storage.url(size["jpg"])}
        return None


class Office(models.Model):
    """An office or division of the department (Văn phòng, Phòng Giáo dục Trung học...) and its contacts."""

    name = models.CharField(_("tên phòng"), max_length=255)
    name_en = models.CharField(_("tên phòng (tiếng Anh)"), max_length=255, blank=True)
    head_name = models.CharField(_("người đứng đầu"), max_length=150, blank=True)
    head_title = models.CharField(
        _("chức vụ người đứng đầu"), max_length=150, blank=True, help_text=_("Ví dụ: Chánh Văn phòng, Trưởng phòng.")
    )
    head_title_en = models.CharField(_("chức vụ người đứng đầu (tiếng Anh)"), max_length=150, blank=True)
    duties = models.TextField(_("nhiệm vụ chính"), blank=True, help_text=_("Văn bản thường, vài dòng."))
    duties_en = models.TextField(_("nhiệm vụ chính (tiếng Anh)"), blank=True)
    location = models.CharField(_("nơi làm việc"), max_length=255, blank=True, help_text=_("Ví dụ: Tầng 2, nhà A."))
    location_en = models.CharField(_("nơi làm việc (tiếng Anh)"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước."))
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("phòng chuyên môn")
        verbose_name_plural = _("phòng chuyên môn")
        ordering = ["order", "name"]
        indexes = [models.Index(fields=["is_active", "order"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation:contact") + f"#phong-{self.pk}"


class Spokesperson(models.Model):
    """Who speaks to the press for the department, and how journalists reach them."""

    full_name = models.CharField(_("họ và tên"), max_length=150)
    role = models.CharField(
        _("vai trò"), max_length=20, choices=SpokespersonRole.choices, default=SpokespersonRole.SPOKESPERSON
    )
    position = models.CharField(_("chức vụ"), max_length=150, help_text=_("Ví dụ: Giám đốc Sở."))
    position_en = models.CharField(_("chức vụ (tiếng Anh)"), max_length=150, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    appointment = models.CharField(
        _("văn bản giao nhiệm vụ"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Quyết định số 125/QĐ-SGDĐT ngày 10/01/2026 của Giám đốc Sở."),
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước."))
    is_active = models.BooleanField(_("đang được giao"), default=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("người phát ngôn")
        verbose_name_plural = _("người phát ngôn")
        ordering = ["order", "full_name"]
        indexes = [models.Index(fields=["is_active", "order"])]

    def __str__(self) -> str:
        return f"{self.full_name} – {self.get_role_display()}"

    def get_absolute_url(self) -> str:
        return reverse("portal:spokesperson") + f"#nguoi-phat-ngon-{self.pk}"


class PressBriefing(models.Model):
    """A press briefing (họp báo) on the department's calendar, announced ahead and kept afterwards."""

    title = models.CharField(_("nội dung họp báo"), max_length=255)
    starts_at = models.DateTimeField(_("bắt đầu lúc"), help_text=_("Giờ Việt Nam."))
    ends_at = models.DateTimeField(_("kết thúc lúc"), null=True, blank=True)
    venue = models.CharField(_("địa điểm"), max_length=255)
    description = models.TextField(
        _("thông tin thêm"), blank=True, help_text=_("Văn bản thường: thành phần, đăng ký...")
    )
    spokesperson = models.ForeignKey(
        Spokesperson,
        verbose_name=_("người chủ trì"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="briefings",
    )
    is_cancelled = models.BooleanField(_("đã hủy"), default=False, help_text=_("Buổi họp báo vẫn hiện, ghi rõ đã hủy."))
    is_published = models.BooleanField(_("hiện trên trang"), default=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        verbose_name = _("buổi họp báo")
        verbose_name_plural = _("lịch họp báo")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="press_briefing_ends_after_start",
                violation_error_message=_("Giờ kết thúc phải sau giờ bắt đầu."),
            ),
        ]
        indexes = [models.Index(fields=["is_published", "starts_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("portal:press_briefings") + f"#hop-bao-{self.pk}"


class AgencyLink(models.Model):
    """A link to another agency's portal (the ministry, the province...), shown in every page's footer."""

    name = models.CharField(_("tên cơ quan"), max_length=255)
    name_en = models.CharField(_("tên cơ quan (tiếng Anh)"), max_length=255, blank=True)
    url = models.URLField(_("địa chỉ trang"), unique=True, help_text=_("Ví dụ: https://moet.gov.vn."))
    group = models.CharField(
        _("nhóm"), max_length=20, choices=AgencyLinkGroup.choices, default=AgencyLinkGroup.OTHER, db_index=True
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước trong nhóm."))
    is_active = models.BooleanField(_("đang hiện"), default=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("liên kết website")
        verbose_name_plural = _("liên kết website")
        ordering = ["group", "order", "name"]
        constraints = [
            # Every page shows these links: only web addresses, never javascript: or data: URLs.
            models.CheckConstraint(
                condition=Q(url__startswith="https://") | Q(url__startswith="http://"),
                name="agency_link_url_is_web_address",
            ),
        ]
        indexes = [models.Index(fields=["is_active", "group", "order"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return self.url


class BannerQuerySet(models.QuerySet):
    def published(self, now=None) -> "BannerQuerySet":
        """What the public sees, the one definition: active, started, not yet ended; a banner
        vanishes at its minute whether or not a worker runs."""
        now = now or timezone.now()
        return self.filter(is_active=True, starts_at__lte=now).filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))


class Banner(models.Model):
    """A campaign banner or a link to an online public service, in a slot of the home page."""

    title = models.CharField(_("tiêu đề"), max_length=200)
    image = CleanImageField(
        _("ảnh"),
        upload_to=RandomFileName("banners/%Y"),
        max_length=255,
        width_field="image_width",
        height_field="image_height",
        validators=[validate_image_upload],
        help_text=IMAGE_FORMATS_HELP,
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    alt = models.CharField(
        _("mô tả ảnh (alt)"), max_length=255, help_text=_("Bắt buộc: nội dung của ảnh cho người khiếm thị.")
    )
    url = models.URLField(_("liên kết"), help_text=_("Ví dụ: https://dichvucong.gov.vn."))
    slot = models.CharField(_("vị trí"), max_length=10, choices=BannerSlot.choices, default=BannerSlot.SIDE)
    starts_at = models.DateTimeField(_("hiện từ"), default=timezone.now)
    ends_at = models.DateTimeField(_("hiện đến"), null=True, blank=True, help_text=_("Để trống nếu hiện lâu dài."))
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước trong vị trí."))
    is_active = models.BooleanField(_("đang dùng"), default=True)

    objects = BannerQuerySet.as_manager()

    class Meta:
        verbose_name = _("banner")
        verbose_name_plural = _("banner")
        ordering = ["slot", "order", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(alt=""), name="banner_has_alt"),
            models.CheckConstraint(
                condition=Q(url__startswith="https://") | Q(url__startswith="http://"),
                name="banner_url_is_web_address",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=F("starts_at")), name="banner_ends_after_start"
            ),
        ]
        indexes = [models.Index(fields=["is_active", "starts_at"], name="banner_active_start")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.url

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Thời điểm kết thúc phải sau thời điểm bắt đầu.")})
