"""Pages of the honour roll (public) and the commendation figures of the leaders' area.

Views only read through ``selectors``; each page runs a fixed number of queries.
"""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from news.selectors.media import linked_media
from portal.charts import Series, horizontal_bar_chart
from portal.downloads import file_download
from portal.models import Unit
from portal.pagination import paginate
from portal.permissions import leaders_area_required

from . import selectors
from .enums import DecisionStatus
from .forms import FiguresFilterForm, HonourRollFilterForm
from .models import Decision


def _page(request: HttpRequest, items):
    return paginate(request, items)


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """The honour roll: every public commendation, by school year, form, unit, or a name."""
    form = HonourRollFilterForm(request.GET or None, options=selectors.honour_roll_options())
    filters = form.filters()
    page = _page(request, selectors.honour_roll(**filters))
    is_filtered = any(filters.values())
    context = {"form": form, "page": page, "is_filtered": is_filtered}
    if not is_filtered and page.number == 1:
        context["latest_decisions"] = selectors.decisions_latest(limit=5)
        context["exemplary"] = list(selectors.exemplary_commendations()[:4])
    return render(request, "awards/index.html", context)


@require_safe
def decision_list(request: HttpRequest) -> HttpResponse:
    page = _page(request, selectors.decisions_with_counts())
    return render(request, "awards/decision_list.html", {"page": page})


@require_safe
def decision_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """A public decision with its list; editors may preview a draft or a revoked one here."""
    decision = selectors.decisions_public().select_related("training").filter(slug=slug).first()
    preview = False
    if decision is None:
        if not request.user.has_perm("awards.change_decision"):
            raise Http404(_("Không có quyết định khen thưởng này, hoặc quyết định chưa công bố."))
        decision = get_object_or_404(Decision.objects.select_related("training"), slug=slug)
        preview = True
    page = _page(request, selectors.decision_commendations(decision=decision))
    response = render(
        request,
        "awards/decision_detail.html",
        {
            "decision": decision,
            "page": page,
            "preview": preview,
            "decision_articles": selectors.decision_articles(decision=decision),
            **linked_media(decision),
        },
    )
    if preview:
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def decision_file(request: HttpRequest, slug: str) -> HttpResponse:
    """The scan of a decision: for anyone once published; of a draft or a revoked one, for staff (404 for others)."""
    decision = selectors.decision_for_download(slug=slug, user=request.user)
    if decision is None:
        raise Http404
    return file_download(decision.file, public=decision.status == DecisionStatus.PUBLISHED)


@require_safe
def unit_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Everything a unit and its people received, over the years."""
    unit = get_object_or_404(Unit.objects.select_related("parent"), slug=slug)
    page = _page(request, selectors.unit_commendations(unit=unit))
    return render(request, "awards/unit_detail.html", {"unit": unit, "page": page})


@require_safe
def exemplary_list(request: HttpRequest) -> HttpResponse:
    """Exemplary collectives and people (gương điển hình tiên tiến), with the stories about them."""
    page = _page(request, selectors.exemplary_commendations())
    return render(request, "awards/exemplary_list.html", {"page": page})


# --- leaders' area ------------------------------------------------------------------------------


@never_cache
@leaders_area_required
@require_safe
def figures(request: HttpRequest) -> HttpResponse:
    """Commendations per school year, per form and per unit: tables and bar charts."""
    school_years = selectors.school_years_public()
    form = FiguresFilterForm(request.GET or None, school_years=school_years)
    school_year = form.school_year()
    figures = selectors.commendation_figures(school_year=school_year)
    series = [Series("collective", _("Tập thể")), Series("individual", _("Cá nhân"))]
    # Drawn 360 units wide so that the labels stay legible on a phone; CSS caps the width on a desk.
    charts = {
        key: horizontal_bar_chart(rows, series, title=title, width=360)
        for key, rows, title in (
            ("school_years", figures.school_years, _("Khen thưởng theo năm học")),
            ("forms", figures.forms, _("Khen thưởng theo hình thức")),
            ("units", figures.units, _("Khen thưởng theo đơn vị")),
        )
    }
    return render(
        request,
        "awards/leaders/figures.html",
        {"form": form, "school_year": school_year, "figures": figures, "charts": charts},
    )
