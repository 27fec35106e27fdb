"""Public pages of the photo albums (/thu-vien-anh/) and videos (/video/)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from portal.pagination import paginate

from ..models import Album, Video
from ..selectors.media import published_albums, published_videos

# Cheap public pages: every list is one count and one page of rows, the cover joined.
ALBUMS_PER_PAGE = 12
VIDEOS_PER_PAGE = 12


@require_safe
def album_list(request: HttpRequest) -> HttpResponse:
    albums = published_albums()
    page = paginate(request, albums, per_page=ALBUMS_PER_PAGE)
    return TemplateResponse(request, "news/album_list.html", {"page": page})


@require_safe
def album_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    album = Album.objects.published().filter(pk=pk).first()
    if album is None:
        raise Http404(_("Không tìm thấy album."))
    if slug != album.slug:
        return redirect(album.get_absolute_url(), permanent=True)
    context = {
        "album": album,
        "photos": list(album.photos.all()),
        "articles": list(album.articles.published().only("pk", "slug", "title", "publish_at")[:10]),
    }
    return TemplateResponse(request, "news/album_detail.html", context)


@require_safe
def video_list(request: HttpRequest) -> HttpResponse:
    videos = published_videos()
    page = paginate(request, videos, per_page=VIDEOS_PER_PAGE)
    return TemplateResponse(request, "news/video_list.html", {"page": page})


@require_safe
def video_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    video = Video.objects.published().filter(pk=pk).first()
    if video is None:
        raise Http404(_("Không tìm thấy video."))
    if slug != video.slug:
        return redirect(video.get_absolute_url(), permanent=True)
    context = {
        "video": video,
        "articles": list(video.articles.published().only("pk", "slug", "title", "publish_at")[:10]),
    }
    return TemplateResponse(request, "news/video_detail.html", context)
