"""The newsroom: articles, their workflow and the public reading pages."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Tin tức")

    def ready(self) -> None:
        # Every process must know the live blocks before it serves a cached page that shows one.
        from . import blocks  # noqa: PLC0415 - blocks stand above the app config in the import order

        blocks.register()
