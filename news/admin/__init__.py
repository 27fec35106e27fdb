"""Admin of the newsroom; importing the modules registers their models."""

from . import announcements, articles, documents, library, media, royalties, site_import, statistics, taxonomy  # noqa: F401
