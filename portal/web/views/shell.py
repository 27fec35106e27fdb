"""The site shell's own pages: home, health check, robots.txt, unit pages, sign-in."""

from django.contrib.auth import views as auth_views
from django.db.models import OuterRef, Subquery
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from news.constants import DOCUMENTS_SCOPE, HOME_ANNOUNCEMENTS_SCOPE
from news.selectors.announcements import announcements_next_change, home_announcements
from news.selectors.articles import home_page_data, next_schedule_change
from news.selectors.documents import documents_latest
from portal.health import health_report_cached
from portal.models import Unit, UnitType
from portal.pagecache import BANNERS, HOME, LISTS, cached_page, kept_value
from portal.permissions import can_access_leaders_area
from portal.selectors import banners_next_change, banners_public

HOME_DOCUMENTS = 5


def _kept_block(name: str, load, next_change, scope: tuple[str, object]) -> tuple:
    """``(next_change(), load())``, a home block of another kind than articles with the moment
    it changes by itself (asked before it is read), kept in the process until that moment or a
    change of ``scope`` (``kept_value``); the page's own expiry reuses the moment."""
    return kept_value(name, lambda: (next_change(), load()), scopes=(scope,), expires=lambda kept: kept[0])


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The home page: announcements (block and ticker), featured, latest, a block per home
    category, new documents, don't miss; and the live blocks (most read, upcoming trainings,
    latest commendations: news/blocks.py, trainings/blocks.py, awards/blocks.py).

    The blocks of other kinds than articles are kept in the process under their own counters
    (``kept_value``), so the rebuild after an article's publication reads only the articles."""
    block_changes = []  # when the kept blocks change by themselves, for the page's expiry

    def build() -> HttpResponse:
        announcements_change, announcements = _kept_block(
            "home:announcements", home_announcements, announcements_next_change, HOME_ANNOUNCEMENTS_SCOPE
        )
        banners_change, banners = _kept_block("home:banners", banners_public, banners_next_change, BANNERS)
        block_changes.extend([announcements_change, banners_change])
        context = {
            **home_page_data(),
            **announcements,
            "latest_documents": kept_value(
                "home:documents", lambda: documents_latest(limit=HOME_DOCUMENTS), scopes=(DOCUMENTS_SCOPE,)
            ),
            "banners": banners,
            "cacheable_page": True,
        }
        return TemplateResponse(request, "portal/home.html", context)

    def expires():
        """When the page changes by itself: an article's time, or a kept block's."""
        moments = [next_schedule_change(), *block_changes]
        return min((moment for moment in moments if moment is not None), default=None)

    return cached_page(request, [HOME, LISTS, DOCUMENTS_SCOPE], build, expires=expires, rebuild_after_sending=True)


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


# A cookie the header's script reads to show a signed-in person the link to their area: the
# pages stay the same for everybody, so the page cache keeps serving them (cheap public pages).
AREA_COOKIE = "khu_vuc"


def landing_area(user) -> str:
    """Where a role works: leaders in their area (they head the editorial board), staff in the admin."""
    if user.has_perm("news.approve_as_leader") and can_access_leaders_area(user):
        return "lanh-dao"
    if user.is_staff:
        return "quan-tri"
    return ""


def landing_url(user) -> str:
    area = landing_area(user)
    if area == "lanh-dao":
        return reverse("news_leaders:queue")
    if area == "quan-tri":
        return reverse("admin:index")
    return reverse("portal:home")


class LoginView(auth_views.LoginView):
    """Sign-in; without a ``next`` page each role lands where it works, not on the home page."""

    template_name = "registration/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self) -> str:
        return landing_url(self.request.user)

    def form_valid(self, form):
        response = super().form_valid(form)
        area = landing_area(form.get_user())
        if area:
            response.set_cookie(AREA_COOKIE, area, samesite="Lax", secure=self.request.is_secure(), httponly=False)
        return response


class LogoutView(auth_views.LogoutView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        response.delete_cookie(AREA_COOKIE, samesite="Lax")
        return response
