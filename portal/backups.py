"""Backups that restore: one archive of the database and the media, checked before anything is restored from it.

An archive is an uncompressed tar (the dump is compressed already, and so are pictures):

- ``database.dump``: ``pg_dump --format=custom`` of the portal's database, taken in the snapshot
  that the manifest's row counts and migrations were read in, so all three agree;
- ``media/...`` and ``private/...``: the files of MEDIA_ROOT and PRIVATE_MEDIA_ROOT (on disk;
  media on S3 are the bucket's to keep, with its versioning);
- ``manifest.json``: when, which portal version, the applied migrations, every table's row
  count, and every member's size and SHA-256.

A restore reads the whole archive and checks every checksum and the migrations before it
touches the target; the database is restored in one transaction and the folders are put in
place only after it, so a damaged archive or a failing restore leaves the target as it was.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader

ARCHIVE_PREFIX = "portal-backup-"
ARCHIVE_SUFFIX = ".tar"
MANIFEST = "manifest.json"
DUMP = "database.dump"
FORMAT = 1
CHUNK = 1024 * 1024


class BackupError(Exception):
    """What went wrong, in words for the person running the command; nothing was changed."""


@dataclass(frozen=True)
class Restored:
    manifest: dict
    tables: int
    rows: int
    files: int
    bytes: int
    # Migrations this code has that the archive's database had not applied: run migrate.
    newer_migrations: list[str]


def portal_version() -> str:
    with (Path(settings.BASE_DIR) / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def _folders() -> dict[str, Path]:
    """The media folders an archive holds, by their name in it (only those on disk)."""
    folders = {}
    if settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage":
        folders["media"] = Path(settings.MEDIA_ROOT)
    if settings.STORAGES["private"]["BACKEND"] == "portal.storage.PrivateFileSystemStorage":
        folders["private"] = Path(settings.PRIVATE_MEDIA_ROOT)
    return folders


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _client_arguments() -> tuple[list[str], dict[str, str]]:
    """The connection arguments and environment of pg_dump/pg_restore for the default database."""
    database = connection.settings_dict
    arguments = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments += [flag, str(database[key])]
    environment = {**os.environ}
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = database["PASSWORD"]
    return [*arguments, "--dbname", database["NAME"]], environment


def _tables(cursor) -> list[str]:
    return sorted(connection.introspection.table_names(cursor))


def _row_counts(cursor) -> dict[str, int]:
    counts = {}
    for table in _tables(cursor):
        cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 - a table's own name
        counts[table] = cursor.fetchone()[0]
    return counts


def archive_name(at: datetime.datetime) -> str:
    return f"{ARCHIVE_PREFIX}{at.astimezone(datetime.UTC):%Y%m%dT%H%M%SZ}{ARCHIVE_SUFFIX}"


def backup(folder: Path, *, keep: int) -> tuple[Path, dict, list[Path]]:
    """Write one archive into ``folder`` and delete all but the newest ``keep`` there.

    Returns the archive, its manifest and the archives deleted. The archive appears under its
    final name only once complete (it is written under a dot-name and renamed).
    """
    if connection.vendor != "postgresql":
        raise BackupError("backups need Postgres (DATABASE_URL); the embedded SQLite default is not backed up.")
    # An archive holds every account's password hash and every private file: for the portal's account only.
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)
    target = folder / archive_name(now)
    partial = folder / f".{target.name}.partial"
    with tempfile.TemporaryDirectory(dir=folder, prefix=".backup-") as work:
        dump = Path(work) / DUMP
        arguments, environment = _client_arguments()
        # One snapshot for the counts, the migrations and the dump: they describe the same data.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            counts = _row_counts(cursor)
            cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
            migrations = [f"{app}.{name}" for app, name in cursor.fetchall()]
            result = subprocess.run(  # noqa: S603 - Debian's pg_dump, arguments from the settings
                ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}"]  # noqa: S607
                + ["--file", str(dump), *arguments],
                env=environment,
                capture_output=True,
                text=True,
            )
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        files = {DUMP: {"size": dump.stat().st_size, "sha256": _sha256(dump)}}
        with tarfile.open(partial, "w") as archive:
            archive.add(dump, arcname=DUMP)
            for name, root in _folders().items():
                if not root.is_dir():
                    continue
                for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
                    member = f"{name}/{path.relative_to(root).as_posix()}"
                    files[member] = {"size": path.stat().st_size, "sha256": _sha256(path)}
                    archive.add(path, arcname=member, recursive=False)
            manifest = {
                "format": FORMAT,
                "created_at": now.isoformat(),
                "portal_version": portal_version(),
                "database": connection.settings_dict["NAME"],
                "media": sorted(_folders()),
                "migrations": migrations,
                "row_counts": counts,
                "files": files,
            }
            data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(now.timestamp())
            archive.addfile(info, io.BytesIO(data))
    partial.chmod(0o600)
    partial.rename(target)
    return target, manifest, prune(folder, keep=keep)


def prune(folder: Path, *, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` archives in ``folder`` (by the time in their names); the deleted ones."""
    archives = sorted(folder.glob(f"{ARCHIVE_PREFIX}*{ARCHIVE_SUFFIX}"))
    deleted = archives[: max(0, len(archives) - max(keep, 1))]
    for path in deleted:
        path.unlink()
    return deleted


