"""Errors reach someone (portal/settings.py): Sentry with SENTRY_DSN, Django's error mails to ADMINS without it,
and log lines as JSON with LOG_FORMAT=json. Each runs in a process of its own, configured as production is."""

import gzip
import json
import os
import subprocess
import sys
import threading
from email.header import decode_header, make_header
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import connection

from tests.deploy.conftest import ROOT

# A web request that fails (with a session cookie and a form body that must not leave the
# server), then a task that fails, in one process configured from the environment.
SCRIPT = """
import django, logging
django.setup()
from django.test import Client
response = Client(raise_request_exception=False).post(
    "/hong/", {"ho_ten": "Nguyễn Văn An"}, HTTP_COOKIE="sessionid=phien-bi-mat", HTTP_X_FORWARDED_FOR="203.0.113.9"
)
assert response.status_code == 500, response.status_code
from tests.deploy.failing import failing_task
failing_task.apply()
import sentry_sdk
if sentry_sdk.get_client().is_active():
    sentry_sdk.flush(10)
"""


def run(**env: str) -> subprocess.CompletedProcess:
    database = connection.settings_dict
    environment = {
        **os.environ,
        "DEBUG": "0",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "ROOT_URLCONF": "tests.deploy.failing",
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "SENTRY_DSN": "",
        "ADMINS": "",
        **env,
    }
    return subprocess.run(  # noqa: S603 - this checkout's Python, our script
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


class SentrySink(ThreadingHTTPServer):
    """Sentry's ingestion endpoint on localhost: keeps the events of the envelopes it is sent."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                lines = body.split(b"\n")
                for header, payload in zip(lines[1::2], lines[2::2], strict=False):
                    if json.loads(header).get("type") == "event":
                        sink.events.append(json.loads(payload))
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)


@pytest.fixture
def sentry_sink():
    sink = SentrySink()
    thread = threading.Thread(target=sink.serve_forever, daemon=True)
    thread.start()
    try:
        yield sink
    finally:
        sink.shutdown()
        sink.server_close()


@pytest.mark.django_db
def test_with_sentry_dsn_web_and_task_errors_go_to_sentry_without_personal_data(sentry_sink, smtp_sink):
    result = run(
        SENTRY_DSN=f"http://publickey@127.0.0.1:{sentry_sink.server_address[1]}/1",
        ADMINS="Quản trị <it@so-gddt.example.vn>",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_sink.port),
    )
    assert result.returncode == 0, result.stderr
    events = sentry_sink.events
    assert sorted(event["exception"]["values"][-1]["value"] for event in events) == [
        "trang hỏng để thử",
        "tác vụ hỏng để thử",
    ]
    web = next(event for event in events if event["exception"]["values"][-1]["value"] == "trang hỏng để thử")
    assert web["transaction"] == "/hong/"
    # The request as Sentry got it: neither the cookies, the headers nor the form body.
    assert web["request"] == {"data": ""}
    assert all("user" not in event or "ip_address" not in event["user"] for event in events)
    assert "Nguyễn Văn An" not in json.dumps(events, ensure_ascii=False)
    assert smtp_sink.messages == []  # Sentry instead of the mails, not both


@pytest.mark.django_db
def test_without_sentry_admins_get_the_error_mails_of_the_web_and_the_tasks(smtp_sink):
    result = run(ADMINS="Quản trị <it@so-gddt.example.vn>", EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_sink.port))
    assert result.returncode == 0, result.stderr
    assert sorted(message["To"] for message in smtp_sink.messages) == ["it@so-gddt.example.vn"] * 2
    subjects = sorted(str(make_header(decode_header(message["Subject"]))) for message in smtp_sink.messages)
    assert subjects[0].startswith("[Django] ERROR (EXTERNAL IP): Internal Server Error: /hong/")
    assert subjects[1].startswith("[Django] ERROR: Task tests.failing_task[")
    assert subjects[1].endswith("] raised unexpected: RuntimeError('tác vụ hỏng để thử')")


@pytest.mark.django_db
def test_log_format_json_writes_one_object_per_line():
    result = run(LOG_FORMAT="json")
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    failed = next(record for record in records if record["logger"] == "django.request")
    assert failed["level"] == "ERROR"
    assert failed["message"] == "Internal Server Error: /hong/"
    assert failed["exception"].endswith("RuntimeError: trang hỏng để thử")
    assert set(failed) == {"time", "level", "logger", "message", "process", "exception"}
    assert all(line.startswith("{") for line in result.stderr.splitlines() if line.strip() and not line[0].isspace())
