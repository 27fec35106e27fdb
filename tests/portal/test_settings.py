"""Tests of portal/settings.py: start-up faults end in one line naming the variable, and production settings pass
check --deploy."""

import datetime
import os
import secrets
from zoneinfo import ZoneInfo

from tests.portal.conftest import manage


def test_time_zone_is_vietnam(settings):
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert ZoneInfo(settings.TIME_ZONE).utcoffset(datetime.datetime(2026, 1, 1)) == datetime.timedelta(hours=7)


def test_missing_secret_key_in_production_stops_start_up_naming_the_variable():
    result = manage("check", DEBUG="0")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random string "
        "(production), or DEBUG=1 to run with a development key."
    ]


def test_malformed_database_url_is_one_line():
    result = manage("check", DEBUG="1", DATABASE_URL="mysqlx://nowhere")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[0].startswith("error: DATABASE_URL=mysqlx://nowhere is not valid")
    assert len(result.stderr.strip().splitlines()) == 1


def test_production_settings_pass_check_deploy():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="portal.sgddt.example.vn",
        DATABASE_URL=os.environ["DATABASE_URL"],
        REDIS_URL=os.environ["REDIS_URL"],
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_migrations_are_complete():
    result = manage("makemigrations", "--check", "--dry-run", DEBUG="1")
    assert result.returncode == 0, result.stdout + result.stderr


def test_private_files_inside_media_root_stop_start_up_naming_both_variables(tmp_path):
    result = manage(
        "check", DEBUG="1", MEDIA_ROOT=str(tmp_path / "media"), PRIVATE_MEDIA_ROOT=str(tmp_path / "media" / "private")
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: PRIVATE_MEDIA_ROOT={tmp_path}/media/private and MEDIA_ROOT={tmp_path}/media overlap, so private "
        "files would be served to anyone at MEDIA_URL; give PRIVATE_MEDIA_ROOT a folder outside MEDIA_ROOT."
    ]


def test_with_s3_private_files_go_under_private_with_signed_addresses_only():
    script = (
        "from django.core.files.storage import storages; from awards.models import Decision; "
        "s = storages['private']; "
        "print(type(s).__name__, s.bucket_name, s.location, s.querystring_auth, s.querystring_expire, "
        "s.custom_domain, s.default_acl, Decision._meta.get_field('file').storage is s); "
        "print(type(storages['default']).__name__, storages['default'].location or '-')"
    )
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        DEBUG="1",
        AWS_STORAGE_BUCKET_NAME="cong-thong-tin",
        AWS_S3_CUSTOM_DOMAIN="media.sgddt.example.vn",
        AWS_ACCESS_KEY_ID="AKIAEXAMPLEEXAMPLE00",
        AWS_SECRET_ACCESS_KEY="example-secret",
        PRIVATE_MEDIA_SIGNED_URL_SECONDS="90",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "S3Storage cong-thong-tin private True 90 None private True",
        "S3Storage -",
    ]


def test_beat_runs_the_reminder_sweep_every_five_minutes_and_the_organiser_nudge_hourly(settings):
    schedule = settings.CELERY_BEAT_SCHEDULE
    assert schedule["trainings-send-due-reminders"] == {"task": "trainings.send_due_reminders", "schedule": 300.0}
    assert schedule["trainings-remind-organisers-of-outcomes"] == {
        "task": "trainings.remind_organisers_of_outcomes",
        "schedule": 3600.0,
    }


def test_an_unknown_log_format_stops_start_up_naming_the_variable():
    result = manage("check", DEBUG="1", LOG_FORMAT="xml")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["error: LOG_FORMAT='xml' must be plain or json."]
