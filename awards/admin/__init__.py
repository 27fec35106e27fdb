"""Admin of the awards app, one module per subject; importing them registers their models."""

from . import commendations, decisions  # noqa: F401 - registers the models
