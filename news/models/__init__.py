"""Models of the newsroom, one module per subject, re-exported here."""

from .announcements import Announcement, AnnouncementQuerySet
from .articles import (
    Article,
    ArticleDraftCopy,
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
from .imports import ImportedArticle, SiteImportRun
from .media import Album, AlbumPhoto, AlbumQuerySet, MediaLibraryEntry, Video, VideoQuerySet
from .reading import AppliedViewBuffer, ArticleDailyViews, ArticleRating
from .schedule import WorkEntry, WorkWeek, WorkWeekQuerySet, monday_of, work_week_url

__all__ = [
    "Announcement",
    "AnnouncementQuerySet",
    "WorkEntry",
    "WorkWeek",
    "WorkWeekQuerySet",
    "monday_of",
    "work_week_url",
    "ImportedArticle",
    "SiteImportRun",
    "Album",
    "AlbumPhoto",
    "AlbumQuerySet",
    "MediaLibraryEntry",
    "Video",
    "VideoQuerySet",
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
    "ArticleDraftCopy",
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
