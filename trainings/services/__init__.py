"""State changes of training conferences (writes), one module per subject, re-exported here."""

from .attendance import (
    AttendanceError,
    SignInSheetResult,
    participant_check_in,
    participants_set_attendance,
    remote_site_record_head_count,
    sign_in_sheet_record,
)
from .imports import (
    PARTICIPANT_COLUMNS,
    ParticipantImportPreview,
    column_labels,
    participants_import,
    participants_import_preview,
)
from .reminders import (
    SendReport,
    outcomes_reminders_send,
    reminder_deliveries_retry,
    reminder_deliveries_send,
    reminder_delivery_send,
    reminders_plan_due,
    reminders_sweep,
)
from .reviews import ReviewError, training_review_add, training_sign_off, training_submit_for_review

__all__ = [
    "PARTICIPANT_COLUMNS",
    "AttendanceError",
    "ParticipantImportPreview",
    "ReviewError",
    "SendReport",
    "SignInSheetResult",
    "column_labels",
    "outcomes_reminders_send",
    "participant_check_in",
    "participants_import",
    "participants_import_preview",
    "participants_set_attendance",
    "remote_site_record_head_count",
    "reminder_deliveries_retry",
    "reminder_deliveries_send",
    "reminder_delivery_send",
    "reminders_plan_due",
    "reminders_sweep",
    "sign_in_sheet_record",
    "training_review_add",
    "training_sign_off",
    "training_submit_for_review",
]
