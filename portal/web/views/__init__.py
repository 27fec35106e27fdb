"""Views of the portal app, one module per subject."""
