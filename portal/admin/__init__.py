"""Admin of the portal app, one module per subject; importing them registers their models."""

from . import core, organisation, privacy, questions  # noqa: F401 - registers the models
