"""The trainings section of the sitemap: every public training page."""

from django.contrib.sitemaps import Sitemap

from .models import Training


class TrainingSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Training.objects.public().only("slug", "updated_at").order_by("-starts_at")

    def lastmod(self, training: Training):
        return training.updated_at