def _safe_member(name: str) -> bool:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        return False
    return name in (DUMP, MANIFEST) or (path.parts[0] in ("media", "private") and len(path.parts) > 1)


def _unpack(archive_path: Path, destinations: dict[str, Path]) -> dict:
    """Every member of the archive into its destination folder (by its first part; the dump by its name), each
    checked against the manifest; the manifest."""
    try:
        with tarfile.open(archive_path, "r:") as archive:
            try:
                handle = archive.extractfile(MANIFEST)
                manifest = json.loads(handle.read()) if handle else None
            except (KeyError, ValueError):
                manifest = None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BackupError(f"{archive_path} has no manifest this portal can read: it is not a backup archive.")
            expected = manifest.get("files", {})
            seen = set()
            for member in archive:
                if member.name == MANIFEST:
                    continue
                if not member.isfile() or not _safe_member(member.name) or member.name not in expected:
                    raise BackupError(f"{archive_path} holds {member.name!r}, which its manifest does not list.")
                top, _, rest = member.name.partition("/")
                if top not in destinations:
                    raise BackupError(f"{archive_path} holds {top}/, which this portal keeps on S3, not on disk.")
                target = destinations[top] / rest if rest else destinations[top]
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                source = archive.extractfile(member)
                with target.open("wb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                if digest.hexdigest() != expected[member.name]["sha256"]:
                    raise BackupError(f"{archive_path} is damaged: the checksum of {member.name} does not match.")
                seen.add(member.name)
    except tarfile.TarError as error:
        raise BackupError(f"{archive_path} is damaged or not a tar archive ({error}).") from None
    except (EOFError, OSError) as error:
        raise BackupError(f"{archive_path} cannot be read to its end ({error}): it is damaged or cut short.") from None
    missing = sorted(set(expected) - seen)
    if missing:
        raise BackupError(
            f"{archive_path} is incomplete: {len(missing)} files of its manifest are missing ({missing[0]}, …)."
        )
    return manifest


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


def restore(archive_path: Path, *, force: bool = False) -> Restored:
    """Restore the archive into the configured database and media folders, which must be empty unless ``force``.

    Checks everything before changing anything: the archive's checksums, that every migration
    it applied is one this code knows (an archive of a newer portal is refused), and that the
    targets are empty. The database is restored in one transaction; the folders replace the
    old ones only once it is in. Raises BackupError, with nothing changed, when a check fails.
    """
    if connection.vendor != "postgresql":
        raise BackupError("restore needs Postgres (DATABASE_URL).")
    folders = _folders()
    with connection.cursor() as cursor:
        existing = _tables(cursor)
    non_empty = [f"the database {connection.settings_dict['NAME']} ({len(existing)} tables)"] if existing else []
    non_empty += [str(folder) for folder in folders.values() if not _empty(folder)]
    if non_empty and not force:
        raise BackupError(
            f"the target is not empty: {', '.join(non_empty)}. Restore into an empty database and empty "
            "folders, or pass --force to replace what is there."
        )
    stagings = {}
    try:
        for name, folder in folders.items():
            folder.parent.mkdir(parents=True, exist_ok=True)
            stagings[name] = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".restore-{name}-"))
            # mkdtemp's 0700 would hide the files from nginx: the folder's own mode, or the umask's.
            stagings[name].chmod(folder.stat().st_mode & 0o7777 if folder.exists() else 0o777 & ~_umask())
        work = Path(tempfile.mkdtemp(prefix="portal-restore-"))
        stagings["work"] = work
        manifest = _unpack(archive_path, {DUMP: work / DUMP, **{name: stagings[name] for name in folders}})
        known = {f"{app}.{name}" for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations}
        unknown = [name for name in manifest["migrations"] if name not in known]
        if unknown:
            raise BackupError(
                f"the archive comes from a newer portal: this code does not have the migration {unknown[0]} "
                f"(and {len(unknown) - 1} more). Restore it with the code it was made with."
            )
        applied = set(manifest["migrations"])
        newer = sorted(name for name in known if name not in applied)
        _restore_database(work / DUMP, clean=bool(existing))
        for name, folder in folders.items():
            old = folder.with_name(f".{folder.name}.replaced")
            if folder.exists():
                shutil.rmtree(old, ignore_errors=True)
                folder.rename(old)
            stagings.pop(name).rename(folder)
            shutil.rmtree(old, ignore_errors=True)
    finally:
        for path in stagings.values():
            shutil.rmtree(path, ignore_errors=True)
    with connection.cursor() as cursor:
        counts = _row_counts(cursor)
    differing = [t for t, n in manifest["row_counts"].items() if counts.get(t) != n]
    if differing:
        raise BackupError(f"restored, but the row counts differ from the manifest's in {', '.join(differing)}.")
    media_files = [v for k, v in manifest["files"].items() if k != DUMP]
    return Restored(
        manifest=manifest,
        tables=len(counts),
        rows=sum(counts.values()),
        files=len(media_files),
        bytes=sum(v["size"] for v in media_files),
        newer_migrations=newer,
    )


