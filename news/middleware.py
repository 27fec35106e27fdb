"""Old addresses of imported articles answer with a permanent redirect instead of "not found"."""

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from .models import Article, ImportedArticle

MAX_OLD_PATH = 1000


def _redirect(found) -> HttpResponse | None:
    # Only to a published article, so that an old address tells nothing of the others.
    article = Article.objects.published().filter(imported_from__in=found).only("pk", "slug").first()
    return HttpResponsePermanentRedirect(article.get_absolute_url()) if article else None


class OldAddressRedirectMiddleware:
    """WordPress's short address (``/?p=101``) is looked up before the home page answers; any other
    path only when the portal found nothing there (a 404 for GET or HEAD): one query, on those
    requests only."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        post_id = request.GET.get("p", "")
        if request.path == "/" and post_id.isdigit() and len(post_id) < 10:
            redirect = _redirect(ImportedArticle.objects.filter(old_post_id=int(post_id)))
            if redirect is not None:
                return redirect
        response = self.get_response(request)
        if response.status_code != 404 or len(request.path) > MAX_OLD_PATH:
            return response
        return _redirect(ImportedArticle.objects.filter(old_path=request.path)) or response
