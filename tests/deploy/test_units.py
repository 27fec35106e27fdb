"""deploy/systemd and deploy/logrotate: what systemd and logrotate themselves say of the files."""

import configparser
import grp
import os
import pwd
import shutil
import subprocess

import pytest

from tests.deploy.conftest import DEPLOY, ROOT, render

UNITS = sorted((DEPLOY / "systemd").iterdir())
HARDENING = {"NoNewPrivileges": "yes", "PrivateTmp": "yes", "ProtectSystem": "strict", "ProtectHome": "yes"}


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read_string((DEPLOY / "systemd" / name).read_text())
    return parser


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is part of Debian's systemd")
def test_systemd_analyze_verify_finds_nothing_to_say(tmp_path):
    # The units name /srv/portal/app, where deploy/README.md puts the code; here it is this checkout.
    for path in UNITS:
        (tmp_path / path.name).write_text(path.read_text().replace("/srv/portal/app", str(ROOT)))
    result = subprocess.run(  # noqa: S603 - Debian's systemd-analyze, our arguments
        ["systemd-analyze", "verify", "--man=no", *sorted(str(path) for path in tmp_path.iterdir())],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # unknown keys and bad values are only warnings to systemd


@pytest.mark.parametrize("name", ["portal-web.service", "portal-worker.service", "portal-beat.service"])
def test_each_long_running_unit_restarts_runs_as_portal_and_is_hardened(name):
    service = unit(name)["Service"]
    assert service["User"] == service["Group"] == "portal"
    assert service["Restart"] == "always"
    assert service["EnvironmentFile"] == "/etc/portal/portal.env"
    assert {key: service[key] for key in HARDENING} == HARDENING
    assert service["ReadWritePaths"] == "/srv/portal/var"


def test_exactly_one_beat_and_it_is_no_template():
    beats = [path.name for path in UNITS if " beat" in path.read_text()]
    assert beats == ["portal-beat.service"]
    assert not any("@" in path.name for path in UNITS)


def test_the_backup_runs_nightly_from_a_timer():
    assert unit("portal-backup.timer")["Timer"]["OnCalendar"] == "*-*-* 02:30:00"
    assert unit("portal-backup.service")["Service"]["ExecStart"].endswith("manage.py backup")


def test_the_environment_example_sets_what_the_units_and_the_site_rely_on():
    example = dict(
        line.split("=", 1)
        for line in (DEPLOY / "portal.env.example").read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert example["PRIVATE_MEDIA_X_ACCEL_REDIRECT"] == "/_private/"
    assert example["TRUSTED_PROXY_COUNT"] == "1"
    assert example["VAR_DIR"] == "/srv/portal/var"
    assert example["DEBUG"] == "0"
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "WEB_CONCURRENCY", "CELERY_CONCURRENCY"} <= example.keys()


@pytest.mark.skipif(shutil.which("logrotate") is None, reason="logrotate is Debian's")
def test_logrotate_reads_the_file_without_error(tmp_path):
    # The account portal exists on the server (deploy/README.md), not here: the current user stands in.
    user, group = pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name
    config = tmp_path / "portal"
    config.write_text(
        render(
            (DEPLOY / "logrotate" / "portal").read_text(),
            {"su portal portal": f"su {user} {group}", "create 0640 portal portal": f"create 0640 {user} {group}"},
        )
    )
    result = subprocess.run(  # noqa: S603 - Debian's logrotate, our arguments; --debug changes nothing
        ["logrotate", "--debug", "--state", str(tmp_path / "state"), str(config)],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower()
