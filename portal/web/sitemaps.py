"""Sitemap sections of the site shell; each app adds its own in ``portal/urls.py``."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.models import AboutPage, Question


class StaticViewSitemap(Sitemap):
    changefreq = "daily"
    priority = 1.0

    def items(self) -> list[str]:
        return ["portal:home", "portal:spokesperson", "portal:press_briefings", "portal:questions"]

    def location(self, item: str) -> str:
        return reverse(item)


class OrganisationSitemap(Sitemap):
    """The organisation pages, each listed in Vietnamese and in English with hreflang alternates."""

    changefreq = "monthly"
    priority = 0.6
    i18n = True
    languages = [code for code, _name in settings.LANGUAGES]
    alternates = True

    def items(self) -> list:
        fixed = ["organisation:index", "organisation:chart", "organisation:leaders", "organisation:contact"]
        return fixed + list(AboutPage.objects.published().only("slug"))

    def location(self, item) -> str:
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()


class QuestionSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4
    limit = 5000

    def items(self):
        return Question.objects.published().only("pk", "published_at").order_by("-published_at", "-pk")

    def lastmod(self, question: Question):
        return question.published_at
