"""What readers leave behind: views per day, ratings, and the view-count buffers applied."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .articles import Article


class ArticleDailyViews(models.Model):
    """Views of an article on one day (Vietnam time), written by the view-count flush task."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="daily_views")
    day = models.DateField(_("ngày"))
    views = models.PositiveIntegerField(_("lượt xem"), default=0)

    class Meta:
        verbose_name = _("lượt xem theo ngày")
        verbose_name_plural = _("lượt xem theo ngày")
        ordering = ["-day"]
        constraints = [models.UniqueConstraint(fields=["article", "day"], name="article_daily_views_unique")]
        indexes = [models.Index(fields=["day", "article"], name="article_daily_views_day")]

    def __str__(self) -> str:
        return f"{self.article_id} {self.day}: {self.views}"


class ArticleRating(models.Model):
    """One browser's rating of an article (1 to 5 stars); the unique row makes it one vote."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="ratings")
    voter = models.CharField(
        max_length=64, help_text=_("Mã ngẫu nhiên của trình duyệt (cookie), không phải danh tính.")
    )
    stars = models.PositiveSmallIntegerField(_("số sao"))
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("đánh giá bài viết")
        verbose_name_plural = _("đánh giá bài viết")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["article", "voter"], name="article_rating_one_per_voter"),
            models.CheckConstraint(condition=Q(stars__gte=1, stars__lte=5), name="article_rating_stars_range"),
        ]

    def __str__(self) -> str:
        return f"{self.article_id}: {self.stars}"


class AppliedViewBuffer(models.Model):
    """A Redis buffer of view counts already added to the database.

    Written in the same transaction as the counts, so a buffer applied by one flush and
    found again (a crash before its key was deleted, a second flush at the same time) is
    never counted twice.
    """

    name = models.CharField(_("bộ đệm"), max_length=100, unique=True)
    applied_at = models.DateTimeField(_("đã ghi lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("bộ đệm lượt xem đã ghi")
        verbose_name_plural = _("bộ đệm lượt xem đã ghi")
        ordering = ["-applied_at"]

    def __str__(self) -> str:
        return self.name
