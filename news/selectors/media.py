"""Reads of the photo albums and videos."""

import datetime

from django.db import models
from django.db.models import CharField, F, IntegerField, Q, Subquery, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.models import UploadedImage

from ..models import Album, AlbumPhoto, Article, ArticleImage, Video

LINKED_MEDIA_LIMIT = 6


def linked_media(owner: models.Model, *, albums: bool = True, videos: bool = True) -> dict:
    """The published albums and videos linked to ``owner`` (an article, a conference, a decision),
    for the block under its page: a query for each kind asked for, at most LINKED_MEDIA_LIMIT of each
    (``albums``/``videos`` False: the caller knows there are none)."""
    return {
        "linked_albums": list(
            owner.albums.published().select_related("cover").defer("description")[:LINKED_MEDIA_LIMIT]
        )
        if albums
        else [],
        "linked_videos": list(owner.videos.published().defer("description")[:LINKED_MEDIA_LIMIT]) if videos else [],
    }


def linked_media_next_change(article_id: int, now=None) -> datetime.datetime | None:
    """When an album or video linked to the article is next due to go public by itself (its
    publication time still ahead), so that the article's cached page shows it then; None when
    none is. One query."""
    now = now or timezone.now()
    due = {"is_published": True, "publish_at__gt": now, "articles": article_id}
    albums = Album.objects.filter(**due).order_by("publish_at").values("publish_at")[:1]
    videos = Video.objects.filter(**due).order_by("publish_at").values("publish_at")[:1]
    found = (
        Article.objects.filter(pk=article_id)
        .annotate(album=Subquery(albums), video=Subquery(videos))
        .values_list("album", "video")
        .first()
    )
    return min((moment for moment in found or () if moment is not None), default=None)


def published_albums():
    return Album.objects.published().select_related("cover").defer("description")


def published_videos():
    return Video.objects.published().defer("description")


# --- the media library of the admin -------------------------------------------------------------

LIBRARY_KINDS = {
    "editor": _("Ảnh trong nội dung bài"),
    "cover": _("Ảnh đại diện bài"),
    "gallery": _("Ảnh trong bộ ảnh của bài"),
    "album": _("Ảnh trong album"),
    "video": _("Video tải lên"),
}


def _columns(queryset, *, kind: str, file: str, text, at: str, owner):
    return queryset.annotate(
        lib_kind=Value(kind, output_field=CharField()),
        lib_file=F(file),
        lib_text=text,
        lib_at=F(at),
        lib_owner=owner,
    ).values_list("lib_kind", "pk", "lib_file", "lib_text", "lib_at", "lib_owner")


def media_library(*, query: str = "", month: datetime.date | None = None, kind: str = ""):
    """Every image and video file the portal stores, newest first, as rows of
    ``(kind, pk, file, text, at, owner id)``: one UNION query, searchable by file name and
    caption, filtered by month and kind."""
    none = Value(None, output_field=IntegerField())
    sources = {
        "editor": _columns(
            UploadedImage.objects.all(), kind="editor", file="name", text=Value(""), at="uploaded_at", owner=none
        ),
        "cover": _columns(
            Article.objects.exclude(cover=""),
            kind="cover",
            file="cover",
            text=Concat("title", Value(" – "), "cover_caption"),
            at="created_at",
            owner=F("pk"),
        ),
        "gallery": _columns(
            ArticleImage.objects.all(),
            kind="gallery",
            file="image",
            text=Concat("caption", Value(" "), "alt"),
            at="article__created_at",
            owner=F("article_id"),
        ),
        "album": _columns(
            AlbumPhoto.objects.all(),
            kind="album",
            file="image",
            text=Concat("caption", Value(" "), "credit"),
            at="uploaded_at",
            owner=F("album_id"),
        ),
        "video": _columns(
            Video.objects.exclude(file=""), kind="video", file="file", text=F("title"), at="created_at", owner=F("pk")
        ),
    }
    chosen = [sources[kind]] if kind in sources else list(sources.values())
    filtered = []
    for source in chosen:
        if query:
            source = source.filter(Q(lib_file__icontains=query) | Q(lib_text__icontains=query))
        if month:
            source = source.filter(lib_at__year=month.year, lib_at__month=month.month)
        filtered.append(source)
    first, *rest = filtered
    if not rest:
        return first.order_by("-lib_at", "-pk")
    # The parts lose their models' ordering: SQLite refuses ORDER BY inside a compound statement.
    first, *rest = (part.order_by() for part in filtered)
    return first.union(*rest, all=True).order_by("-lib_at", "lib_kind", "-pk")


def editor_image_usage(names: list[str]) -> dict[str, list[Article]]:
    """The articles whose body shows each of the editor images ``names`` (one query)."""
    if not names:
        return {}
    condition = Q()
    for name in names:
        condition |= Q(body__contains=name)
    articles = list(Article.objects.filter(condition).only("pk", "title", "body", "status").order_by("-pk")[:500])
    return {name: [a for a in articles if name in a.body] for name in names}
