"""The demo: content as data files (``data/``) and the seeders that load it through the services (``seed_demo``)."""
