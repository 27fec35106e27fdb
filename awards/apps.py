"""Commendations: decisions, the collectives and individuals in them, the honour roll."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Thi đua - Khen thưởng")

    def ready(self) -> None:
        # Every process must know the live blocks before it serves a cached page that shows one.
        from . import blocks  # noqa: PLC0415 - blocks stand above the app config in the import order

        blocks.register()
