"""Public reading pages of the newsroom: article, print view, category, tag, archive, rating."""

import secrets
from datetime import date

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_http_methods, require_safe
from django_ratelimit.core import is_ratelimited

from news.selectors.articles import (
    ArticlePage,
    article_page,
    cards,
    next_schedule_change,
    related_articles,
)
from news.selectors.media import linked_media, linked_media_next_change
from news.services.articles import article_rate
from portal.downloads import file_download
from portal.models import SiteProfile, UploadedImage
from portal.pagecache import LISTS, cached_page, kept_value
from portal.pagination import paginate

from ..constants import ARTICLE_SCOPE, CATEGORY_SCOPE
from ..counters import count_view_in, record_view
from ..models import Article, Attachment, Category, Tag
from ..templatetags.news_tags import IMG_TAG

VOTER_COOKIE = "voter"
# Lists of articles count and page through at most this many; older ones are found by day.
LIST_MAX_ITEMS = 1000


def _body_images(article: Article) -> dict:
    """The editor-uploaded images of the body, by URL, for their srcset (one query)."""
    sources = {match.group(2) for match in IMG_TAG.finditer(article.body or "")}
    media = settings.MEDIA_URL
    names = [src.removeprefix(media) for src in sources if src.startswith(media)]
    if not names:
        return {}
    return {default_storage.url(image.name): image for image in UploadedImage.objects.filter(name__in=names)}


def _structured_data(request: HttpRequest, article: Article, canonical_url: str) -> dict:
    """schema.org NewsArticle, so that search engines show the article as news."""
    profile = kept_value("site_profile", SiteProfile.current)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.lead,
        "mainEntityOfPage": canonical_url,
        "datePublished": article.publish_at.isoformat() if article.publish_at else None,
        "dateModified": article.updated_at.isoformat(),
        "articleSection": article.category.name,
        "inLanguage": "vi",
        "author": {"@type": "Person", "name": article.byline}
        if article.byline
        else {"@type": "Organization", "name": profile.name},
        "publisher": {
            "@type": "Organization",
            "name": profile.name,
            "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("img/logo.svg"))},
        },
    }
    if article.cover:
        data["image"] = [request.build_absolute_uri(article.cover.url)]
    return data


def _article_context(request: HttpRequest, page: ArticlePage, *, preview: bool) -> dict:
    article = page.article
    canonical_url = request.build_absolute_uri(article.get_absolute_url())
    share_image = ""
    if article.cover:
        sizes = article.cover_renditions.get("sizes", [])
        url = default_storage.url(sizes[-1]["jpg"]) if sizes else article.cover.url
        share_image = request.build_absolute_uri(url)
    # Records of other kinds are asked for only when some point at the article (page.links);
    # through the reverse relations, so news imports neither app, and each side's own public rule applies.
    links = page.links
    return {
        "share_image": share_image,
        # The lead cut for the description, the social cards and the e-mail share: cut once.
        "summary": Truncator(article.lead).chars(200),
        "article_ld": _structured_data(request, article, canonical_url),
        "article": article,
        "tags": page.tags,
        "images": page.images,
        "attachments": page.attachments,
        "preview": preview,
        "cacheable_page": not preview,
        "body_images": _body_images(article),
        "related": related_articles(article),
        **linked_media(article, albums="albums" in links, videos="videos" in links),
        "reported_trainings": list(article.trainings.public().only("title", "slug", "starts_at"))
        if "trainings" in links
        else [],
        "reported_decisions": list(article.award_decisions.published().only("number", "slug", "signed_on", "summary"))
        if "award_decisions" in links
        else [],
        "canonical_url": canonical_url,
    }


def _can_preview(user, article: Article) -> bool:
    return user.is_authenticated and (
        user.has_perm("news.review_article")
        or (user.has_perm("news.preview_article") and article.created_by_id == user.pk)
    )


def _public_article(request: HttpRequest, slug: str, pk: int, template: str) -> HttpResponse:
    links = set()

    def build() -> HttpResponse:
        page = article_page(pk)
        if page is None:
            raise Http404(_("Không tìm thấy bài viết."))
        links.update(page.links)
        if slug != page.article.slug:
            target = page.article.get_absolute_url()
            return redirect(target if template == "news/article_detail.html" else f"{target}in/", permanent=True)
        return TemplateResponse(request, template, _article_context(request, page, preview=False))

    def expires():
        """The next scheduled go-live or removal of an article, or of an album or video linked
        to this one (asked only when some are linked)."""
        moments = [next_schedule_change()]
        if links & {"albums", "videos"}:
            moments.append(linked_media_next_change(pk))
        return min((moment for moment in moments if moment is not None), default=None)

    counts = template == "news/article_detail.html"
    try:
        # A view is counted on the round trip of the cache check when the page is served from
        # this process's copy (or on its next one); otherwise after the page is known to be public.
        response = cached_page(
            request,
            [(ARTICLE_SCOPE, pk)],
            build,
            on_hit=(lambda pipeline: count_view_in(pipeline, pk)) if counts else None,
            expires=expires,
        )
    except Http404:
        article = Article.objects.filter(pk=pk).first()
        if article is not None and _can_preview(request.user, article):
            return redirect("news:preview", pk=pk)
        raise
    if counts and response.status_code == 200 and not response.on_hit_done:
        record_view(pk)
    return response


