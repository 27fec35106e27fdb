"""``manage.py related_refresh``: compute the stored related news of published articles.

The backfill after the lists began to be stored (every article published before is owed one,
and the owed-work sweep does only a hundred per run), and a way to recompute them all
(``--all``) after the rule changes. Safe to run again and beside the sweep.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from news.enums import ArticleStatus
from news.models import Article
from news.services.articles import article_related_refresh


class Command(BaseCommand):
    help = "Tính sẵn tin liên quan của các bài đã đăng (chạy lặp lại vô hại)."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="tính lại cả những bài đã có danh sách")

    def handle(self, *args, **options):
        articles = Article.objects.filter(status=ArticleStatus.PUBLISHED)
        if not options["all"]:
            articles = articles.filter(related_stale=True)
        done = 0
        for pk in articles.order_by("pk").values_list("pk", flat=True).iterator(chunk_size=2000):
            done += article_related_refresh(article_id=pk)
        self.stdout.write(_("Đã tính tin liên quan của %(count)s bài.") % {"count": done})
