"""factory_boy factories, one module per app: import each from the module that defines it."""
