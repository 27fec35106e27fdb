"""Public pages of the newsroom, one module per subject: ``articles`` and ``documents``."""
