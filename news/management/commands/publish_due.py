"""``manage.py publish_due``: the publication sweep by hand (what beat runs every minute)."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from news.services.articles import articles_expire, articles_go_live


class Command(BaseCommand):
    help = "Xử lý các bài đã đến giờ đăng hoặc hết hạn hiển thị (chạy lặp lại vô hại)."

    def handle(self, *args, **options):
        live = articles_go_live()
        expired = articles_expire()
        self.stdout.write(
            _("%(live)s bài lên trang, %(expired)s bài hết hạn.") % {"live": len(live), "expired": len(expired)}
        )
