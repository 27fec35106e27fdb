"""Sitemap sections of the honour roll: public decisions, and the pages of units that were honoured."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.models import Unit

from .models import Decision
from .selectors import decisions_public, units_with_public_commendations


class DecisionSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return decisions_public().only("slug", "updated_at")

    def lastmod(self, decision: Decision):
        return decision.updated_at


class UnitCommendationsSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return units_with_public_commendations().only("slug").order_by("slug")

    def location(self, unit: Unit) -> str:
        return reverse("awards:unit", kwargs={"slug": unit.slug})
