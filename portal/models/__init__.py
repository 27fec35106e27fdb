"""Models of the portal app, one module per subject, re-exported here."""

from .core import OwedPurge, SiteProfile, Unit, UnitQuerySet, UploadedImage, User, WorkerHeartbeat, unique_slug
from .feedback import Question, QuestionQuerySet
from .organisation import AboutPage, AgencyLink, Leader, Office, PressBriefing, Spokesperson
from .privacy import AccessAction, PersonalDataAccess, PersonalDataRequest, RequestKind, RequestStatus, RetentionSweep

__all__ = [
    "AccessAction",
    "AboutPage",
    "AgencyLink",
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
    "UploadedImage",
    "User",
    "WorkerHeartbeat",
    "unique_slug",
]
