"""The root URL configuration: the site shell, the organisation pages (also in English), the apps, the admin."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.decorators.cache import cache_page
from django.views.generic import RedirectView

from awards.sitemaps import DecisionSitemap, UnitCommendationsSitemap
from news.sitemaps import (
    AlbumSitemap,
    AnnouncementSitemap,
    ArticleSitemap,
    CategorySitemap,
    DocumentSitemap,
    VideoSitemap,
    WorkScheduleSitemap,
)
from portal.admin.editor import urlpatterns as editor_urlpatterns
from portal.admin.gallery import urlpatterns as gallery_urlpatterns
from trainings.sitemaps import TrainingSitemap

from .sitemaps import OrganisationSitemap, QuestionSitemap, StaticViewSitemap

sitemaps = {
    "pages": StaticViewSitemap,
    "organisation": OrganisationSitemap,
    "questions": QuestionSitemap,
    "categories": CategorySitemap,
    "articles": ArticleSitemap,
    "documents": DocumentSitemap,
    "announcements": AnnouncementSitemap,
    "work-schedule": WorkScheduleSitemap,
    "albums": AlbumSitemap,
    "videos": VideoSitemap,
    "trainings": TrainingSitemap,
    "awards-decisions": DecisionSitemap,
    "awards-units": UnitCommendationsSitemap,
}

urlpatterns = [
    # The news pages first: they take most of the traffic, and URLs resolve in order.
    path("", include("news.urls")),
    path("", include("portal.web.site_urls")),
    # The organisation and contact pages: /gioi-thieu/... in Vietnamese, /en/about/... in
    # English (portal/i18n.py; the language comes from the URL, portal.middleware).
    *i18n_patterns(path("", include("portal.web.organisation_urls")), prefix_default_language=False),
    path("en/", RedirectView.as_view(pattern_name="organisation:index")),
    path("sitemap.xml", cache_page(600)(sitemap_views.index), {"sitemaps": sitemaps}, name="sitemap"),
    path(
        "sitemap-<section>.xml",
        cache_page(600)(sitemap_views.sitemap),
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("lanh-dao/khen-thuong/", include("awards.leaders_urls")),
    path("lanh-dao/", include("news.leaders_urls")),
    path("lanh-dao/", include("trainings.leaders_urls")),
    path("hoi-nghi-tap-huan/", include("trainings.urls")),
    path("khen-thuong/", include("awards.urls")),
    *editor_urlpatterns,
    *gallery_urlpatterns,
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
