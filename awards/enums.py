"""Choices of commendations: who may receive a form, at what level, decisions and their state."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RecipientKind(models.TextChoices):
    # "collective" sorts before "individual": a decision lists collectives first, as printed.
    COLLECTIVE = "collective", _("Tập thể")
    INDIVIDUAL = "individual", _("Cá nhân")


class AwardCategory(models.TextChoices):
    """The law tells emulation titles from forms of commendation; only forms exclude each other."""

    AWARD = "award", _("Hình thức khen thưởng")
    TITLE = "title", _("Danh hiệu thi đua")


class FormRecipients(models.TextChoices):
    """Who a form of award may be given to."""

    INDIVIDUALS = "individuals", _("Chỉ cá nhân")
    COLLECTIVES = "collectives", _("Chỉ tập thể")
    BOTH = "both", _("Cá nhân và tập thể")


class AwardLevel(models.TextChoices):
    DEPARTMENT = "department", _("Cấp Sở")
    PROVINCE = "province", _("Cấp tỉnh")
    MINISTRY = "ministry", _("Cấp Bộ")
    STATE = "state", _("Cấp Nhà nước")


class Issuer(models.TextChoices):
    """The authority that signs a commendation decision."""

    DEPARTMENT = "department", _("Sở Giáo dục và Đào tạo")
    PROVINCE = "province", _("Ủy ban nhân dân tỉnh")
    MINISTRY = "ministry", _("Bộ Giáo dục và Đào tạo")
    PRIME_MINISTER = "prime_minister", _("Thủ tướng Chính phủ")
    PRESIDENT = "president", _("Chủ tịch nước")


class DecisionKind(models.TextChoices):
    """The kinds of commendation the law on emulation and commendation names."""

    REGULAR = "regular", _("Khen thưởng thường xuyên")
    CAMPAIGN = "campaign", _("Khen thưởng theo đợt, chuyên đề")
    AD_HOC = "ad_hoc", _("Khen thưởng đột xuất")


class DecisionStatus(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    PUBLISHED = "published", _("Đã công bố")
    REVOKED = "revoked", _("Đã thu hồi")


class AchievementField(models.TextChoices):
    """The field of work an achievement belongs to; figures and the double-award check use it."""

    COMMUNICATIONS = "communications", _("Công tác truyền thông")
    SCHOOL_YEAR = "school_year", _("Thực hiện nhiệm vụ năm học")
    TEACHING = "teaching", _("Chuyên môn, dạy học")
    MOVEMENT = "movement", _("Phong trào thi đua")
    COMPETITION = "competition", _("Thi, hội thi")
    OTHER = "other", _("Khác")
