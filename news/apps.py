"""The newsroom: articles, their workflow and the public reading pages."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Tin tức")

    def ready(self) -> None:
        from portal.services.images import renditions_made_hook  # noqa: PLC0415 - see below

        from . import blocks  # noqa: PLC0415 - blocks and cache stand above the app config in the import order
        from .cache import purge_article_of  # noqa: PLC0415 - as above

        # Every process must know the live blocks before it serves a cached page that shows one.
        blocks.register()
        # A cover or gallery photo gets its sizes after the page was rebuilt with the original.
        renditions_made_hook("news.article", lambda pk: purge_article_of(article_id=pk))
        renditions_made_hook("news.articleimage", lambda pk: purge_article_of(image_id=pk))
