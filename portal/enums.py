"""Choices of the shared models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitKind(models.TextChoices):
    """The kinds code relies on, seeded into the UnitType table (the admin adds others)."""

    DEPARTMENT = "department", _("Sở Giáo dục và Đào tạo")
    BUREAU = "bureau", _("Phòng Giáo dục và Đào tạo")
    SCHOOL = "school", _("Trường học")
    PRESS = "press", _("Cơ quan báo chí")
    OTHER = "other", _("Đơn vị khác")
    # Since 1 July 2025 (two-level local government) communes and wards manage preschools,
    # primary and lower-secondary schools, in place of the abolished district bureaus.
    COMMUNE = "commune", _("Ủy ban nhân dân xã, phường")


class SpokespersonRole(models.TextChoices):
    # Decree 09/2017/NĐ-CP: the head of the agency speaks, or names someone to speak for it.
    SPOKESPERSON = "spokesperson", _("Người phát ngôn")
    AUTHORISED = "authorised", _("Người được giao phát ngôn")


class AgencyLinkGroup(models.TextChoices):
    """Groups of the footer's links, in the order the footer shows them."""

    MINISTRY = "ministry", _("Bộ, ngành Trung ương")
    PROVINCE = "province", _("Tỉnh và các sở, ngành")
    PEER = "peer", _("Sở Giáo dục và Đào tạo các tỉnh")
    OTHER = "other", _("Liên kết khác")


class QuestionStatus(models.TextChoices):
    """Where a question from the public stands; only PUBLISHED shows on the Q&A page."""

    PENDING = "pending", _("Chờ trả lời")
    ANSWERED = "answered", _("Đã trả lời, chưa đăng")
    PUBLISHED = "published", _("Đã đăng")
    REJECTED = "rejected", _("Không đăng")


class BannerSlot(models.TextChoices):
    """Where a banner shows on the home page."""

    MAIN = "main", _("Cột chính (dưới tin tiêu điểm)")
    SIDE = "side", _("Cột bên")
