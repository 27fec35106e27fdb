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
from .privacy import AccessAction, PersonalDataAccess, PersonalDataRequest, RequestKind, RequestStatus, RetentionSweep

__all__ = [
    "AccessAction",
    "AboutPage",
    "AgencyLink",
    "Banner",
    "BannerQuerySet",
    "Leader",
    "Office",
    "OwedPurge",
    "PressBriefing",
    "PersonalDataAccess",
    "PersonalDataRequest",
    "Question",
    "QuestionQuerySet",
    "RequestKind",
    "RequestStatus",
    "RetentionSweep",
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
