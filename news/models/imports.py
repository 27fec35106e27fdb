"""What the import of an old site left: which article each old post became, and its old address."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ImportedArticle(models.Model):
    """An article brought in from an old site, found again by the post's key when the import runs again.

    Its old address answers with a permanent redirect to the article (news.middleware), by
    path (``/2024/09/05/ten-bai/``) or by WordPress's short address (``/?p=101``).
    """

    article = models.OneToOneField(
        "news.Article", verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="imported_from"
    )
    source_key = models.CharField(
        _("mã bài ở trang cũ"), max_length=500, unique=True, help_text=_("guid hoặc đường dẫn.")
    )
    old_url = models.URLField(_("địa chỉ cũ"), max_length=1000, blank=True)
    old_path = models.CharField(_("đường dẫn cũ"), max_length=1000, blank=True)
    old_post_id = models.PositiveIntegerField(_("mã số bài ở trang cũ"), null=True, blank=True)
    content_hash = models.CharField(_("dấu nội dung"), max_length=64, editable=False)
    # The images stored for the post, by their old address: a rerun reuses them instead of storing copies.
    files = models.JSONField(_("ảnh đã lưu"), default=dict, blank=True, editable=False)
    imported_at = models.DateTimeField(_("nhập lúc"), auto_now=True)

    class Meta:
        verbose_name = _("bài nhập từ trang cũ")
        verbose_name_plural = _("bài nhập từ trang cũ")
        ordering = ["-imported_at"]
        permissions = [("import_site", _("Nhập bài từ trang cũ"))]
        constraints = [
            models.UniqueConstraint(fields=["old_path"], condition=~Q(old_path=""), name="imported_old_path_unique"),
            models.UniqueConstraint(
                fields=["old_post_id"], condition=Q(old_post_id__isnull=False), name="imported_old_post_id_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.old_url or self.source_key

    def get_absolute_url(self) -> str:
        return self.article.get_absolute_url()
