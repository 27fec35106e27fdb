"""Admin of the newsroom; importing the modules registers their models."""

from . import articles, documents, royalties, statistics, taxonomy  # noqa: F401
