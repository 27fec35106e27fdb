"""Questions and feedback from the public (hỏi đáp, góp ý), moderated and answered by staff.

Everything a visitor types is stored as the plain text they typed and escaped wherever it
is shown (public pages, the admin, the staff's e-mail): nothing is ever rendered as HTML.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ..enums import QuestionStatus

QUESTION_MAX_LENGTH = 4000
# Shown instead of an asker's name, and left in its place when contact data is erased.
ANONYMOUS_ASKER = _("Bạn đọc")


class QuestionQuerySet(models.QuerySet):
    def published(self) -> "QuestionQuerySet":
        """What the public may see: answered questions that staff published (the one definition)."""
        return self.filter(status=QuestionStatus.PUBLISHED)


class Question(models.Model):
    """A question or a comment sent through the public form, and staff's answer to it."""

    full_name = models.CharField(_("họ và tên"), max_length=150)
    email = models.EmailField(_("thư điện tử"), help_text=_("Không hiện trên trang; để liên hệ lại với người hỏi."))
    unit_name = models.CharField(
        _("đơn vị, địa chỉ"), max_length=255, blank=True, help_text=_("Trường, đơn vị hoặc nơi ở người hỏi tự ghi.")
    )
    body = models.TextField(
        _("nội dung câu hỏi"),
        max_length=QUESTION_MAX_LENGTH,
        help_text=_("Văn bản thường, đúng như người hỏi đã gửi; có thể sửa lỗi chính tả hoặc bỏ thông tin riêng."),
    )
    title = models.CharField(
        _("tiêu đề khi đăng"),
        max_length=255,
        blank=True,
        help_text=_("Câu ngắn tóm tắt câu hỏi cho trang hỏi đáp; để trống thì dùng đầu câu hỏi."),
    )
    show_name = models.BooleanField(
        _("hiện họ tên"),
        default=False,
        help_text=_("Người hỏi chọn hiện họ tên trên trang hỏi đáp; không chọn thì hiện “Bạn đọc”."),
    )
    consented_at = models.DateTimeField(
        _("đồng ý xử lý dữ liệu lúc"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Lúc người hỏi đánh dấu ô đồng ý trên biểu mẫu."),
    )
    # Set by the retention sweep when the asker's contact data is erased (docs/personal-data.md).
    contact_erased_at = models.DateTimeField(_("đã xoá liên hệ lúc"), null=True, blank=True, editable=False)
    answer = models.TextField(
        _("trả lời"), blank=True, help_text=_("Văn bản thường; đường dẫn (https://...) tự thành liên kết.")
    )
    answered_by_office = models.ForeignKey(
        "portal.Office",
        verbose_name=_("đơn vị trả lời"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="answered_questions",
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người trả lời"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="answered_questions",
    )
    answered_at = models.DateTimeField(_("trả lời lúc"), null=True, blank=True)
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=QuestionStatus.choices, default=QuestionStatus.PENDING
    )
    published_at = models.DateTimeField(_("đăng lúc"), null=True, blank=True)
    staff_notified_at = models.DateTimeField(_("đã báo biên tập viên lúc"), null=True, blank=True, editable=False)
    # When a task or the owed-work sweep took the editors' mail for sending (portal/outbox.py).
    staff_notify_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("gửi lúc"), default=timezone.now)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = QuestionQuerySet.as_manager()
    # Copies of the asker's data live here too; the retention sweep and the rights tool clear them.
    history = HistoricalRecords(
        verbose_name=_("lịch sử câu hỏi"), excluded_fields=["staff_notified_at", "staff_notify_claimed_at"]
    )

    class Meta:
        verbose_name = _("câu hỏi, góp ý")
        verbose_name_plural = _("hỏi đáp, góp ý")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=[QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED]) | ~Q(answer=""),
                name="question_answered_has_answer",
                violation_error_message=_("Câu hỏi đã trả lời hoặc đã đăng phải có nội dung trả lời."),
            ),
            models.CheckConstraint(
                condition=~Q(status=QuestionStatus.PUBLISHED) | Q(published_at__isnull=False),
                name="question_published_has_date",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"]),  # the public Q&A page
            models.Index(fields=["status", "-created_at"]),  # the moderation queue in the admin
        ]

    def __str__(self) -> str:
        return self.headline

    def get_absolute_url(self) -> str:
        return reverse("portal:question_detail", kwargs={"pk": self.pk})

    @property
    def headline(self) -> str:
        """The title staff gave it, or the start of the question; always one line (it is also a mail subject)."""
        return " ".join(self.title.split()) or Truncator(" ".join(self.body.split())).chars(120)

    @property
    def public_name(self) -> str:
        """What the public page shows about the asker: their name only if they chose so."""
        return self.full_name if self.show_name and self.full_name else str(ANONYMOUS_ASKER)

    @property
    def is_published(self) -> bool:
        return self.status == QuestionStatus.PUBLISHED
