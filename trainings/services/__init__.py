"""State changes of training conferences, one module per subject. Import from the module that defines a name."""
