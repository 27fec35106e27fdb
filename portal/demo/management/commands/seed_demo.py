"""``manage.py seed_demo``: believable Vietnamese demo content from ``portal/demo/data/``, safe to run again."""

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ... import announcements, awards, documents, media, newsroom, organisation, privacy, reform, royalties, trainings
from ...content import DemoDataError

# Seeded in this order: articles need units and users, trainings link articles, awards link both.
# Each step is one transaction; the label names the app it fills in the summary printed.
STEPS = [
    ("portal", [organisation.seed]),
    ("news", [newsroom.seed, documents.seed, announcements.seed, royalties.seed]),
    ("trainings", [trainings.seed]),
    ("awards", [awards.seed]),
    # The 2025 reform's units and lineage, and the records that use them: after the rest.
    ("portal", [reform.seed]),
    # Albums and videos after the records: they are linked to articles, conferences and decisions.
    ("news", [media.seed, media.seed_old_site]),
    # Last: it reads what the others wrote (the retention sweep's report, a finished request).
    ("portal", [privacy.seed]),
]


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
        for label, seeders in STEPS:
            for seed in seeders:
                try:
                    seed(stdout=self.stdout)
                except DemoDataError as error:
                    raise CommandError(f"demo data (portal/demo/data/): {error}") from error
            self.stdout.write(self.style.SUCCESS(f"✓ {apps.get_app_config(label).verbose_name}"))
