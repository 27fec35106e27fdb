"""State changes of the portal app, one module per subject. Import from the module that defines a name."""
