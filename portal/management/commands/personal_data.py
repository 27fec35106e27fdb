"""``manage.py personal_data``: a person's records (``find``, ``export``, ``erase``) and the retention ``sweep``.

``find``, ``export`` and ``erase`` take ``--email``, ``--phone`` or ``--name`` with ``--unit``,
and ``--by`` the username of the data protection officer doing it (the request is recorded
under that account, and exported files carry it).
"""

from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from portal.models import RequestKind, User
from portal.personal_data import personal_data_sweep
from portal.rights import (
    Person,
    RightsError,
    personal_data_erase,
    personal_data_export,
    personal_data_find,
    request_open,
)


class Command(BaseCommand):
    help = (
        "Personal data: find | export | erase the records about a person (--email, --phone, or --name with --unit); "
        "sweep (erase or anonymise what is past its period; --dry-run counts only)."
    )

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        for action, text in (
            ("find", "List every record about a person, history copies included."),
            ("export", "Write every record about a person to a .json or .xlsx file."),
            ("erase", "Erase or anonymise a person's records; say what is kept and why."),
        ):
            sub = commands.add_parser(action, help=text)
            sub.add_argument("--email", default="")
            sub.add_argument("--phone", default="")
            sub.add_argument("--name", default="")
            sub.add_argument("--unit", default="", help="The unit, with --name (people share names).")
            if action != "find":
                sub.add_argument("--by", required=True, help="Username of the data protection officer.")
                sub.add_argument("--requester", default="", help="Who asked, and how to reach them.")
            if action == "export":
                sub.add_argument("--output", required=True, help="File to write: name.json or name.xlsx.")
        sweep = commands.add_parser("sweep", help="Erase or anonymise personal data past its retention period.")
        sweep.add_argument("--dry-run", action="store_true", help="Count what would be erased; change nothing.")

    def handle(self, *args, action: str, **options):
        try:
            getattr(self, f"handle_{action}")(**options)
        except (RightsError, PermissionDenied) as error:
            raise CommandError(str(error)) from error

    def _person(self, options) -> Person:
        return Person(email=options["email"], phone=options["phone"], name=options["name"], unit=options["unit"])

    def _by(self, options) -> User:
        by = User.objects.filter(username=options["by"], is_active=True).first()
        if by is None:
            raise CommandError(f"--by {options['by']}: no active account of that name.")
        return by

    def _request(self, options, kind: str, person: Person, by: User):
        return request_open(
            by=by,
            kind=kind,
            requester=options["requester"] or str(person),
            email=person.email,
            phone=person.phone,
            full_name=person.name,
            unit_name=person.unit,
        )

    def handle_find(self, **options) -> None:
        matches = personal_data_find(person=self._person(options))
        for match in matches:
            where = " (history)" if match.is_history else ""
            self.stdout.write(f"{match.holding.model} {match.row.pk}{where}: {match.name}")
        self.stdout.write(f"{len(matches)} records.")

    def handle_export(self, *, output: str, **options) -> None:
        person, by = self._person(options), self._by(options)
        suffix = Path(output).suffix.lower()
        if suffix not in (".json", ".xlsx"):
            raise CommandError("--output must end in .json or .xlsx.")
        request = self._request(options, RequestKind.ACCESS, person, by)
        data, _content_type = personal_data_export(person=person, by=by, fmt=suffix[1:], request=request)
        Path(output).write_bytes(data)
        self.stdout.write(f"Wrote {output}; request {request.pk} recorded.")

    def handle_erase(self, **options) -> None:
        person, by = self._person(options), self._by(options)
        request = self._request(options, RequestKind.ERASE, person, by)
        outcome = personal_data_erase(person=person, by=by, request=request)
        self.stdout.write(outcome.summary())

    def handle_sweep(self, *, dry_run: bool, **options) -> None:
        report = personal_data_sweep(dry_run=dry_run)
        verb = "would erase or anonymise" if dry_run else "erased or anonymised"
        for kind, count in sorted(report.counts.items()):
            self.stdout.write(f"{count:6d}  {kind}")
        self.stdout.write(f"{verb} {report.total} rows (report {report.pk}).")
