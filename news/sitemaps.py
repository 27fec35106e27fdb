"""Sitemap sections of the newsroom (published articles, active categories, public documents,
announcements and the published weeks of the work schedule)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Album, Announcement, Article, Category, Document, Video, WorkWeek


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8
    limit = 5000

    def items(self):
        return Article.objects.published().only("pk", "slug", "updated_at").order_by("-publish_at", "-pk")

    def lastmod(self, item):
        return item.updated_at


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Category.objects.filter(is_active=True).order_by("order", "pk")


class DocumentSitemap(Sitemap):
    """The registry's list and every public document."""

    changefreq = "monthly"
    priority = 0.6
    limit = 5000

    def items(self):
        documents = Document.objects.public().only("pk", "slug", "updated_at").order_by("-published_at", "-pk")
        return ["news:document_list", *documents]

    def location(self, item) -> str:
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at


class AnnouncementSitemap(Sitemap):
    """The announcements' list and every published announcement."""

    changefreq = "daily"
    priority = 0.7
    limit = 5000

    def items(self):
        announcements = Announcement.objects.published().only("pk", "slug", "updated_at").order_by("-publish_at", "-pk")
        return ["news:announcement_list", *announcements]

    def location(self, item) -> str:
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at


class WorkScheduleSitemap(Sitemap):
    """The published weeks of the leaders' schedule."""

    changefreq = "weekly"
    priority = 0.5
    limit = 5000

    def items(self):
        return WorkWeek.objects.published().only("pk", "starts_on", "updated_at").order_by("-starts_on")

    def lastmod(self, item):
        return item.updated_at


class AlbumSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5
    limit = 5000

    def items(self):
        return Album.objects.published().only("pk", "slug", "updated_at").order_by("-taken_on", "-pk")

    def lastmod(self, item):
        return item.updated_at


class VideoSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5
    limit = 5000

    def items(self):
        return Video.objects.published().only("pk", "slug", "updated_at").order_by("-recorded_on", "-pk")

    def lastmod(self, item):
        return item.updated_at
