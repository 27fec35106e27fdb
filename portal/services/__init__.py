"""State changes of the portal app, one module per subject, re-exported here."""

from .core import (
    UNIT_COLUMNS,
    UNIT_KIND_WORDS,
    UnitImportResult,
    heartbeat_record,
    site_profile_save,
    units_import,
)
from .images import uploaded_image_render, uploaded_image_store
from .organisation import agency_link_save, agency_links_delete, leader_photo_renditions_make, leader_save
from .questions import (
    QuestionError,
    question_answer,
    question_edit,
    question_notify_staff,
    question_publish,
    question_reject,
    question_submit,
    question_unpublish,
)

__all__ = [
    "uploaded_image_render",
    "uploaded_image_store",
    "UNIT_COLUMNS",
    "UNIT_KIND_WORDS",
    "QuestionError",
    "UnitImportResult",
    "agency_link_save",
    "agency_links_delete",
    "heartbeat_record",
    "leader_photo_renditions_make",
    "leader_save",
    "question_answer",
    "question_edit",
    "question_notify_staff",
    "question_publish",
    "question_reject",
    "question_submit",
    "question_unpublish",
    "site_profile_save",
    "units_import",
]
