"""The newsroom's data: categories, tags, articles with their images, files and workflow log."""

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from portal.db import VietnameseNameField
from portal.images import IMAGE_FORMATS_HELP, CleanImageField, validate_image_upload
from portal.models import unique_slug
from portal.richtext import RichTextField
from portal.storage import PrivateFileField, RandomFileName
from portal.text import slugify

from ..enums import ArticleAction, ArticleStatus
from ..validators import validate_attachment, validate_video_url

# What search ranks: the title weighs A, the lead and body B (news.constants.SEARCH_WEIGHTS).
ARTICLE_SEARCH_VECTOR = SearchVector("search_title", weight="A", config="simple") + SearchVector(
    "search_document", weight="B", config="simple"
)


class Category(models.Model):
    """A section of the site (Tin tức - Sự kiện, Tin từ cơ sở...), possibly under another."""

    name = VietnameseNameField(_("tên chuyên mục"), max_length=150)
    slug = models.SlugField(_("đường dẫn"), max_length=160, unique=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("chuyên mục cha"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    description = models.TextField(_("mô tả"), blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ đứng trước trong menu."))
    show_on_home = models.BooleanField(
        _("hiện trên trang chủ"), default=False, help_text=_("Trang chủ có một khối tin cho chuyên mục này.")
    )
    home_order = models.PositiveIntegerField(_("thứ tự trên trang chủ"), default=0)
    show_in_menu = models.BooleanField(_("hiện trong menu"), default=True)
    requires_leaders = models.BooleanField(
        _("cần lãnh đạo duyệt"),
        default=False,
        help_text=_("Bài của chuyên mục này (ví dụ thông cáo báo chí) được lãnh đạo duyệt trước khi đăng."),
    )
    is_active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")
        ordering = ["order", "name"]
        constraints = [models.CheckConstraint(condition=~Q(parent=F("pk")), name="category_not_own_parent")]

    def __str__(self) -> str:
        return f"{self.parent.name} › {self.name}" if self.parent_id and self.parent else self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(Category, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:category", kwargs={"slug": self.slug})


class Tag(models.Model):
    name = VietnameseNameField(_("tên thẻ"), max_length=100, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=110, unique=True, blank=True)

    class Meta:
        verbose_name = _("thẻ")
        verbose_name_plural = _("thẻ")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(Tag, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:tag", kwargs={"slug": self.slug})


# The columns of an article's card in a list: picture, title, time, lead, category.
CARD_FIELDS = (
    "title", "slug", "lead", "publish_at", "cover", "cover_width", "cover_height", "cover_renditions",
    "category__name", "category__slug",
)  # fmt: skip


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None) -> "ArticleQuerySet":
        """What the public may see, the one definition (docs/architecture.md: what the public sees is decided in one place).

        Published status, ``publish_at`` reached, ``unpublish_at`` empty or still ahead:
        a scheduled article appears at its minute whether or not a worker runs.
        """
        now = now or timezone.now()
        return self.filter(status=ArticleStatus.PUBLISHED, publish_at__lte=now).filter(
            Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now)
        )

    def scheduled(self, now=None) -> "ArticleQuerySet":
        """Approved and waiting for their publication time."""
        return self.filter(status=ArticleStatus.PUBLISHED, publish_at__gt=now or timezone.now())

    def for_cards(self) -> "ArticleQuerySet":
        """What an article's card shows (the ``article_card`` tag of news_tags), in one query: a
        third of the columns ``for_listing`` reads, the category joined."""
        return self.select_related("category").only(*CARD_FIELDS)

    def card_rows(self) -> "ArticleQuerySet":
        """``for_cards`` as ``values()`` rows, for a read compiled once (news.selectors.articles.cards_from_rows)."""
        return self.values("id", "category", *CARD_FIELDS)

    def for_listing(self) -> "ArticleQuerySet":
        """What a list of articles shows, in one query: no body, the category joined."""
        return self.select_related("category").defer(
            "body", "search_title", "search_document", "search_vector", "return_reason"
        )


def article_cover_path(instance: "Article", filename: str) -> str:
    """The former upload path of covers, named by migrations (covers now go to ``RandomFileName``)."""
    return timezone.localdate().strftime("articles/%Y/%m/") + filename


class Article(models.Model):
    """A news article, from draft to publication (and sometimes back)."""

    title = models.CharField(_("tiêu đề"), max_length=255)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=200,
        blank=True,
        help_text=_("Để trống để tạo từ tiêu đề. Đổi đường dẫn sau khi đăng thì địa chỉ cũ vẫn chuyển về bài."),
    )
    lead = models.TextField(
        _("sapo"), max_length=600, help_text=_("Đoạn tóm tắt in đậm đầu bài, hiện ở danh sách tin và khi chia sẻ.")
    )
    body = RichTextField(_("nội dung"), uploads=True)
    cover = CleanImageField(
        _("ảnh đại diện"),
        # A random folder: the cover of a draft must not be found by guessing its name.
        upload_to=RandomFileName("articles/%Y/%m"),
        max_length=255,
        width_field="cover_width",
        height_field="cover_height",
        blank=True,
        validators=[validate_image_upload],
        help_text=IMAGE_FORMATS_HELP,
    )
    cover_alt = models.CharField(
        _("mô tả ảnh (alt)"),
        max_length=255,
        blank=True,
        help_text=_("Bắt buộc khi có ảnh: mô tả ngắn nội dung ảnh cho người khiếm thị."),
    )
    cover_caption = models.CharField(_("chú thích ảnh"), max_length=300, blank=True)
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True, editable=False)
    category = models.ForeignKey(
        Category, verbose_name=_("chuyên mục"), on_delete=models.PROTECT, related_name="articles"
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("thẻ"), blank=True, related_name="articles")
    unit = models.ForeignKey(
        "portal.Unit",
        verbose_name=_("đơn vị"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        help_text=_("Đơn vị của tác giả hoặc đơn vị được nói đến (tin từ cơ sở)."),
    )
    byline = models.CharField(
        _("tác giả (bút danh)"), max_length=150, blank=True, help_text=_("Tên hiện dưới bài, ví dụ: Hoàng Mai.")
    )
    byline_custom = models.BooleanField(
        _("tự ghi dòng tác giả"),
        default=False,
        help_text=_(
            "Đánh dấu để giữ dòng tác giả gõ tay; không đánh dấu thì dòng tác giả ghép từ danh sách tác giả của bài."
        ),
    )
    source = models.CharField(_("nguồn"), max_length=200, blank=True, help_text=_("Ví dụ: Báo Đắk Lắk."))
    source_url = models.URLField(_("địa chỉ nguồn"), blank=True)
    video_url = models.URLField(
        _("video"),
        blank=True,
        validators=[validate_video_url],
        help_text=_("Đường dẫn YouTube hoặc Facebook; video hiện ngay dưới sapo."),
    )
    is_featured = models.BooleanField(_("tin tiêu điểm"), default=False)
    is_must_read = models.BooleanField(_("đừng bỏ lỡ"), default=False)
    is_sensitive = models.BooleanField(
        _("cần lãnh đạo duyệt"),
        default=False,
        help_text=_("Đánh dấu khi nội dung nhạy cảm: bấm “Xuất bản” sẽ trình lãnh đạo duyệt trước khi đăng."),
    )
    related_articles = models.ManyToManyField(
        "self",
        verbose_name=_("tin liên quan (chọn tay)"),
        symmetrical=False,
        blank=True,
        related_name="+",
    )
    # Related news, computed when the article goes live or its tags, category or picks change
    # (news.services.articles.article_related_refresh), so that the page reads them with one
    # primary-key lookup instead of a tag-overlap query per view. The ids may name articles
    # unpublished since; the page filters them through published(). ``related_stale`` marks
    # a list owed (the owed-work sweep, news/owed.py); until it is done the page computes it.
    related_ids = models.JSONField(_("tin liên quan (đã tính)"), default=list, blank=True, editable=False)
    related_stale = models.BooleanField(_("tin liên quan cần tính lại"), default=True, editable=False)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        _("thời điểm xuất bản"),
        null=True,
        blank=True,
        help_text=_("Giờ Việt Nam. Bài hẹn giờ tự hiện lên trang đúng thời điểm này."),
    )
    unpublish_at = models.DateTimeField(
        _("thời điểm gỡ"), null=True, blank=True, help_text=_("Để trống nếu bài hiển thị lâu dài.")
    )
    went_live_at = models.DateTimeField(_("đã xử lý lên trang lúc"), null=True, blank=True, editable=False)
    expired_at = models.DateTimeField(_("đã xử lý hết hạn lúc"), null=True, blank=True, editable=False)
    return_reason = models.TextField(_("lý do trả lại"), blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người viết"),
        on_delete=models.PROTECT,
        related_name="articles_written",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người duyệt"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles_reviewed",
    )
    submitted_at = models.DateTimeField(_("gửi duyệt lúc"), null=True, blank=True, editable=False)
    view_count = models.PositiveIntegerField(_("lượt xem"), default=0, editable=False)
    rating_count = models.PositiveIntegerField(_("số lượt đánh giá"), default=0, editable=False)
    rating_sum = models.PositiveIntegerField(_("tổng điểm đánh giá"), default=0, editable=False)
    # Search (filled by the save service): the title, and title + lead + body, lower case without
    # diacritics (portal.text.normalize_search_text); on Postgres also a weighted tsvector of them.
    search_title = models.CharField(max_length=255, blank=True, editable=False)
    search_document = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    # Counts the saves of the article's content (news.services.articles.article_save), not
    # the workflow's transitions: an edit form carries the version it was opened at, and a
    # save from an older version is refused instead of overwriting someone else's edit.
    version = models.PositiveIntegerField(_("phiên bản"), default=1, editable=False)

    objects = ArticleQuerySet.as_manager()
    history = HistoricalRecords(
        verbose_name=_("lịch sử bài viết"),
        excluded_fields=[
            "view_count",
            "rating_count",
            "rating_sum",
            "search_title",
            "search_document",
            "search_vector",
            "cover_renditions",
            "went_live_at",
            "expired_at",
            "related_ids",
            "related_stale",
        ],
        m2m_fields=[tags],
    )

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        ordering = ["-publish_at", "-created_at"]
        permissions = [
            ("submit_article", _("Gửi bài duyệt")),
            ("review_article", _("Duyệt, trả lại bài")),
            ("publish_article", _("Xuất bản, hẹn giờ, gỡ bài")),
            ("feature_article", _("Đưa bài lên tiêu điểm")),
            ("preview_article", _("Xem trước bài chưa đăng")),
            ("view_statistics", _("Xem thống kê cộng tác viên")),
            ("approve_as_leader", _("Duyệt bài với tư cách lãnh đạo")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=ArticleStatus.PUBLISHED) | Q(publish_at__isnull=False),
                name="article_published_has_time",
            ),
            models.CheckConstraint(
                condition=Q(unpublish_at__isnull=True)
                | Q(publish_at__isnull=True)
                | Q(unpublish_at__gt=F("publish_at")),
                name="article_unpublish_after_publish",
            ),
            models.CheckConstraint(condition=Q(cover="") | ~Q(cover_alt=""), name="article_cover_has_alt"),
        ]
        indexes = [
            models.Index(fields=["status", "publish_at"], name="article_status_publish"),
            models.Index(fields=["category", "status", "publish_at"], name="article_category_publish"),
            models.Index(fields=["created_by", "status"], name="article_author_status"),
            models.Index(fields=["unit", "status"], name="article_unit_status"),
            # The next removal time (news.selectors.articles.next_schedule_change); few rows have one.
            models.Index(fields=["unpublish_at"], condition=Q(unpublish_at__isnull=False), name="article_unpublish_at"),
            # The owed related lists (news/owed.py): few rows once the backfill is done.
            models.Index(fields=["updated_at"], condition=Q(related_stale=True), name="article_related_owed"),
            # The home page's featured and must-read blocks: a few hundred flagged rows among
            # all articles, read newest first without walking the whole publication index.
            models.Index(fields=["-publish_at"], condition=Q(is_featured=True), name="article_featured_publish"),
            models.Index(fields=["-publish_at"], condition=Q(is_must_read=True), name="article_must_read_publish"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.title, max_length=180) or "bai-viet"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:article", kwargs={"slug": self.slug, "pk": self.pk})

    @property
    def is_scheduled(self) -> bool:
        return (
            self.status == ArticleStatus.PUBLISHED and self.publish_at is not None and self.publish_at > timezone.now()
        )

    @property
    def needs_leaders(self) -> bool:
        """Whether publishing it is the leaders' decision: its category says so, or an editor marked it sensitive."""
        return self.is_sensitive or bool(self.category_id and self.category.requires_leaders)

    @property
    def rating_average(self) -> float | None:
        return round(self.rating_sum / self.rating_count, 1) if self.rating_count else None


def gallery_path(instance: "ArticleImage", filename: str) -> str:
    """The former upload path of gallery photos, named by migrations (now ``RandomFileName``)."""
    return timezone.localdate().strftime("articles/%Y/%m/gallery/") + filename


class ArticleImage(models.Model):
    """A photo of the article's gallery, with its caption."""

    article = models.ForeignKey(Article, verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="images")
    image = CleanImageField(
        _("ảnh"),
        upload_to=RandomFileName("articles/%Y/%m/gallery"),
        max_length=255,
        width_field="width",
        height_field="height",
        validators=[validate_image_upload],
        help_text=IMAGE_FORMATS_HELP,
    )
    width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    alt = models.CharField(_("mô tả ảnh (alt)"), max_length=255)
    caption = models.CharField(_("chú thích"), max_length=300, blank=True)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = _("ảnh trong bài")
        verbose_name_plural = _("bộ ảnh")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.caption or self.alt


def attachment_path(instance: "Attachment", filename: str) -> str:
    return timezone.localdate().strftime("articles/%Y/%m/files/") + filename


class Attachment(models.Model):
    """A document attached to an article (PDF, Word, Excel, PowerPoint)."""

    article = models.ForeignKey(
        Article, verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="attachments"
    )
    # Private: a draft's files must not be reachable; the download view lets readers fetch
    # them once the article is public (and staff who may preview it before).
    file = PrivateFileField(
        _("tệp"),
        upload_to=RandomFileName("articles/files"),
        validators=[validate_attachment],
        help_text=_("PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX; tối đa 20 MB."),
    )
    title = models.CharField(_("tên hiển thị"), max_length=255)
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"), default=0, editable=False)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_download_url(self) -> str:
        return reverse("news:attachment", kwargs={"pk": self.pk})

    @property
    def extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""


class ArticleEvent(models.Model):
    """One step of an article's workflow: who did what, when, and why."""

    article = models.ForeignKey(Article, verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("thao tác"), max_length=20, choices=ArticleAction.choices)
    from_status = models.CharField(_("từ trạng thái"), max_length=20, choices=ArticleStatus.choices, blank=True)
    to_status = models.CharField(_("sang trạng thái"), max_length=20, choices=ArticleStatus.choices, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Trống khi hệ thống tự thực hiện (hẹn giờ)."),
    )
    note = models.TextField(_("ghi chú"), blank=True)
    at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    mailed_at = models.DateTimeField(_("đã gửi thư lúc"), null=True, blank=True, editable=False)
    # When a task or the owed-work sweep took the mail for sending (portal/outbox.py).
    mail_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("nhật ký duyệt bài")
        verbose_name_plural = _("nhật ký duyệt bài")
        ordering = ["-at", "-pk"]
        indexes = [
            models.Index(fields=["action", "at"], name="article_event_action_at"),
            # The owed-work sweep's query: events whose mail has not gone (news/owed.py).
            models.Index(fields=["at"], condition=Q(mailed_at__isnull=True), name="article_event_mail_owed"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} – {self.article}"


class ArticleDraftCopy(models.Model):
    """What someone was typing in an article's form, saved aside by the admin's autosave.

    One copy per user and article (or per user for the article not yet created), offered
    back after a crash, a closed tab or an expired session; never the article itself, and
    deleted when that user saves the article.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người viết"), on_delete=models.CASCADE, related_name="+"
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("bài viết"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="draft_copies",
        help_text=_("Trống khi bài chưa được lưu lần nào."),
    )
    fields = models.JSONField(_("nội dung các ô"), default=dict)
    saved_at = models.DateTimeField(_("lưu tạm lúc"), default=timezone.now)

    class Meta:
        verbose_name = _("bản đang viết (lưu tạm)")
        verbose_name_plural = _("bản đang viết (lưu tạm)")
        ordering = ["-saved_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "article"], condition=Q(article__isnull=False), name="draft_copy_one_per_article"
            ),
            models.UniqueConstraint(fields=["user"], condition=Q(article__isnull=True), name="draft_copy_one_new"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.article or _('bài mới')}"
