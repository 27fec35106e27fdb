"""``manage.py seed_demo``: believable Vietnamese demo content, safe to run again."""

import importlib

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Apps seed in this order: news needs units and users, trainings link news, awards link both.
SEED_ORDER = ["portal", "news", "trainings", "awards"]


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu (đơn vị, tài khoản theo vai trò, tin bài, hội nghị, khen thưởng)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Cho phép chạy khi DEBUG tắt (chỉ dùng cho máy thử nghiệm).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "seed_demo adds demo accounts with known passwords; it runs only with DEBUG=1 "
                "(or --allow-production on a test machine)."
            )
        for label in SEED_ORDER:
            app_config = apps.get_app_config(label)
            try:
                module = importlib.import_module(f"{app_config.name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{app_config.name}.demo":
                    raise
                continue
            module.seed(stdout=self.stdout)
            self.stdout.write(self.style.SUCCESS(f"✓ {app_config.verbose_name}"))
