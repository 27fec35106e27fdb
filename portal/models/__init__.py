"""Models of the portal app, one module per subject, re-exported here."""

from .core import SiteProfile, Unit, UnitQuerySet, UploadedImage, User, WorkerHeartbeat, unique_slug
from .feedback import Question, QuestionQuerySet
from .organisation import AboutPage, AgencyLink, Leader, Office, PressBriefing, Spokesperson

__all__ = [
    "AboutPage",
    "AgencyLink",
    "Leader",
    "Office",
    "PressBriefing",
    "Question",
    "QuestionQuerySet",
    "SiteProfile",
    "Spokesperson",
    "Unit",
    "UnitQuerySet",
    "UploadedImage",
    "User",
    "WorkerHeartbeat",
    "unique_slug",
]
