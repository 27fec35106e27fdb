"""``manage.py personal_data``: the retention sweep (``sweep [--dry-run]``)."""

from django.core.management.base import BaseCommand

from portal.personal_data import personal_data_sweep


class Command(BaseCommand):
    help = "Personal data: sweep (erase or anonymise what is past its period; --dry-run counts only)."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        sweep = commands.add_parser("sweep", help="Erase or anonymise personal data past its retention period.")
        sweep.add_argument("--dry-run", action="store_true", help="Count what would be erased; change nothing.")

    def handle(self, *args, action: str, **options):
        getattr(self, f"handle_{action}")(**options)

    def handle_sweep(self, *, dry_run: bool, **options) -> None:
        report = personal_data_sweep(dry_run=dry_run)
        verb = "would erase or anonymise" if dry_run else "erased or anonymised"
        for kind, count in sorted(report.counts.items()):
            self.stdout.write(f"{count:6d}  {kind}")
        self.stdout.write(f"{verb} {report.total} rows (report {report.pk}).")
