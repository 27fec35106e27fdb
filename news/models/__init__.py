"""Models of the newsroom, one module per subject, re-exported here."""

from .articles import (
    Article,
    ArticleEvent,
    ArticleImage,
    ArticleQuerySet,
    Attachment,
    Category,
    Tag,
    article_cover_path,
    attachment_path,
    gallery_path,
)
from .documents import (
    COMMENT_MAX_LENGTH,
    Document,
    DocumentComment,
    DocumentCommentQuerySet,
    DocumentField,
    DocumentFile,
    DocumentIssuer,
    DocumentQuerySet,
    document_file_path,
    document_status_expression,
)
from .reading import AppliedViewBuffer, ArticleDailyViews, ArticleRating

__all__ = [
    "AppliedViewBuffer",
    "COMMENT_MAX_LENGTH",
    "Document",
    "DocumentComment",
    "DocumentCommentQuerySet",
    "DocumentField",
    "DocumentFile",
    "DocumentIssuer",
    "DocumentQuerySet",
    "document_file_path",
    "document_status_expression",
    "Article",
    "ArticleDailyViews",
    "ArticleEvent",
    "ArticleImage",
    "ArticleQuerySet",
    "ArticleRating",
    "Attachment",
    "Category",
    "Tag",
    "article_cover_path",
    "attachment_path",
    "gallery_path",
]
