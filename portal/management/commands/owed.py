"""``manage.py owed``: what rows still owe (mails, renditions, purges), and ``--sweep`` to do it now."""

from django.core.management.base import BaseCommand

from portal.owed import owed_counts, owed_sweep


class Command(BaseCommand):
    help = "Show the work still owed by rows whose task was lost (the owed-work sweep does it); --sweep does it now."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--sweep", action="store_true", help="Do what is owed now, as the beat task would.")

    def handle(self, *args, sweep: bool = False, **options) -> None:
        if sweep:
            done = owed_sweep()
            for name, count in sorted(done.items()):
                self.stdout.write(f"done {name}: {count}")
        for work, count in owed_counts():
            self.stdout.write(f"{count:6d}  {work.name:32s}  {work.label}")
