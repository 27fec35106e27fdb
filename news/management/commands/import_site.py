"""``manage.py import_site``: bring in an old site's articles from its WordPress export, RSS or Atom feed."""

from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from news.services.site_import import site_import
from news.site_export import ExportRefused, load_export
from portal.models import User


class Command(BaseCommand):
    help = (
        "Nhập bài từ trang cũ: tệp xuất WordPress (.xml), RSS/Atom, hoặc tệp .zip gồm tệp .xml và thư mục uploads/. "
        "Không tải gì từ mạng; chạy lại thì cập nhật, không nhân đôi."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="Tệp .xml hoặc .zip.")
        parser.add_argument("--user", required=True, help="Tên đăng nhập của người nhập (cần quyền nhập bài).")
        parser.add_argument("--images", type=Path, help="Thư mục ảnh (wp-content/uploads) khi tệp là .xml.")
        parser.add_argument("--dry-run", action="store_true", help="Chạy thử: báo cáo, không ghi gì.")
        parser.add_argument("--skip-bad", action="store_true", help="Bỏ qua các mục lỗi, nhập các mục còn lại.")

    def handle(self, *args, **options):
        user = User.objects.filter(username=options["user"], is_active=True).first()
        if user is None:
            raise CommandError(_("Không có tài khoản %(name)s.") % {"name": options["user"]})
        try:
            export, files = load_export(options["path"], images=options["images"])
            report = site_import(
                export=export, files=files, by=user, dry_run=options["dry_run"], skip_bad=options["skip_bad"]
            )
        except ExportRefused as error:
            raise CommandError(str(error)) from None
        except PermissionDenied as error:
            raise CommandError(str(error)) from None
        for line in report.lines():
            self.stdout.write(line)
        if report.problems and not report.written and not options["dry_run"]:
            raise CommandError(_("Không nhập: %(count)s mục lỗi.") % {"count": len(report.problems)})