@require_safe
def article_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    return _public_article(request, slug, pk, "news/article_detail.html")


@require_safe
def article_print(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The article on paper: no menus, links spelled out, the address and time of printing."""
    return _public_article(request, slug, pk, "news/article_print.html")


@never_cache
@login_required
@require_safe
def article_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """An article in any state, exactly as the public page shows it; staff with preview rights only."""
    if not request.user.has_perm("news.preview_article"):
        raise PermissionDenied
    page = article_page(pk, published=False)
    if page is None or not _can_preview(request.user, page.article):
        raise Http404
    return TemplateResponse(request, "news/article_detail.html", _article_context(request, page, preview=True))


@require_safe
def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    def build() -> HttpResponse:
        category = get_object_or_404(Category.objects.select_related("parent"), slug=slug, is_active=True)
        children = list(category.children.filter(is_active=True).order_by("order", "name"))
        articles = cards().filter(category__in=[category, *children])
        page = paginate(request, articles, max_items=LIST_MAX_ITEMS)
        return TemplateResponse(
            request,
            "news/category_detail.html",
            {"category": category, "children": children, "page": page, "cacheable_page": True},
        )

    # Keyed by slug, so that a cached page is served without looking the category up.
    return cached_page(
        request,
        [(CATEGORY_SCOPE, slug)],
        build,
        params=("trang",),
        expires=next_schedule_change,
        rebuild_after_sending=True,
    )


@require_safe
def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    def build() -> HttpResponse:
        tag = get_object_or_404(Tag, slug=slug)
        articles = cards().filter(tags=tag)
        return TemplateResponse(
            request,
            "news/tag_detail.html",
            {"tag": tag, "page": paginate(request, articles, max_items=LIST_MAX_ITEMS), "cacheable_page": True},
        )

    return cached_page(request, [LISTS], build, params=("trang",), expires=next_schedule_change)


@require_safe
def archive(request: HttpRequest) -> HttpResponse:
    """All news, newest first, or the news of one day (?ngay=2026-11-20)."""
    day = None
    if request.GET.get("ngay"):
        try:
            day = date.fromisoformat(request.GET["ngay"][:10])
        except ValueError:
            raise Http404(_("Ngày không hợp lệ.")) from None

    def build() -> HttpResponse:
        articles = cards()
        if day is not None:
            articles = articles.filter(publish_at__date=day)
        return TemplateResponse(
            request,
            "news/archive.html",
            {"day": day, "page": paginate(request, articles, max_items=LIST_MAX_ITEMS), "cacheable_page": True},
        )

    return cached_page(request, [LISTS], build, params=("ngay", "trang"), expires=next_schedule_change)


@ensure_csrf_cookie
@require_http_methods(["GET", "POST"])
def article_rating(request: HttpRequest, pk: int) -> JsonResponse:
    """GET: the article's rating (and a CSRF cookie for the vote). POST stars=1..5: one vote per browser.

    The vote is refused when the browser has voted (a random cookie, not an identity), when
    stars is not 1 to 5, and when one address sends more than 10 votes a minute.
    """
    article = get_object_or_404(Article.objects.published(), pk=pk)
    voter = request.COOKIES.get(VOTER_COOKIE) or secrets.token_hex(16)
    status, message = 200, ""
    voted = article.ratings.filter(voter=voter).exists()
    if request.method == "POST":
        if is_ratelimited(request, group="news.rating", key="ip", rate="10/m", method="POST", increment=True):
            status, message = 429, _("Bạn gửi đánh giá quá nhanh; hãy thử lại sau ít phút.")
        elif voted:
            status, message = 409, _("Bạn đã đánh giá bài viết này.")
        else:
            try:
                stars = int(request.POST.get("stars", ""))
                article_rate(article=article, voter=voter, stars=stars)
                voted, message = True, _("Cảm ơn bạn đã đánh giá.")
            except ValueError:
                status, message = 400, _("Hãy chọn từ 1 đến 5 sao.")
    response = JsonResponse(
        {
            "average": article.rating_average,
            "count": article.rating_count,
            "voted": voted,
            "message": message,
        },
        status=status,
    )
    response.set_cookie(
        VOTER_COOKIE, voter, max_age=365 * 24 * 3600, httponly=True, samesite="Lax", secure=request.is_secure()
    )
    return response


@require_safe
def attachment_file(request: HttpRequest, pk: int) -> HttpResponse:
    """An article's attachment: for anyone once the article is public, for staff who may preview it before."""
    attachment = get_object_or_404(Attachment.objects.select_related("article"), pk=pk)
    public = Article.objects.published().filter(pk=attachment.article_id).exists()
    if not public and not _can_preview(request.user, attachment.article):
        raise Http404
    return file_download(attachment.file, public=public)
