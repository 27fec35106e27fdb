"""The site shell's own pages: home, health check, robots.txt, unit pages, sign-in."""

from django.contrib.auth import views as auth_views
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from awards.selectors import commendations_latest
from news.selectors.articles import home_page_data, next_schedule_change
from portal.health import health_report_cached
from portal.models import Unit, UnitType
from portal.pagecache import HOME, LISTS, cached_page
from trainings.selectors import trainings_upcoming


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The home page: featured, latest, a block per home category, most read, don't miss."""

    def build() -> HttpResponse:
        context = {
            **home_page_data(),
            "upcoming_trainings": trainings_upcoming(limit=3),
            "latest_commendations": commendations_latest(limit=5),
            "cacheable_page": True,
        }
        return TemplateResponse(request, "portal/home.html", context)

    return cached_page(request, [HOME, LISTS], build, expires=next_schedule_change)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """JSON state of the database, cache, broker and heartbeat; 503 when any is down."""
    report = health_report_cached()
    return JsonResponse(report, status=200 if report["status"] == "ok" else 503)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /lanh-dao/",
        "Disallow: /dang-nhap/",
        "Disallow: /tim-kiem/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def unit_detail(request: HttpRequest, slug: str) -> HttpResponse:
    kind_name = UnitType.objects.filter(code=OuterRef("kind")).values("name")[:1]
    unit = get_object_or_404(
        Unit.objects.active().select_related("parent").annotate(kind_name=Subquery(kind_name)), slug=slug
    )
    children = unit.children.active().only("name", "slug", "kind")
    return render(request, "portal/unit_detail.html", {"unit": unit, "children": children})


class LoginView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True
