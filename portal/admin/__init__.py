"""Admin of the portal app, one module per subject; importing them registers their models."""

from django.contrib import admin

from . import core, organisation, privacy, questions  # noqa: F401 - registers the models

# The index shows each role its own queue first (templates/admin/index_with_queues.html).
admin.site.index_template = "admin/index_with_queues.html"
