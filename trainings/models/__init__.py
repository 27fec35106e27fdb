"""Models of training conferences, one module per subject, re-exported here."""

from .people import Participant, participant_person_key
from .records import Material, Paper, Review, TrainingPhoto
from .registrations import Invitation, InvitationQuerySet
from .reminders import Reminder, ReminderDelivery
from .training import Guest, RemoteSite, Session, Speaker, Topic, Training, TrainingQuerySet, validate_school_year

__all__ = [
    "Guest",
    "Invitation",
    "InvitationQuerySet",
    "Material",
    "Paper",
    "Participant",
    "Reminder",
    "ReminderDelivery",
    "RemoteSite",
    "Review",
    "Session",
    "Speaker",
    "Topic",
    "Training",
    "TrainingPhoto",
    "TrainingQuerySet",
    "participant_person_key",
    "validate_school_year",
]
