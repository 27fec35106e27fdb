"""``manage.py restore ARCHIVE``: an archive of ``manage.py backup`` into an empty database and empty media folders."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup archive into the configured database (DATABASE_URL) and media folders, which must be "
        "empty unless --force. Every checksum and migration is checked before anything is changed."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--force", action="store_true", help="Replace a database and media folders that are not empty."
        )

    def handle(self, *args, archive: Path, force: bool = False, **options) -> None:
        if not archive.is_file():
            raise CommandError(f"{archive} does not exist.")
        try:
            done = restore(archive, force=force)
        except BackupError as error:
            raise CommandError(f"{error} Nothing was restored.") from None
        manifest = done.manifest
        self.stdout.write(
            f"restored {archive.name}, made {manifest['created_at']} by portal {manifest['portal_version']}:\n"
            f"  database: {done.tables} tables, {done.rows} rows (equal to the manifest's counts)\n"
            f"  media: {done.files} files, {done.bytes} bytes (checksums verified)"
        )
        if done.newer_migrations:
            self.stdout.write(
                f"  this code has {len(done.newer_migrations)} migrations the archive had not applied: "
                "run manage.py migrate"
            )
