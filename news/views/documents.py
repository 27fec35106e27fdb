"""Public pages of the documents registry: the list with its filters and search, a document's page, comments on drafts."""

import datetime

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe
from django_ratelimit.decorators import ratelimit

from news.constants import DOCUMENTS_SCOPE
from news.selectors.documents import (
    DocumentFilters,
    document_facets,
    document_file_for_download,
    document_for_page,
    documents_search,
    files_for_listing,
)
from news.services.documents import DocumentError, document_comment_submit
from portal.downloads import file_download
from portal.forms import PublicFeedbackForm
from portal.pagecache import cached_page
from portal.pagination import paginate

from ..enums import DocumentStatus
from ..forms import DocumentCommentForm
from ..models import Document, DocumentComment

TYPED_QUERY_PAGE_LIFETIME = datetime.timedelta(minutes=1)


@require_safe
def document_list(request: HttpRequest) -> HttpResponse:
    """The registry: every public document, newest first, or those matching the visitor's words and filters."""
    filters = DocumentFilters.from_query(request.GET)

    def build() -> HttpResponse:
        page = paginate(request, documents_search(filters).prefetch_related(files_for_listing()))
        context = {
            "filters": filters,
            "facets": document_facets(filters),
            "page": page,
            "terms": filters.terms,
            "cacheable_page": True,
        }
        return TemplateResponse(request, "news/documents/document_list.html", context)

    # A page of typed words is kept a minute only: each distinct text is an entry, and a
    # crawler must not fill the Redis the broker shares with a day of them.
    expires = (lambda: timezone.now() + TYPED_QUERY_PAGE_LIFETIME) if filters.terms else None
    return cached_page(request, [DOCUMENTS_SCOPE], build, params=DocumentFilters.QUERY_PARAMETERS, expires=expires)


def _preview(request: HttpRequest, pk: int) -> HttpResponse:
    """A document not (yet) public, as its page will look; for staff who manage documents, never cached."""
    if not request.user.has_perm("news.change_document"):
        raise Http404(_("Không tìm thấy văn bản."))
    document = get_object_or_404(Document.objects.all(), pk=pk)
    document.is_public = True  # read it through the public selector's shape, unsaved
    response = render(
        request,
        "news/documents/document_detail.html",
        {"document": _with_page_data(document), "preview": True},
    )
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


def _with_page_data(document: Document) -> Document:
    document.public_replaces = list(document.replaces.filter(is_public=True))
    document.public_related = list(document.related_documents.filter(is_public=True))
    document.published_comments = list(DocumentComment.objects.published().filter(document=document))
    return document


@require_safe
def document_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    def build() -> HttpResponse:
        document = document_for_page(pk=pk)
        if document is None:
            raise Http404(_("Không tìm thấy văn bản."))
        if slug != document.slug:
            return redirect(document.get_absolute_url(), permanent=True)
        context = {
            "document": document,
            "canonical_url": request.build_absolute_uri(document.get_absolute_url()),
            "statuses": DocumentStatus,
            "cacheable_page": True,
        }
        return TemplateResponse(request, "news/documents/document_detail.html", context)

    try:
        return cached_page(request, [DOCUMENTS_SCOPE], build)
    except Http404:
        if request.user.is_authenticated:
            return _preview(request, pk)
        raise


@require_safe
def document_file(request: HttpRequest, pk: int) -> HttpResponse:
    """A file of a document: for anyone when the document is public, otherwise for staff (404 for others).

    A PDF opens in the browser, named in Vietnamese; ``?tai-ve=1`` (the button beside) saves it.
    """
    document_file = document_file_for_download(pk=pk, user=request.user)
    if document_file is None:
        raise Http404
    inline = document_file.opens_in_browser and "tai-ve" not in request.GET
    return file_download(
        document_file.file,
        public=document_file.document.is_public,
        filename=document_file.download_name,
        as_attachment=not inline,
    )


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=PublicFeedbackForm.RATES[0], method="POST")
@ratelimit(key="ip", rate=PublicFeedbackForm.RATES[1], method="POST")
def document_comment(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """The comment form of a draft open for comment; after the closing date it says so and takes nothing."""
    document = get_object_or_404(Document.objects.public().select_related("issuer"), pk=pk, is_draft=True)
    form = DocumentCommentForm(request.POST or None)
    if request.method == "POST" and document.is_open_for_comment and form.is_valid():
        try:
            if not form.is_bot():  # a bot sees the same thanks, and nothing is stored
                document_comment_submit(
                    document=document,
                    full_name=form.cleaned_data["full_name"],
                    email=form.cleaned_data["email"],
                    unit_name=form.cleaned_data["unit_name"],
                    body=form.cleaned_data["body"],
                )
        except DocumentError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Cảm ơn bạn đã góp ý. Cán bộ của Sở đọc mọi góp ý; góp ý được duyệt sẽ hiện dưới dự thảo."),
            )
            return redirect("news:document_comment", slug=document.slug, pk=document.pk)
    return render(request, "news/documents/comment_form.html", {"document": document, "form": form})
