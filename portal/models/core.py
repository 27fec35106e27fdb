"""Models every app shares: users, the tree of units, the site profile and the worker heartbeat."""

import datetime

from django.contrib.auth.models import AbstractUser
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..db import VietnameseNameField
from ..enums import UnitKind
from ..text import normalize_search_text, slugify


class UnitQuerySet(models.QuerySet):
    def active(self) -> "UnitQuerySet":
        return self.filter(is_active=True)

    def valid_on(self, day: datetime.date) -> "UnitQuerySet":
        """Units that existed on ``day``: the tree as it stood then (before or after a reform)."""
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )

    def valid_during(self, first: datetime.date, last: datetime.date) -> "UnitQuerySet":
        """Units that existed on at least one day from ``first`` to ``last``."""
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=last)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=first)
        )


class UnitType(models.Model):
    """A kind of unit, edited in the admin: reforms add kinds (a commune's people's committee) and retire others."""

    code = models.SlugField(
        _("mã loại"), max_length=20, unique=True, help_text=_("Dùng trong tệp nhập và báo cáo; không đổi sau khi tạo.")
    )
    name = models.CharField(_("tên loại"), max_length=150)
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước."))
    reports_attendance = models.BooleanField(
        _("theo dõi việc cử người dự"),
        default=False,
        help_text=_("Đơn vị loại này được liệt kê khi không có người dự hội nghị nào trong năm."),
    )
    is_active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        verbose_name = _("loại đơn vị")
        verbose_name_plural = _("loại đơn vị")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("admin:portal_unittype_change", args=[self.pk])


