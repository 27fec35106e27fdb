"""Views of the trainings app: the public pages and the leaders' area."""