def _restore_database(dump: Path, *, clean: bool) -> None:
    arguments, environment = _client_arguments()
    listing = subprocess.run(  # noqa: S603 - Debian's pg_restore
        ["pg_restore", "--list", str(dump)],  # noqa: S607
        capture_output=True,
        text=True,
    )
    if listing.returncode != 0:
        raise BackupError(f"pg_restore cannot read the dump: {listing.stderr.strip()}")
    # Extensions belong to the superuser who created them (deploy/README.md, step 3): the portal's
    # role may neither drop them (--clean), nor comment on them, so their entries are left out
    # and each is created here if missing (pg_trgm and unaccent are trusted: the database's
    # owner may create them).
    entries, extensions = [], []
    for line in listing.stdout.splitlines():
        if " EXTENSION - " in line:
            extensions.append(line.split()[-1])
        elif " COMMENT - EXTENSION " not in line:
            entries.append(line)
    with connection.cursor() as cursor:
        for extension in extensions:
            cursor.execute(f"CREATE EXTENSION IF NOT EXISTS {connection.ops.quote_name(extension)}")
    entry_list = dump.with_suffix(".list")
    entry_list.write_text("\n".join(entries) + "\n")
    command = ["pg_restore", "--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges"]
    if clean:
        command += ["--clean", "--if-exists"]
    connection.close()  # pg_restore --clean must be able to drop what this connection holds
    result = subprocess.run(  # noqa: S603 - Debian's pg_restore, arguments from the settings
        [*command, "--use-list", str(entry_list), *arguments, str(dump)],
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed, the database is unchanged: {result.stderr.strip()[-2000:]}")
