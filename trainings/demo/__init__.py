"""Demo data of training conferences (``manage.py seed_demo`` calls ``seed``); see ``seeding``."""

from .seeding import seed

__all__ = ["seed"]
