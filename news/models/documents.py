"""The registry of legal and guiding documents (văn bản): issuers, fields, documents, their files, comments on drafts."""

import datetime
import re

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from portal.db import VietnameseNameField
from portal.models import unique_slug
from portal.storage import PrivateFileField, random_file_name
from portal.text import slugify

from ..enums import CommentStatus, DocumentStatus, DocumentType, TextExtraction
from ..validators import validate_document_file

# What search ranks: number and summary weigh A, issuer, signer, field and the files' text C.
DOCUMENT_SEARCH_VECTOR = SearchVector("search_summary", weight="A", config="simple") + SearchVector(
    "search_content", weight="C", config="simple"
)

COMMENT_MAX_LENGTH = 4000


class DocumentIssuer(models.Model):
    """A body that issues documents: the ministry, the provincial People's Committee, the department..."""

    name = VietnameseNameField(_("tên cơ quan"), max_length=200, unique=True)
    short_name = models.CharField(
        _("tên viết tắt"), max_length=60, blank=True, help_text=_("Ví dụ: Bộ GD&ĐT, UBND tỉnh, Sở GD&ĐT.")
    )
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước trong bộ lọc."))

    class Meta:
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(DocumentIssuer, self.short_name or self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:document_list") + f"?co-quan={self.slug}"


class DocumentField(models.Model):
    """A field of work (lĩnh vực) documents are filed under: early childhood, secondary, exams..."""

    name = VietnameseNameField(_("tên lĩnh vực"), max_length=150, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=160, unique=True, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước trong bộ lọc."))

    class Meta:
        verbose_name = _("lĩnh vực văn bản")
        verbose_name_plural = _("lĩnh vực văn bản")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(DocumentField, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:document_list") + f"?linh-vuc={self.slug}"


def document_status_expression(today: datetime.date) -> Case:
    """A document's status on ``today``, as SQL: the one definition (the service writes it, the sweep refreshes it).

    In order: a draft is a draft; a document with a replacement is "replaced" once it has
    ceased (its ``expires_on``, which the service sets to the replacement's date in force,
    has come, or was never given); otherwise it has "expired" from ``expires_on`` on, is
    "not yet in force" before ``effective_on``, and "partly in force" when staff said a
    later document changed part of it. Everything else is "in force".
    """
    return Case(
        When(is_draft=True, then=Value(DocumentStatus.DRAFT)),
        When(
            Q(replaced_by__isnull=False) & (Q(expires_on__isnull=True) | Q(expires_on__lte=today)),
            then=Value(DocumentStatus.REPLACED),
        ),
        When(expires_on__lte=today, then=Value(DocumentStatus.EXPIRED)),
        When(effective_on__gt=today, then=Value(DocumentStatus.NOT_YET)),
        When(partly_in_force=True, then=Value(DocumentStatus.PARTLY)),
        default=Value(DocumentStatus.IN_FORCE),
        output_field=models.CharField(),
    )


class DocumentQuerySet(models.QuerySet):
    def public(self) -> "DocumentQuerySet":
        """What the public may see, the one definition: documents staff made public."""
        return self.filter(is_public=True)

    def open_for_comment(self, today: datetime.date | None = None) -> "DocumentQuerySet":
        """Public drafts still taking comments (through the whole of ``comment_until``, Vietnam time)."""
        return self.public().filter(is_draft=True, comment_until__gte=today or timezone.localdate())

    def for_listing(self) -> "DocumentQuerySet":
        """What a list shows, in one query: issuer and field joined, no search columns."""
        return self.select_related("issuer", "field").defer("search_summary", "search_content", "search_vector")


class Document(models.Model):
    """A legal or guiding document of the sector, with its metadata, files and links to other documents."""

    number = models.CharField(
        _("số, ký hiệu"),
        max_length=60,
        blank=True,
        help_text=_("Ví dụ: 1234/SGDĐT-VP, 45/KH-SGDĐT. Để trống cho dự thảo chưa có số."),
    )
    doc_type = models.CharField(_("loại văn bản"), max_length=20, choices=DocumentType.choices)
    issuer = models.ForeignKey(
        DocumentIssuer, verbose_name=_("cơ quan ban hành"), on_delete=models.PROTECT, related_name="documents"
    )
    signer = models.CharField(
        _("người ký"), max_length=150, blank=True, help_text=_("Chức vụ và họ tên, ví dụ: Phó Giám đốc Nguyễn Văn A.")
    )
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    effective_on = models.DateField(
        _("ngày có hiệu lực"), null=True, blank=True, help_text=_("Để trống nếu có hiệu lực từ ngày ban hành.")
    )
    expires_on = models.DateField(
        _("ngày hết hiệu lực"),
        null=True,
        blank=True,
        help_text=_(
            "Ngày văn bản thôi có hiệu lực. Khi chọn văn bản thay thế mà để trống, ngày này lấy theo ngày có hiệu lực "
            "của văn bản thay thế."
        ),
    )
    year = models.PositiveSmallIntegerField(_("năm ban hành"), null=True, blank=True, editable=False)
    field = models.ForeignKey(
        DocumentField,
        verbose_name=_("lĩnh vực"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
    )
    summary = models.TextField(
        _("trích yếu"), max_length=1000, help_text=_("Trích yếu nội dung, như ghi trên văn bản.")
    )
    status = models.CharField(
        _("hiệu lực"),
        max_length=20,
        choices=DocumentStatus.choices,
        default=DocumentStatus.IN_FORCE,
        editable=False,
        help_text=_("Tự tính từ các ngày, văn bản thay thế và ô “còn hiệu lực một phần”."),
    )
    partly_in_force = models.BooleanField(
        _("còn hiệu lực một phần"),
        default=False,
        help_text=_("Đánh dấu khi một văn bản khác đã sửa đổi, bãi bỏ một phần văn bản này."),
    )
    status_note = models.CharField(
        _("ghi chú hiệu lực"),
        max_length=300,
        blank=True,
        help_text=_("Ví dụ: Điều 5 được sửa đổi bởi Quyết định số 30/QĐ-SGDĐT."),
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("bị thay thế bởi"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        help_text=_("Văn bản ban hành sau, thay thế văn bản này."),
    )
    related_documents = models.ManyToManyField(
        "self", verbose_name=_("văn bản liên quan"), blank=True, help_text=_("Văn bản hướng dẫn, căn cứ, sửa đổi...")
    )
    is_draft = models.BooleanField(
        _("dự thảo"), default=False, help_text=_("Văn bản chưa ban hành, đăng để lấy ý kiến góp ý.")
    )
    comment_until = models.DateField(
        _("nhận góp ý đến hết ngày"),
        null=True,
        blank=True,
        help_text=_("Chỉ cho dự thảo. Để trống nếu không lấy ý kiến trên cổng."),
    )
    is_public = models.BooleanField(_("hiện trên cổng"), default=True)
    published_at = models.DateTimeField(_("đăng lên cổng lúc"), null=True, blank=True, editable=False)
    is_spokesperson_regulation = models.BooleanField(
        _("là quy chế phát ngôn"),
        default=False,
        help_text=_("Văn bản quy chế phát ngôn và cung cấp thông tin cho báo chí, hiện ở trang Người phát ngôn."),
    )
    slug = models.SlugField(_("đường dẫn"), max_length=200, blank=True)
    # Search (filled by the services): the number, the number and summary, and the text of the
    # files, lower case without diacritics; on Postgres also a weighted tsvector of them.
    search_number = models.CharField(max_length=60, blank=True, editable=False)
    search_summary = models.TextField(blank=True, editable=False)
    search_content = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
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

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = [F("issued_on").desc(nulls_first=True), "-pk"]
        permissions = [
            ("import_documents", _("Nhập văn bản từ tệp Excel")),
            ("moderate_documentcomment", _("Duyệt góp ý dự thảo")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(replaced_by=F("pk")),
                name="document_not_replaced_by_itself",
                violation_error_message=_("Văn bản không thể bị thay thế bởi chính nó."),
            ),
            models.CheckConstraint(
                condition=Q(is_draft=True) | (~Q(number="") & Q(issued_on__isnull=False)),
                name="document_issued_has_number_and_date",
                violation_error_message=_("Văn bản đã ban hành phải có số, ký hiệu và ngày ban hành."),
            ),
            models.CheckConstraint(
                condition=Q(expires_on__isnull=True)
                | Q(effective_on__isnull=True)
                | Q(expires_on__gt=F("effective_on")),
                name="document_expires_after_effective",
                violation_error_message=_("Ngày hết hiệu lực phải sau ngày có hiệu lực."),
            ),
            models.CheckConstraint(
                condition=Q(comment_until__isnull=True) | Q(is_draft=True),
                name="document_comments_only_on_drafts",
                violation_error_message=_("Chỉ dự thảo mới nhận góp ý."),
            ),
            models.CheckConstraint(
                condition=Q(is_public=False) | Q(published_at__isnull=False),
                name="document_public_has_time",
            ),
            # The number as search compares it: "45/QĐ-SGDĐT" and "45/qd-sgddt" are one number.
            models.UniqueConstraint(
                fields=["issuer", "search_number", "year"],
                condition=~Q(search_number=""),
                name="document_number_unique_per_year",
                violation_error_message=_("Cơ quan này đã có văn bản cùng số, ký hiệu trong năm."),
            ),
            models.UniqueConstraint(
                fields=["is_spokesperson_regulation"],
                condition=Q(is_spokesperson_regulation=True),
                name="document_one_spokesperson_regulation",
                violation_error_message=_("Chỉ một văn bản được đánh dấu là quy chế phát ngôn."),
            ),
        ]
        indexes = [
            # The public list (newest first) and the feed (newest on the portal first).
            models.Index(fields=["-issued_on", "is_public"], name="document_issued"),
            models.Index(fields=["is_public", "-published_at"], name="document_published"),
            # One per facet of the public list (issuer and field are indexed as foreign keys).
            models.Index(fields=["doc_type", "is_public"], name="document_type"),
            models.Index(fields=["year", "is_public"], name="document_year"),
            models.Index(fields=["status", "is_public"], name="document_status"),
            # The status sweep looks for documents whose dates have come.
            models.Index(fields=["expires_on"], name="document_expires_on"),
            models.Index(fields=["effective_on"], name="document_effective_on"),
        ]

    def __str__(self) -> str:
        if self.issued_on:
            return _("%(title)s ngày %(date)s") % {"title": self.title, "date": self.issued_on.strftime("%d/%m/%Y")}
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news:document", kwargs={"slug": self.slug or "van-ban", "pk": self.pk})

    @property
    def title(self) -> str:
        """``Quyết định số 12/QĐ-SGDĐT``, or ``Dự thảo Kế hoạch ...`` for a draft without a number."""
        if self.number:
            return _("%(type)s số %(number)s") % {"type": self.get_doc_type_display(), "number": self.number}
        label = self.get_doc_type_display()
        return _("Dự thảo %(type)s: %(summary)s") % {
            "type": f"{label[:1].lower()}{label[1:]}",
            "summary": Truncator(self.summary).chars(90),
        }

    def make_slug(self) -> str:
        if self.number:
            return slugify(f"{self.get_doc_type_display()} {self.number}", max_length=120) or "van-ban"
        return slugify(f"du thao {self.summary}", max_length=120) or "du-thao"

    @property
    def is_open_for_comment(self) -> bool:
        return bool(self.is_draft and self.comment_until and self.comment_until >= timezone.localdate())


def document_file_path(instance: "DocumentFile", filename: str) -> str:
    """``van-ban/2026/<random>/quyet-dinh-45-qd-sgddt.pdf``: in a folder nobody can guess (files of documents not
    public are private), named after the document (an annex adds its own name) in ASCII, so that a downloaded file
    says what it is."""
    stem, _dot, _extension = filename.rpartition(".")
    name = instance.document.slug or slugify(stem, max_length=100) or "van-ban"
    if instance.order:
        name = f"{name}-{slugify(stem, max_length=60) or instance.order}"
    return random_file_name(f"van-ban/{timezone.now():%Y}", filename, stem=name)


class DocumentFile(models.Model):
    """One file of a document: the full text, an annex, the Word version..."""

    document = models.ForeignKey(Document, verbose_name=_("văn bản"), on_delete=models.CASCADE, related_name="files")
    # Public with its document; the file of a document not public is for staff (the preview).
    file = PrivateFileField(
        _("tệp"),
        upload_to=document_file_path,
        validators=[validate_document_file],
        help_text=_("PDF, DOC hoặc DOCX; tối đa 20 MB."),
    )
    title = models.CharField(
        _("tên hiển thị"), max_length=255, blank=True, help_text=_("Ví dụ: Toàn văn, Phụ lục 1. Để trống: tên tệp.")
    )
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"), default=0, editable=False)
    # The file's text, lower case without diacritics (portal.text.normalize_search_text), read by a task.
    text = models.TextField(_("nội dung đọc được"), blank=True, editable=False)
    text_status = models.CharField(
        _("đọc nội dung"),
        max_length=20,
        choices=TextExtraction.choices,
        default=TextExtraction.PENDING,
        editable=False,
    )
    text_error = models.CharField(
        _("lý do không đọc được"),
        max_length=500,
        blank=True,
        editable=False,
        help_text=_("Vì sao không đọc được nội dung tệp để tìm kiếm; tải lên lại tệp đã sửa thì tệp được đọc lại."),
    )
    text_read_at = models.DateTimeField(_("đọc nội dung lúc"), null=True, blank=True, editable=False)
    uploaded_at = models.DateTimeField(_("tải lên lúc"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("tệp văn bản")
        verbose_name_plural = _("tệp văn bản")
        ordering = ["order", "pk"]
        # The sweep looks for files whose text is still unread some minutes after their upload.
        indexes = [models.Index(fields=["text_status", "uploaded_at"], name="document_file_text_pending")]

    def __str__(self) -> str:
        return self.title or self.file.name.rsplit("/", 1)[-1]

    @property
    def extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].lower() if "." in self.file.name else ""

    @property
    def download_name(self) -> str:
        """The name the visitor's browser saves, in Vietnamese: ``Quyết định 45-QĐ-SGDĐT.pdf`` (an
        annex adds its title); the stored name (``quyet-dinh-45-qd-sgddt.pdf``) for a draft without a number."""
        stored = self.file.name.rsplit("/", 1)[-1]
        document = self.document
        if not document.number:
            return stored
        name = f"{document.get_doc_type_display()} {document.number}"
        if self.order and self.title:
            name = f"{name} - {self.title}"
        # No character a file system refuses: "/" of the number, and the rest Windows forbids.
        name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .-")[:150]
        return f"{name}.{self.extension}" if self.extension else name

    @property
    def opens_in_browser(self) -> bool:
        """A PDF: shown by the browser (phones included) rather than downloaded."""
        return self.extension == "pdf"

    def get_download_url(self) -> str:
        """The file's download view, which checks who may fetch it."""
        return reverse("news:document_file", kwargs={"pk": self.pk})


class DocumentCommentQuerySet(models.QuerySet):
    def published(self) -> "DocumentCommentQuerySet":
        """Comments the public may read: those staff published (the one definition)."""
        return self.filter(status=CommentStatus.PUBLISHED)


class DocumentComment(models.Model):
    """A comment from the public on a draft document, stored as typed and shown only once staff publish it."""

    document = models.ForeignKey(Document, verbose_name=_("dự thảo"), on_delete=models.CASCADE, related_name="comments")
    full_name = models.CharField(_("họ và tên"), max_length=150)
    email = models.EmailField(_("thư điện tử"), help_text=_("Không hiện trên trang; để liên hệ lại khi cần."))
    unit_name = models.CharField(_("đơn vị, địa chỉ"), max_length=255, blank=True)
    body = models.TextField(
        _("nội dung góp ý"),
        max_length=COMMENT_MAX_LENGTH,
        help_text=_("Văn bản thường, đúng như người góp ý đã gửi; có thể bỏ thông tin riêng trước khi đăng."),
    )
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=CommentStatus.choices, default=CommentStatus.PENDING
    )
    created_at = models.DateTimeField(_("gửi lúc"), default=timezone.now)
    published_at = models.DateTimeField(_("đăng lúc"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người duyệt"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    moderated_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True, editable=False)

    objects = DocumentCommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("góp ý dự thảo")
        verbose_name_plural = _("góp ý dự thảo")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=CommentStatus.PUBLISHED) | Q(published_at__isnull=False),
                name="document_comment_published_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["document", "status", "published_at"], name="document_comment_public"),
            models.Index(fields=["status", "-created_at"], name="document_comment_queue"),
        ]

    def __str__(self) -> str:
        return Truncator(" ".join(self.body.split())).chars(80)
