"""``manage.py backup``: one archive of the database and the media into BACKUP_DIR, keeping the last BACKUP_KEEP."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.backups import DUMP, BackupError, backup


class Command(BaseCommand):
    help = (
        "Write one backup archive (pg_dump in custom format, the public and private media, a manifest) "
        "and delete all but the newest archives."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dir", type=Path, help="Folder of the archives (default: BACKUP_DIR).")
        parser.add_argument("--keep", type=int, help="How many archives to keep (default: BACKUP_KEEP).")

    def handle(self, *args, dir: Path | None = None, keep: int | None = None, **options) -> None:
        folder = dir or settings.BACKUP_DIR
        keep = settings.BACKUP_KEEP if keep is None else keep
        if keep < 1:
            raise CommandError("--keep must be 1 or more.")
        try:
            archive, manifest, deleted = backup(folder, keep=keep)
        except BackupError as error:
            raise CommandError(str(error)) from None
        files = [meta for name, meta in manifest["files"].items() if name != DUMP]
        self.stdout.write(
            f"backup written: {archive} ({archive.stat().st_size} bytes)\n"
            f"  database: {len(manifest['row_counts'])} tables, {sum(manifest['row_counts'].values())} rows, "
            f"{len(manifest['migrations'])} migrations applied\n"
            f"  media: {len(files)} files, {sum(meta['size'] for meta in files)} bytes"
        )
        for path in deleted:
            self.stdout.write(f"  deleted old archive: {path.name}")
