"""The portal project package, also the app for what all apps share."""

from .celery import app as celery_app

__all__ = ["celery_app"]
