"""``manage.py check_services``: one line per unreachable service, exit status 1 if any."""

import sys

from django.core.management.base import BaseCommand

from portal.preflight import check_services


class Command(BaseCommand):
    help = "Kiểm tra kết nối cơ sở dữ liệu và Redis trước khi khởi động."
    requires_system_checks = []

    def handle(self, *args, **options):
        problems = check_services()
        for problem in problems:
            self.stderr.write(f"error: {problem}")
        if problems:
            sys.exit(1)
        self.stdout.write("database and redis: ok")
