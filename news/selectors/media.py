"""Reads of the photo albums and videos."""

from django.db import models

from ..models import Album, Video

LINKED_MEDIA_LIMIT = 6


def linked_media(owner: models.Model) -> dict:
    """The published albums and videos linked to ``owner`` (an article, a conference, a decision),
    for the block under its page: two queries, at most LINKED_MEDIA_LIMIT of each."""
    albums = owner.albums.published().select_related("cover").defer("description")[:LINKED_MEDIA_LIMIT]
    videos = owner.videos.published().defer("description")[:LINKED_MEDIA_LIMIT]
    return {"linked_albums": list(albums), "linked_videos": list(videos)}


def published_albums():
    return Album.objects.published().select_related("cover").defer("description")


def published_videos():
    return Video.objects.published().defer("description")
