"""Models of the portal app, one module per subject, re-exported here."""

from .core import (
    OwedPurge,
    SiteProfile,
    Unit,
    UnitQuerySet,
    UnitSuccession,
    UnitType,
    UploadedImage,
    User,
    WorkerHeartbeat,
    unique_slug,
)
from .feedback import Question, QuestionQuerySet
from .organisation import AboutPage, AgencyLink, Banner, BannerQuerySet, Leader, Office, PressBriefing, Spokesperson

__all__ = [
    "AboutPage",
    "AgencyLink",
    "Banner",
    "BannerQuerySet",
    "Leader",
    "Office",
    "OwedPurge",
    "PressBriefing",
    "Question",
    "QuestionQuerySet",
    "SiteProfile",
    "Spokesperson",
    "Unit",
    "UnitQuerySet",
    "UnitSuccession",
    "UnitType",
    "UploadedImage",
    "User",
    "WorkerHeartbeat",
    "unique_slug",
]
