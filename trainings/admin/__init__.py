"""Admin of training conferences; importing the modules registers their models."""

from . import people, programme, reminders, training  # noqa: F401 - registers the models
