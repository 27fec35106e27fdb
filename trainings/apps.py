"""Training conferences: records, delegates, attendance, reminders, the leaders' area."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "trainings"
    verbose_name = _("Hội nghị tập huấn")
