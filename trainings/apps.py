"""Training conferences: records, delegates, attendance, reminders, the leaders' area."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "trainings"
    verbose_name = _("Hội nghị tập huấn")

    def ready(self) -> None:
        # Every process must know the live blocks before it serves a cached page that shows one.
        from . import blocks  # noqa: PLC0415 - blocks stand above the app config in the import order

        blocks.register()
