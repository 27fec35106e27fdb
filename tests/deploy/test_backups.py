"""manage.py backup and restore (portal/backups.py): the demo backed up, restored into a new database and new folders
by another process, and found again; damaged archives and non-empty targets refused with nothing changed."""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest
from django.core.management import call_command
from django.db import connection

from portal.backups import ARCHIVE_PREFIX
from tests.deploy.conftest import ROOT
from tests.factories.news import ArticleFactory
from tests.factories.trainings import MaterialFactory

pytestmark = pytest.mark.django_db(transaction=True)


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by its relative path, with its SHA-256."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def connect(name: str):
    database = connection.settings_dict
    return psycopg2.connect(dbname=name, user=database["USER"], host=database["HOST"], port=database["PORT"])


def row_counts(name: str) -> dict[str, int]:
    with connect(name) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        tables = [row[0] for row in cursor.fetchall()]
        counts = {}
        for table in tables:
            cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 - names read from the catalog
            counts[table] = cursor.fetchone()[0]
    conn.close()
    return counts


@pytest.fixture
def folders(settings, tmp_path) -> dict[str, Path]:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return {
        "media": settings.MEDIA_ROOT,
        "private": settings.PRIVATE_MEDIA_ROOT,
        "backups": tmp_path / "backups",
        "restored": tmp_path / "restored",
    }


@pytest.fixture
def new_database() -> Iterator[str]:
    """An empty database beside the test database, dropped afterwards."""
    name = f"{connection.settings_dict['NAME']}_restored"
    admin = connect("postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


# Restores several archives one after the other in one process (one start-up of Django), each
# as `manage.py restore` runs it (with --force for "--force=ARCHIVE"); prints one JSON line per
# archive: its exit code and what it printed.
RESTORE_SCRIPT = """
import io, json, sys, django
django.setup()
from django.core.management import call_command
from django.core.management.base import CommandError
for argument in sys.argv[1:]:
    out = io.StringIO()
    force = argument.startswith("--force=")
    try:
        call_command("restore", argument.removeprefix("--force="), force=force, stdout=out)
        print(json.dumps([0, out.getvalue()]))
    except CommandError as error:
        print(json.dumps([1, str(error)]))
"""


def restore(database: str, media: Path, private: Path, *archives: Path | str) -> list[tuple[int, str]]:
    """``manage.py restore`` of each archive in another process whose settings point at ``database`` and the folders."""
    source = connection.settings_dict
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": f"postgres://{source['USER']}@{source['HOST']}:{source['PORT']}/{database}",
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(private),
    }
    result = subprocess.run(  # noqa: S603 - this checkout's Python and settings
        [sys.executable, "-c", RESTORE_SCRIPT, *map(str, archives)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return [tuple(json.loads(line)) for line in result.stdout.splitlines()]


def test_the_demo_restores_into_a_new_database_and_folders_with_every_row_and_file(folders, new_database, capsys):
    call_command("seed_demo", "--allow-production")
    MaterialFactory(is_public=False)  # a private file for certain, whatever the demo holds
    media, private = tree(folders["media"]), tree(folders["private"])
    assert media and private
    capsys.readouterr()

    call_command("backup", dir=folders["backups"], keep=3)
    output = capsys.readouterr().out
    (archive,) = folders["backups"].iterdir()
    assert archive.name.startswith(ARCHIVE_PREFIX)
    assert archive.stat().st_mode & 0o777 == 0o600  # every password hash and private file is in it
    assert output.startswith(f"backup written: {archive} (")
    manifest = json.loads(tarfile.open(archive).extractfile("manifest.json").read())
    source_counts = row_counts(connection.settings_dict["NAME"])
    assert manifest["row_counts"] == source_counts
    assert "news.0004_search_indexes" in manifest["migrations"]

    media_to, private_to = folders["restored"] / "media", folders["restored"] / "private"
    ((code, printed),) = restore(new_database, media_to, private_to, archive)
    assert code == 0, printed
    assert printed.splitlines()[1:] == [
        f"  database: {len(source_counts)} tables, {sum(source_counts.values())} rows (equal to the manifest's counts)",
        f"  media: {len(media) + len(private)} files, "
        f"{sum((folders[n] / p).stat().st_size for n, t in (('media', media), ('private', private)) for p in t)} "
        "bytes (checksums verified)",
    ]
    assert row_counts(new_database) == source_counts
    assert tree(media_to) == media
    assert tree(private_to) == private
    with connect(new_database) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM news_article WHERE title <> ''")
        assert cursor.fetchone()[0] == source_counts["news_article"]
    conn.close()


def damaged(archive: Path, target: Path, member: str) -> Path:
    """A copy of ``archive`` with one byte of ``member``'s content changed."""
    data = bytearray(archive.read_bytes())
    with tarfile.open(archive) as tar:
        offset = tar.getmember(member).offset_data
    data[offset + 10] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def test_a_damaged_or_cut_archive_is_refused_and_nothing_is_half_restored_nor_a_full_target_replaced(
    folders, new_database, tmp_path
):
    ArticleFactory(published=True)
    material = MaterialFactory(is_public=False)
    call_command("backup", dir=folders["backups"], keep=3, stdout=io.StringIO())
    (archive,) = folders["backups"].iterdir()
    media_to, private_to = folders["restored"] / "media", folders["restored"] / "private"
    (tmp_path / "cut.tar").write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    (tmp_path / "text.tar").write_text("không phải bản sao lưu")
    # The archive less one of its files, manifest kept: the manifest's list finds it out.
    with tarfile.open(archive) as source, tarfile.open(tmp_path / "less.tar", "w") as target:
        for member in source:
            if not member.name.startswith("private/"):
                target.addfile(member, source.extractfile(member))
    refusals = {
        damaged(
            archive, tmp_path / "db.tar", "database.dump"
        ): "is damaged: the checksum of database.dump does not match.",
        damaged(archive, tmp_path / "file.tar", f"private/{material.file.name}"): (
            f"is damaged: the checksum of private/{material.file.name} does not match."
        ),
        tmp_path / "cut.tar": "is damaged or not a tar archive (unexpected end of data).",
        tmp_path / "text.tar": "is damaged or not a tar archive (",
        tmp_path / "less.tar": f"is incomplete: 1 files of its manifest are missing (private/{material.file.name}, …).",
    }
    # Each refusal leaves the target empty: were it not, the next archive would be refused as
    # "not empty" instead, and the good archive last would not restore.
    *refused, good, again, forced = restore(
        new_database, media_to, private_to, *refusals, archive, archive, f"--force={archive}"
    )
    for (code, message), (path, expected) in zip(refused, refusals.items(), strict=True):
        assert code == 1, path
        assert message.startswith(f"{path} {expected}"), message
        assert message.endswith(" Nothing was restored."), message
    assert good[0] == 0, good
    assert again == (
        1,
        f"the target is not empty: the database {new_database} ({len(row_counts(new_database))} tables), "
        f"{private_to}. Restore into an empty database and empty folders, or pass --force to replace what is "
        "there. Nothing was restored.",
    )
    # Told to, it replaces what is there (the database over itself, the folder by the archive's).
    assert forced[0] == 0, forced
    assert forced[1].splitlines()[1] == good[1].splitlines()[1]
    assert row_counts(new_database) == row_counts(connection.settings_dict["NAME"])
    assert tree(private_to) == {material.file.name: hashlib.sha256(material.file.read()).hexdigest()}
    assert list(folders["restored"].glob(".*")) == []
