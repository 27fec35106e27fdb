"""The site search at /tim-kiem/: one box for articles, announcements, documents, training
conferences and commendation decisions, diacritics and case ignored, grouped by kind."""

import datetime

from django.db.models import Count, QuerySet, Window
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from awards.selectors import decisions_search
from news.constants import DOCUMENTS_SCOPE
from news.selectors.announcements import announcements_search, public_next_change
from news.selectors.articles import SearchParams, articles_search
from news.selectors.documents import DocumentFilters, documents_search
from portal.pagecache import LISTS, RECORDS, cached_page
from portal.pagination import paginate
from portal.web.forms import SearchForm
from trainings.selectors import trainings_search

# The kinds besides articles, by the value of ``?loai=``: their label and how to search them.
KINDS = {
    "thong-bao": (_("Thông báo"), lambda params: announcements_search(params.terms)),
    # The text as typed, so that a number ("1234/SGDĐT") matches as the registry's own search does.
    "van-ban": (_("Văn bản"), lambda params: documents_search(DocumentFilters(text=params.text[:200].strip()))),
    "hoi-nghi": (_("Hội nghị tập huấn"), lambda params: trainings_search(params.terms)),
    "khen-thuong": (_("Quyết định khen thưởng"), lambda params: decisions_search(params.text)),
}
# How many of each other kind the first page shows beside the articles.
PREVIEW_SIZE = 3
# Trainings and decisions purge the search (RECORDS) when the admin or a service changes them;
# a search page is still kept this long at most, for a row changed past them.
SEARCH_PAGE_SECONDS = 60


def _search_next_change() -> datetime.datetime:
    """When a search page changes by itself: an article's or announcement's time, or the end of
    SEARCH_PAGE_SECONDS."""
    soon = timezone.now() + datetime.timedelta(seconds=SEARCH_PAGE_SECONDS)
    change = public_next_change()
    return soon if change is None else min(change, soon)


def _preview(queryset: QuerySet) -> tuple[list, int]:
    """The first PREVIEW_SIZE rows and the number of all matches, in one query (a window count)."""
    rows = list(queryset.annotate(total_matches=Window(Count("pk")))[:PREVIEW_SIZE])
    return rows, (rows[0].total_matches if rows else 0)


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("loai", "")
    kind = kind if kind in KINDS else ""

    def build() -> HttpResponse:
        form = SearchForm(request.GET or None)
        params = SearchParams()
        if form.is_valid():
            params = SearchParams(
                text=form.cleaned_data["q"],
                category=form.cleaned_data["chuyen_muc"],
                date_from=form.cleaned_data["tu_ngay"],
                date_to=form.cleaned_data["den_ngay"],
            )
        elif form.is_bound:
            params = SearchParams(text=(request.GET.get("q") or "")[:2000])
        page, capped, groups = None, False, []
        if params.terms:
            if kind:
                page = paginate(request, KINDS[kind][1](params))
            else:
                results = articles_search(params)
                page, capped = paginate(request, results.articles), results.capped
                for value, (label, find) in KINDS.items():
                    rows, total = _preview(find(params))
                    groups.append({"kind": value, "label": label, "rows": rows, "total": total})
        context = {
            "form": form,
            "params": params,
            "terms": params.terms,
            "kind": kind,
            "kind_label": KINDS[kind][0] if kind else "",
            "kinds": [(value, label) for value, (label, _find) in KINDS.items()],
            "groups": groups,
            "page": page,
            "capped": capped,
            "cacheable_page": True,
        }
        return TemplateResponse(request, "portal/search.html", context)

    return cached_page(
        request,
        [LISTS, DOCUMENTS_SCOPE, RECORDS],
        build,
        params=("q", "loai", "chuyen-muc", "tu-ngay", "den-ngay", "trang"),
        expires=_search_next_change,
    )