class Unit(models.Model):
    """A unit of the sector: the department, a district bureau, a school, a newspaper."""

    name = VietnameseNameField(_("tên đơn vị"), max_length=255)
    name_en = models.CharField(
        _("tên tiếng Anh"),
        max_length=255,
        blank=True,
        help_text=_("Hiện trên các trang tiếng Anh (sơ đồ tổ chức); để trống thì dùng tên tiếng Việt."),
    )
    short_name = models.CharField(_("tên viết tắt"), max_length=100, blank=True)
    code = models.CharField(
        _("mã đơn vị"),
        max_length=50,
        blank=True,
        help_text=_("Mã dùng khi nhập danh sách từ Excel, ví dụ mã trường trên hệ thống quản lý ngành."),
    )
    slug = models.SlugField(_("đường dẫn"), max_length=140, unique=True, blank=True)
    # The code of a UnitType row (the table the admin edits); UnitKind names the kinds code relies on.
    kind = models.CharField(
        _("loại đơn vị"), max_length=20, default=UnitKind.SCHOOL, help_text=_("Mã một loại trong danh mục loại đơn vị.")
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    website = models.URLField(_("trang thông tin"), blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước."))
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    valid_from = models.DateField(
        _("hoạt động từ ngày"), null=True, blank=True, help_text=_("Để trống nếu có từ trước khi dùng cổng.")
    )
    valid_to = models.DateField(
        _("hoạt động đến ngày"),
        null=True,
        blank=True,
        help_text=_("Ngày cuối cùng đơn vị tồn tại (giải thể, sáp nhập, chia tách); để trống khi còn hoạt động."),
    )
    successors = models.ManyToManyField(
        "self",
        verbose_name=_("đơn vị kế thừa"),
        through="UnitSuccession",
        through_fields=("predecessor", "successor"),
        symmetrical=False,
        blank=True,
        related_name="predecessors",
    )
    search_text = models.CharField(max_length=400, blank=True, editable=False, db_index=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code"], condition=~Q(code=""), name="unit_code_unique"),
            models.CheckConstraint(condition=~Q(parent=models.F("pk")), name="unit_not_own_parent"),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_to__gte=models.F("valid_from")),
                name="unit_valid_to_after_from",
                violation_error_message=_("Ngày kết thúc hoạt động phải sau ngày bắt đầu."),
            ),
        ]
        indexes = [models.Index(fields=["kind", "is_active"]), models.Index(fields=["valid_from", "valid_to"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        # Derived columns: the slug is set once (URLs stay stable), the search key always.
        if not self.slug:
            self.slug = unique_slug(Unit, self.name, exclude_pk=self.pk)
        # Cut to its column: a long name, short name and code together can pass its 400 characters.
        self.search_text = normalize_search_text(f"{self.name} {self.short_name} {self.code}")[:400]
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("portal:unit_detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        if self.kind and not UnitType.objects.filter(code=self.kind).exists():
            raise ValidationError({"kind": _("Loại đơn vị “%(kind)s” không có trong danh mục.") % {"kind": self.kind}})


class UnitSuccession(models.Model):
    """One line of a unit's lineage: on ``on``, ``predecessor``'s work passed to ``successor``.

    A merger is several predecessors of one successor; a split one predecessor of several.
    """

    predecessor = models.ForeignKey(
        Unit, verbose_name=_("đơn vị cũ"), on_delete=models.CASCADE, related_name="succession_as_predecessor"
    )
    successor = models.ForeignKey(
        Unit, verbose_name=_("đơn vị kế thừa"), on_delete=models.PROTECT, related_name="succession_as_successor"
    )
    on = models.DateField(_("từ ngày"), help_text=_("Ngày đơn vị kế thừa nhận nhiệm vụ, ví dụ 01/07/2025."))
    note = models.CharField(_("căn cứ"), max_length=255, blank=True, help_text=_("Ví dụ: Nghị quyết số ..."))

    class Meta:
        verbose_name = _("kế thừa đơn vị")
        verbose_name_plural = _("kế thừa đơn vị")
        ordering = ["on", "predecessor", "successor"]
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="unit_succession_once"),
            models.CheckConstraint(condition=~Q(predecessor=models.F("successor")), name="unit_succession_not_itself"),
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor}"

    def get_absolute_url(self) -> str:
        return reverse("admin:portal_unit_change", args=[self.predecessor_id])


def unique_slug(
    model: type[models.Model], value: str, *, exclude_pk=None, max_length: int = 120, reserved=frozenset()
) -> str:
    """A slug of ``value`` not yet used by ``model``: ``truong-thpt-a``, then ``truong-thpt-a-2``.

    ``reserved`` slugs count as taken (paths that a fixed page of the same prefix uses).
    """
    base = slugify(value, max_length=max_length) or "muc"
    taken = set(
        model._default_manager.filter(slug__startswith=base).exclude(pk=exclude_pk).values_list("slug", flat=True)
    ) | set(reserved)
    slug, counter = base, 2
    while slug in taken:
        slug = f"{base}-{counter}"
        counter += 1
    return slug


class User(AbstractUser):
    """A member of staff or a leader: their unit, position and phone beside Django's fields."""

    unit = models.ForeignKey(
        Unit,
        verbose_name=_("đơn vị"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="users",
    )
    position = models.CharField(_("chức vụ"), max_length=150, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)

    class Meta(AbstractUser.Meta):
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")
        ordering = ["username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def get_full_name(self) -> str:
        # Vietnamese order: family name first ("Nguyễn Văn An").
        return f"{self.last_name} {self.first_name}".strip()


class SiteProfile(models.Model):
    """The department's identity, shown in the header and footer (one row, edited in the admin)."""

    CACHE_KEY = "portal:site-profile"

    name = models.CharField(_("tên cơ quan"), max_length=255, default="Sở Giáo dục và Đào tạo")
    parent_name = models.CharField(_("cơ quan chủ quản"), max_length=255, blank=True, default="Ủy ban nhân dân tỉnh")
    portal_name = models.CharField(
        _("tên cổng thông tin"), max_length=255, default="Cổng thông tin điện tử Sở Giáo dục và Đào tạo"
    )
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=100, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    responsible_person = models.CharField(
        _("người chịu trách nhiệm nội dung"),
        max_length=150,
        blank=True,
        help_text=_("Bắt buộc hiển thị ở chân trang theo quy định về cổng thông tin điện tử."),
    )
    responsible_title = models.CharField(_("chức vụ người chịu trách nhiệm"), max_length=150, blank=True)
    licence = models.CharField(
        _("giấy phép"), max_length=255, blank=True, help_text=_("Ví dụ: Giấy phép số 12/GP-TTĐT ngày 01/03/2024.")
    )
    working_hours = models.CharField(
        _("giờ làm việc"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Sáng 7 giờ – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu."),
    )
    map_url = models.URLField(
        _("đường dẫn bản đồ"), blank=True, help_text=_("Địa chỉ của trụ sở trên bản đồ trực tuyến (trang Liên hệ).")
    )
    # English counterparts, shown on the /en/ pages; empty ones fall back to the Vietnamese field.
    name_en = models.CharField(_("tên cơ quan (tiếng Anh)"), max_length=255, blank=True)
    parent_name_en = models.CharField(_("cơ quan chủ quản (tiếng Anh)"), max_length=255, blank=True)
    portal_name_en = models.CharField(_("tên cổng thông tin (tiếng Anh)"), max_length=255, blank=True)
    address_en = models.CharField(_("địa chỉ (tiếng Anh)"), max_length=255, blank=True)
    responsible_person_en = models.CharField(
        _("người chịu trách nhiệm nội dung (tiếng Anh)"),
        max_length=150,
        blank=True,
        help_text=_("Ví dụ: Mr Nguyen Van Thanh."),
    )
    responsible_title_en = models.CharField(_("chức vụ người chịu trách nhiệm (tiếng Anh)"), max_length=150, blank=True)
    licence_en = models.CharField(_("giấy phép (tiếng Anh)"), max_length=255, blank=True)
    working_hours_en = models.CharField(_("giờ làm việc (tiếng Anh)"), max_length=255, blank=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("thông tin cơ quan")
        verbose_name_plural = _("thông tin cơ quan")
        constraints = [models.CheckConstraint(condition=Q(pk=1), name="site_profile_single_row")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation:contact")

    @classmethod
    def current(cls) -> "SiteProfile":
        """The one profile, from the cache when it can be (every page shows it)."""
        profile = cache.get(cls.CACHE_KEY)
        if profile is None:
            profile, _created = cls.objects.get_or_create(pk=1)
            cache.set(cls.CACHE_KEY, profile, timeout=3600)
        return profile


class WorkerHeartbeat(models.Model):
    """The last time the periodic heartbeat task ran: proof that the worker and beat live."""

    name = models.CharField(_("tên"), max_length=50, unique=True)
    beat_at = models.DateTimeField(_("lần chạy gần nhất"))
    hostname = models.CharField(_("máy chạy"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("nhịp của tiến trình nền")
        verbose_name_plural = _("nhịp của tiến trình nền")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class OwedPurge(models.Model):
    """A page-cache purge that could not reach Redis (portal/pagecache.py); the owed-work sweep
    bumps the counter once Redis answers and deletes the row."""

    scope = models.CharField(_("phạm vi"), max_length=50)
    ident = models.CharField(_("đối tượng"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("ghi lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("lượt xoá bộ đệm còn nợ")
        verbose_name_plural = _("lượt xoá bộ đệm còn nợ")
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["scope", "ident"], name="owed_purge_once")]

    def __str__(self) -> str:
        return f"{self.scope}:{self.ident}"


class UploadedImage(models.Model):
    """An image uploaded through the rich-text editor, with the renditions made of it.

    Article bodies refer to these by URL; when a body is shown, its images get ``srcset``
    and their dimensions from here (one query per body).
    """

    name = models.CharField(_("tệp"), max_length=255, unique=True)
    width = models.PositiveIntegerField(_("rộng"))
    height = models.PositiveIntegerField(_("cao"))
    renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True)
    uploaded_by = models.ForeignKey(
        "portal.User", verbose_name=_("người tải lên"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("tải lên lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("ảnh tải lên")
        verbose_name_plural = _("ảnh tải lên")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.name
