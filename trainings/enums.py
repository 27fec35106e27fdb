"""Choices of training conferences."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TrainingKind(models.TextChoices):
    TRAINING = "training", _("Tập huấn")
    CONFERENCE = "conference", _("Hội nghị")
    WORKSHOP = "workshop", _("Hội thảo")
    ROUND_TABLE = "round_table", _("Tọa đàm")


class GuestRole(models.TextChoices):
    """Who is named at the head of an event's record: public, unlike the delegates."""

    PRESIDING = "presiding", _("Chủ trì")
    GUEST = "guest", _("Đại biểu, khách mời")


class TrainingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("Trực tiếp")
    ONLINE = "online", _("Trực tuyến")
    HYBRID = "hybrid", _("Trực tiếp kết hợp trực tuyến")


class TrainingStatus(models.TextChoices):
    PLANNED = "planned", _("Dự kiến")
    OPEN = "open", _("Đang nhận đăng ký")
    HELD = "held", _("Đã tổ chức")
    CANCELLED = "cancelled", _("Đã hủy")


class ReviewStatus(models.TextChoices):
    """Where the record stands with the department's leaders."""

    NOT_SUBMITTED = "not_submitted", _("Chưa trình lãnh đạo")
    SUBMITTED = "submitted", _("Chờ lãnh đạo xem xét")
    SIGNED_OFF = "signed_off", _("Lãnh đạo đã ký duyệt")


class SessionKind(models.TextChoices):
    TALK = "talk", _("Báo cáo chuyên đề")
    DISCUSSION = "discussion", _("Thảo luận")
    QA = "qa", _("Hỏi - đáp")
    PAPER = "paper", _("Tham luận")
    OTHER = "other", _("Nội dung khác")


class ParticipantRole(models.TextChoices):
    DELEGATE = "delegate", _("Đại biểu")
    SPEAKER = "speaker", _("Báo cáo viên")
    ORGANIZER = "organizer", _("Ban tổ chức")
    GUEST = "guest", _("Khách mời")
    PRESS = "press", _("Phóng viên")


class Attendance(models.TextChoices):
    UNKNOWN = "unknown", _("Chưa điểm danh")
    PRESENT = "present", _("Có mặt")
    ABSENT = "absent", _("Vắng")
    EXCUSED = "excused", _("Vắng có phép")


class MaterialKind(models.TextChoices):
    SLIDES = "slides", _("Bài trình chiếu")
    DOCUMENT = "document", _("Tài liệu")
    OTHER = "other", _("Khác")


class ReminderAudience(models.TextChoices):
    DELEGATES = "delegates", _("Đại biểu")
    SPEAKERS = "speakers", _("Báo cáo viên")
    BOTH = "both", _("Đại biểu và báo cáo viên")


class ReminderStatus(models.TextChoices):
    PENDING = "pending", _("Chờ đến giờ gửi")
    PLANNED = "planned", _("Đã lập danh sách gửi")
    SKIPPED = "skipped", _("Bỏ qua vì quá muộn")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Chờ gửi")
    SENT = "sent", _("Đã gửi")
    FAILED = "failed", _("Gửi không được")
    SKIPPED = "skipped", _("Bỏ qua vì quá muộn")
