"""Choices of the newsroom."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    PENDING = "pending", _("Chờ duyệt")
    LEADERS = "leaders", _("Chờ lãnh đạo duyệt")
    PUBLISHED = "published", _("Đã xuất bản")
    UNPUBLISHED = "unpublished", _("Đã gỡ")


class ArticleAction(models.TextChoices):
    """What happened to an article, for its workflow log."""

    CREATED = "created", _("Tạo bài")
    SUBMITTED = "submitted", _("Gửi duyệt")
    RETURNED = "returned", _("Trả lại để sửa")
    TO_LEADERS = "to_leaders", _("Trình lãnh đạo duyệt")
    LEADERS_RETURNED = "leaders_returned", _("Lãnh đạo trả lại")
    PUBLISHED = "published", _("Xuất bản")
    SCHEDULED = "scheduled", _("Hẹn giờ xuất bản")
    WENT_LIVE = "went_live", _("Đã lên trang")
    UNPUBLISHED = "unpublished", _("Gỡ bài")
    EXPIRED = "expired", _("Hết hạn hiển thị")
    FEATURED = "featured", _("Đưa lên tiêu điểm")
    UNFEATURED = "unfeatured", _("Bỏ khỏi tiêu điểm")


# --- documents registry ---------------------------------------------------------------------


class DocumentType(models.TextChoices):
    """Kinds of legal and administrative documents (Decree 30/2020/NĐ-CP and the legal acts)."""

    DECISION = "decision", _("Quyết định")
    OFFICIAL_LETTER = "official_letter", _("Công văn")
    PLAN = "plan", _("Kế hoạch")
    NOTICE = "notice", _("Thông báo")
    DIRECTIVE = "directive", _("Chỉ thị")
    GUIDANCE = "guidance", _("Hướng dẫn")
    REPORT = "report", _("Báo cáo")
    REGULATION = "regulation", _("Quy chế")
    CIRCULAR = "circular", _("Thông tư")
    DECREE = "decree", _("Nghị định")
    RESOLUTION = "resolution", _("Nghị quyết")
    LAW = "law", _("Luật")
    OTHER = "other", _("Văn bản khác")


class DocumentStatus(models.TextChoices):
    """A document's legal standing, derived by ``news.services.documents`` (never typed by staff).

    Staff give the facts (dates, the replacing document, "partly in force", "draft"); the
    status follows from them and from today's date.
    """

    DRAFT = "draft", _("Dự thảo")
    NOT_YET = "not_yet", _("Chưa có hiệu lực")
    IN_FORCE = "in_force", _("Còn hiệu lực")
    PARTLY = "partly", _("Còn hiệu lực một phần")
    EXPIRED = "expired", _("Hết hiệu lực")
    REPLACED = "replaced", _("Bị thay thế")


class TextExtraction(models.TextChoices):
    """Where the text of an uploaded file stands, for search."""

    PENDING = "pending", _("Đang chờ đọc nội dung")
    DONE = "done", _("Đã đọc nội dung")
    EMPTY = "empty", _("Không có chữ (bản quét?)")
    FAILED = "failed", _("Không đọc được")
    UNSUPPORTED = "unsupported", _("Không đọc loại tệp này")


class CommentStatus(models.TextChoices):
    PENDING = "pending", _("Chờ duyệt")
    PUBLISHED = "published", _("Đã đăng")
    REJECTED = "rejected", _("Không đăng")


# --- announcements and the work schedule ----------------------------------------------------


class AnnouncementStatus(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    PUBLISHED = "published", _("Đã đăng")
    UNPUBLISHED = "unpublished", _("Đã gỡ")


class WorkWeekStatus(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    PUBLISHED = "published", _("Đã đăng")


# --- photos and videos ----------------------------------------------------------------------


class VideoSource(models.TextChoices):
    UPLOAD = "upload", _("Tệp tải lên (MP4/WebM)")
    LINK = "link", _("Đường dẫn YouTube/Facebook")


class VideoState(models.TextChoices):
    """Where an uploaded file is on its way to the public: checked by ffprobe, poster cut by ffmpeg."""

    PENDING = "pending", _("Đang xử lý")
    READY = "ready", _("Sẵn sàng")
    FAILED = "failed", _("Bị từ chối")


# --- contributors and royalties ---------------------------------------------------------------


class CreditKind(models.TextChoices):
    """The kinds of work an article credits, each graded from its own rows of the royalty table."""

    TEXT = "text", _("Bài viết, tin")
    PHOTO = "photo", _("Ảnh")
    VIDEO = "video", _("Video")
    TRANSLATION = "translation", _("Dịch")
    COMPILATION = "compilation", _("Biên soạn, tổng hợp")


class RoyaltyPeriodStatus(models.TextChoices):
    DRAFT = "draft", _("Đang lập")
    SUBMITTED = "submitted", _("Chờ lãnh đạo duyệt")
    APPROVED = "approved", _("Lãnh đạo đã duyệt")
    PAID = "paid", _("Đã chi trả")
