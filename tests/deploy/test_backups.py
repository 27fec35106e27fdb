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

from portal.backups import ARCHIVE_PREFIX, prune
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


def restore(archive: Path, database: str, media: Path, private: Path, *extra: str) -> subprocess.CompletedProcess:
    """``manage.py restore`` in another process, pointed at ``database`` and the two folders as its settings."""
    source = connection.settings_dict
    environment = {
        **os.environ,
        "DATABASE_URL": f"postgres://{source['USER']}@{source['HOST']}:{source['PORT']}/{database}",
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(private),
    }
    return subprocess.run(  # noqa: S603 - this checkout's manage.py
        [sys.executable, "manage.py", "restore", str(archive), *extra],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


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
    done = restore(archive, new_database, media_to, private_to)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1:] == [
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

    # Again into what is now full: refused, and nothing changed.
    again = restore(archive, new_database, media_to, private_to)
    assert again.returncode == 1
    assert "the target is not empty: the database" in again.stderr
    assert "Nothing was restored." in again.stderr
    assert row_counts(new_database) == source_counts
    assert tree(media_to) == media


def damaged(archive: Path, target: Path, member: str) -> Path:
    """A copy of ``archive`` with one byte of ``member``'s content changed."""
    data = bytearray(archive.read_bytes())
    with tarfile.open(archive) as tar:
        offset = tar.getmember(member).offset_data
    data[offset + 10] ^= 0xFF
    target.write_bytes(bytes(data))
    return target


def test_a_damaged_or_cut_archive_is_refused_and_nothing_is_half_restored(folders, new_database, tmp_path):
    ArticleFactory(published=True)
    material = MaterialFactory(is_public=False)
    call_command("backup", dir=folders["backups"], keep=3, stdout=io.StringIO())
    (archive,) = folders["backups"].iterdir()
    media_to, private_to = folders["restored"] / "media", folders["restored"] / "private"

    cases = {
        "database": (damaged(archive, tmp_path / "db.tar", "database.dump"), "the checksum of database.dump"),
        "file": (damaged(archive, tmp_path / "file.tar", f"private/{material.file.name}"), "the checksum of private/"),
        "cut": (tmp_path / "cut.tar", "is damaged or not a tar archive (unexpected end of data)"),
        "not an archive": (tmp_path / "text.tar", "is damaged or not a tar archive"),
    }
    (tmp_path / "cut.tar").write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    (tmp_path / "text.tar").write_text("không phải bản sao lưu")
    for case, (path, message) in cases.items():
        result = restore(path, new_database, media_to, private_to)
        assert result.returncode == 1, case
        assert message in result.stderr, (case, result.stderr)
        assert result.stderr.rstrip().endswith("Nothing was restored."), case
        assert row_counts(new_database) == {}, case
        assert not media_to.exists() and not private_to.exists(), case
        assert list(folders["restored"].parent.glob(".restore-*")) == [], case


def test_a_cut_archive_whose_manifest_survives_is_refused_too(folders, new_database, tmp_path):
    MaterialFactory(is_public=False)
    call_command("backup", dir=folders["backups"], keep=3, stdout=io.StringIO())
    (archive,) = folders["backups"].iterdir()
    # The archive less one of its files, manifest kept: the manifest's list finds it out.
    kept = tmp_path / "less.tar"
    with tarfile.open(archive) as source, tarfile.open(kept, "w") as target:
        for member in source:
            if not member.name.startswith("private/"):
                target.addfile(member, source.extractfile(member))
    result = restore(kept, new_database, tmp_path / "m", tmp_path / "p")
    assert result.returncode == 1
    assert "is incomplete: 1 files of its manifest are missing (private/trainings/materials/" in result.stderr
    assert row_counts(new_database) == {}


def test_only_the_newest_archives_are_kept(tmp_path):
    names = [f"{ARCHIVE_PREFIX}202612{day:02d}T023000Z.tar" for day in range(1, 6)]
    for name in [*names, "notes.txt"]:
        (tmp_path / name).write_text("x")
    deleted = prune(tmp_path, keep=2)
    assert [path.name for path in deleted] == names[:3]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([*names[3:], "notes.txt"])
