"""Tests of portal/management/commands/check_services.py: an unreachable Redis is named in one line."""

from tests.portal.conftest import manage


def test_unreachable_redis_url_is_reported_by_check_services():
    result = manage("check_services", DEBUG="1", REDIS_URL="redis://127.0.0.1:1/0")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: cannot reach REDIS_URL=redis://127.0.0.1:1/0: Error 111 connecting to 127.0.0.1:1. Connection refused."
    ]
