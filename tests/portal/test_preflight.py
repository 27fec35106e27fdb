"""Tests of portal/preflight.py: a database that does not answer is reported in one line, its password hidden."""

from tests.portal.conftest import manage


def test_unreachable_database_url_is_one_line_with_the_address():
    result = manage("migrate", DEBUG="1", DATABASE_URL="postgres://postgres:hunter2@127.0.0.1:1/portal")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: cannot use DATABASE_URL=postgres://postgres:***@127.0.0.1:1/portal:")
    assert "hunter2" not in result.stderr
