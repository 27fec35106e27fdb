"""Reads of the newsroom, one module per subject: ``articles`` (the public pages' blocks, related
news, search, statistics), ``documents`` (the registry's list and facets, a document's page,
press releases).

Import from the module that defines a name.
"""
