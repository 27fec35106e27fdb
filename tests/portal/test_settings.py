"""Start-up faults end in one line naming the variable; production settings pass check --deploy."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean_env = {"PATH": os.environ["PATH"], "VAR_DIR": str(ROOT / "var" / "test" / "subprocess"), **env}
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean_env, capture_output=True, text=True, timeout=60
    )


def test_missing_secret_key_in_production_stops_start_up_naming_the_variable():
    result = manage("check", DEBUG="0")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random string "
        "(production), or DEBUG=1 to run with a development key."
    ]


def test_unreachable_database_url_is_one_line_with_the_address():
    result = manage("migrate", DEBUG="1", DATABASE_URL="postgres://postgres:hunter2@127.0.0.1:1/portal")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: cannot use DATABASE_URL=postgres://postgres:***@127.0.0.1:1/portal:")
    assert "hunter2" not in result.stderr


def test_malformed_database_url_is_one_line():
    result = manage("check", DEBUG="1", DATABASE_URL="mysqlx://nowhere")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[0].startswith("error: DATABASE_URL=mysqlx://nowhere is not valid")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreachable_redis_url_is_reported_by_check_services():
    result = manage("check_services", DEBUG="1", REDIS_URL="redis://127.0.0.1:1/0")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: cannot reach REDIS_URL=redis://127.0.0.1:1/0: Error 111 connecting to 127.0.0.1:1. Connection refused."
    ]


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
