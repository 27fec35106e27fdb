"""The organisation pages (Vietnamese, and English under /en/) and the spokesperson's pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from news.selectors.documents import press_releases_latest, press_releases_url, spokesperson_regulation
from portal.models import AboutPage, Leader, Office, Spokesperson
from portal.pagination import paginate
from portal.personal_data import personal_data_entries, portal_cookies
from portal.selectors import (
    department_unit,
    organisation_chart_units,
    press_briefings_calendar,
    press_briefings_upcoming,
)


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    pages = AboutPage.objects.published().only("title", "title_en", "slug")
    return render(request, "portal/organisation/index.html", {"pages": pages})


@require_safe
def page(request: HttpRequest, slug: str) -> HttpResponse:
    about_page = get_object_or_404(AboutPage.objects.published(), slug=slug)
    return render(request, "portal/organisation/page.html", {"page": about_page})


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    """The personal data policy: the text, the register of what is kept and the portal's own cookies."""
    context = {"entries": personal_data_entries(), "cookies": portal_cookies()}
    return render(request, "portal/organisation/privacy.html", context)


@require_safe
def chart(request: HttpRequest) -> HttpResponse:
    department = department_unit()
    context = {
        "department": department,
        "leaders": Leader.objects.active().only("full_name", "position", "position_en"),
        "offices": Office.objects.active().only("name", "name_en", "head_name", "head_title", "head_title_en"),
        "unit_groups": organisation_chart_units(department),
    }
    return render(request, "portal/organisation/chart.html", context)


@require_safe
def leaders(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/organisation/leaders.html", {"leaders": Leader.objects.active()})


@require_safe
def contact(request: HttpRequest) -> HttpResponse:
    context = {
        "offices": Office.objects.active(),
        "spokespersons": Spokesperson.objects.active(),
    }
    return render(request, "portal/organisation/contact.html", context)


@require_safe
def spokesperson(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    context = {
        "now": now,
        "spokespersons": Spokesperson.objects.active(),
        "upcoming": press_briefings_upcoming(now=now),
        # Press releases and the spokesperson regulation belong to news/: the latest
        # releases, their category's listing, and the registry's document flagged as the regulation.
        "press_releases": press_releases_latest(limit=5),
        "press_releases_url": press_releases_url(),
        "regulation": spokesperson_regulation(),
    }
    return render(request, "portal/spokesperson.html", context)


@require_safe
def press_briefings(request: HttpRequest) -> HttpResponse:
    page = paginate(request, press_briefings_calendar())
    return render(request, "portal/press_briefings.html", {"page": page, "now": timezone.now()})
