"""Public pages of the newsroom, one module per subject, re-exported here for ``news/urls.py``."""

from .articles import (
    VOTER_COOKIE,
    archive,
    article_detail,
    article_preview,
    article_print,
    article_rating,
    attachment_file,
    category_detail,
    tag_detail,
)
from .documents import document_comment, document_detail, document_file, document_list

__all__ = [
    "document_comment",
    "document_detail",
    "document_file",
    "document_list",
    "VOTER_COOKIE",
    "archive",
    "article_detail",
    "article_preview",
    "article_print",
    "article_rating",
    "attachment_file",
    "category_detail",
    "tag_detail",
]
