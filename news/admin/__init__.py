"""Admin of the newsroom; importing the modules registers their models."""

from . import announcements, articles, documents, statistics, taxonomy  # noqa: F401
