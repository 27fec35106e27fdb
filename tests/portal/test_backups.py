"""Tests of portal/backups.py that need no database; backing up and restoring for real is in tests/deploy."""

from portal.backups import ARCHIVE_PREFIX, prune


def test_only_the_newest_archives_are_kept(tmp_path):
    names = [f"{ARCHIVE_PREFIX}202612{day:02d}T023000Z.tar" for day in range(1, 6)]
    for name in [*names, "notes.txt"]:
        (tmp_path / name).write_text("x")
    deleted = prune(tmp_path, keep=2)
    assert [path.name for path in deleted] == names[:3]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([*names[3:], "notes.txt"])
