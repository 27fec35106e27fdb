"""What a training leaves behind: papers, materials, photos, and the leaders' review."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.files import DocumentValidator
from portal.images import IMAGE_FORMATS_HELP, CleanImageField, validate_image_upload
from portal.storage import PrivateFileField, RandomFileName

from ..enums import MaterialKind
from .training import Training

validate_training_document = DocumentValidator()


class PaperQuerySet(models.QuerySet):
    def public_full_text(self) -> "PaperQuerySet":
        """Papers whose full text anyone may read, the one definition: made public, of a public training.

        The database holds a public paper to its unit's consent (``paper_public_needs_consent``).
        """
        return self.filter(is_full_text_public=True, training__in=Training.objects.public())


class Paper(models.Model):
    """A paper (tham luận) presented by a unit at the training; its abstract is public, its full text
    only when its unit agreed."""

    training = models.ForeignKey(
        "trainings.Training", verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="papers"
    )
    title = models.CharField(_("tên tham luận"), max_length=255)
    unit = models.ForeignKey(
        "portal.Unit",
        verbose_name=_("đơn vị trình bày"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="training_papers",
    )
    presenter = models.CharField(_("người trình bày"), max_length=150, blank=True)
    abstract = models.TextField(_("tóm tắt"), blank=True, help_text=_("Hiện trên trang công khai của hội nghị."))
    full_text = models.TextField(
        _("toàn văn"), blank=True, help_text=_("Chỉ hiện ra ngoài khi đơn vị đồng ý và được đánh dấu công khai.")
    )
    unit_consents = models.BooleanField(
        _("đơn vị đồng ý công khai toàn văn"),
        default=False,
        help_text=_("Đánh dấu khi đơn vị trình bày đã đồng ý cho đăng toàn văn hoặc tệp tham luận."),
    )
    is_full_text_public = models.BooleanField(
        _("công khai toàn văn"),
        default=False,
        help_text=_("Cho đọc toàn văn và tải tệp tham luận từ trang công khai; cần đơn vị đồng ý."),
    )
    # Private until the paper is made public (``PaperQuerySet.public_full_text``): staff and leaders download it.
    file = PrivateFileField(
        _("tệp tham luận"),
        upload_to=RandomFileName("trainings/papers"),
        blank=True,
        validators=[validate_training_document],
        help_text=_("PDF, Word, Excel hoặc PowerPoint, tối đa 20 MB."),
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0)

    objects = PaperQuerySet.as_manager()

    class Meta:
        verbose_name = _("tham luận")
        verbose_name_plural = _("tham luận")
        ordering = ["training", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_full_text_public=False) | Q(unit_consents=True),
                name="paper_public_needs_consent",
                violation_error_message=_(
                    "Chỉ công khai toàn văn tham luận khi đơn vị trình bày đã đồng ý; hãy đánh dấu ô đồng ý trước."
                ),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.training.get_absolute_url() + "#tham-luan"

    def get_download_url(self) -> str:
        return reverse("trainings:paper_file", kwargs={"pk": self.pk})

    def clean(self) -> None:
        if self.is_full_text_public and not self.unit_consents:
            raise ValidationError(
                {
                    "is_full_text_public": _(
                        "Chỉ công khai toàn văn tham luận khi đơn vị trình bày đã đồng ý; hãy đánh dấu ô đồng ý trước."
                    )
                }
            )


class MaterialQuerySet(models.QuerySet):
    def public(self) -> "MaterialQuerySet":
        """Materials anyone may download, the one definition: marked public, of a public training."""
        return self.filter(is_public=True, training__in=Training.objects.public())


class Material(models.Model):
    """Slides and documents handed out at the training."""

    training = models.ForeignKey(
        "trainings.Training", verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="materials"
    )
    title = models.CharField(_("tên tài liệu"), max_length=255)
    kind = models.CharField(_("loại"), max_length=20, choices=MaterialKind.choices, default=MaterialKind.DOCUMENT)
    file = PrivateFileField(
        _("tệp"),
        upload_to=RandomFileName("trainings/materials"),
        validators=[validate_training_document],
        help_text=_("PDF, Word, Excel hoặc PowerPoint, tối đa 20 MB."),
    )
    is_public = models.BooleanField(
        _("công khai"), default=False, help_text=_("Cho phép tải về từ trang công khai của hội nghị.")
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0)

    objects = MaterialQuerySet.as_manager()

    class Meta:
        verbose_name = _("tài liệu")
        verbose_name_plural = _("tài liệu")
        ordering = ["training", "order", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(file=""), name="material_has_file")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.get_download_url()

    def get_download_url(self) -> str:
        return reverse("trainings:material_file", kwargs={"pk": self.pk})

    @property
    def is_public_download(self) -> bool:
        """This row alone against ``MaterialQuerySet.public()`` (reads its training)."""
        return self.is_public and self.training.is_public


class TrainingPhoto(models.Model):
    """A photo of the event, re-encoded without metadata on upload."""

    training = models.ForeignKey(
        "trainings.Training", verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="photos"
    )
    image = CleanImageField(
        _("ảnh"),
        upload_to=RandomFileName("trainings/photos/%Y"),
        max_length=255,
        validators=[validate_image_upload],
        help_text=IMAGE_FORMATS_HELP,
    )
    caption = models.CharField(
        _("chú thích"), max_length=300, help_text=_("Mô tả nội dung ảnh; cũng là văn bản thay thế cho người khiếm thị.")
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("ảnh hội nghị")
        verbose_name_plural = _("ảnh hội nghị")
        ordering = ["training", "order", "pk"]

    def __str__(self) -> str:
        return self.caption

    def get_absolute_url(self) -> str:
        return self.training.get_absolute_url() + "#hinh-anh"


class Review(models.Model):
    """A leader's comment on a training's record; the sign-off is a review that signs."""

    training = models.ForeignKey(
        "trainings.Training", verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="reviews"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người nhận xét"), on_delete=models.PROTECT, related_name="+"
    )
    comment = models.TextField(_("nhận xét"), blank=True)
    is_sign_off = models.BooleanField(_("ký duyệt"), default=False)
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("nhận xét của lãnh đạo")
        verbose_name_plural = _("nhận xét của lãnh đạo")
        ordering = ["training", "created_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(comment="") | Q(is_sign_off=True), name="review_not_empty"),
            models.UniqueConstraint(
                fields=["training"], condition=Q(is_sign_off=True), name="review_one_sign_off_per_training"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author} – {self.created_at:%d/%m/%Y}"

    def get_absolute_url(self) -> str:
        return self.training.get_leaders_url() + "#nhan-xet"
