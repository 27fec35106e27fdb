"""The newsroom's state changes, one module per subject: ``articles`` (saving, the editorial
workflow, scheduled publication), ``documents`` (the registry of legal documents, their files,
public comments on drafts), ``document_import`` (the registry's spreadsheet import).

Import from the module that defines a name.
"""
