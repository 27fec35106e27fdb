"""The site search at /tim-kiem/: news articles, diacritics and case ignored."""

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from news.selectors.articles import SearchParams, articles_search, next_schedule_change
from portal.pagecache import LISTS, cached_page
from portal.pagination import paginate
from portal.web.forms import SearchForm


@require_safe
def search(request: HttpRequest) -> HttpResponse:
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
        results = articles_search(params) if params.terms else None
        page = paginate(request, results.articles) if results else None
        context = {
            "form": form,
            "params": params,
            "terms": params.terms,
            "page": page,
            "capped": results.capped if results else False,
            "cacheable_page": True,
        }
        return TemplateResponse(request, "portal/search.html", context)

    return cached_page(
        request,
        [LISTS],
        build,
        params=("q", "chuyen-muc", "tu-ngay", "den-ngay", "trang"),
        expires=next_schedule_change,
    )
