"""The production stack on this machine: Debian's nginx with deploy/nginx/portal.conf in front of a gunicorn of the
portal, both started by the tests as the current user on spare local ports, and always stopped.

nginx runs Debian's own /etc/nginx/nginx.conf with only its machine paths moved into a folder of
the test (pid, logs, temporary files, the site), and the site file with only the values its
header names replaced. gunicorn runs the portal with DEBUG off, as portal-web.service does, on the
test database: the tests that use it write committed rows (``transactional_db``).
"""

import http.client
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.conftest import child_clock_prelude, wait_until

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
DEBIAN_NGINX_CONF = Path("/etc/nginx/nginx.conf")
HOST = "portal.test"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/deploy/" in str(item.fspath):
            item.add_marker(pytest.mark.deploy)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def render(text: str, replacements: dict[str, str]) -> str:
    """``text`` with each key replaced; a key that is not there fails, so the file and its test cannot drift apart."""
    for old, new in replacements.items():
        assert old in text, f"{old!r} is no longer in the file"
        text = text.replace(old, new)
    return text


def stop(process: subprocess.Popen | None, sig: int = signal.SIGTERM) -> None:
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


@dataclass
class Stack:
    https_port: int
    http_port: int
    gunicorn_port: int
    media: Path
    private: Path
    log_dir: Path

    def request(
        self, method: str, path: str, *, headers: dict | None = None, body: bytes | None = None, tls: bool = True
    ) -> Answer:
        """One request through nginx (HTTPS by default), as a browser asking for ``HOST`` would send it."""
        if tls:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # the test's own self-signed certificate
            conn = http.client.HTTPSConnection("127.0.0.1", self.https_port, timeout=60, context=context)
        else:
            conn = http.client.HTTPConnection("127.0.0.1", self.http_port, timeout=60)
        try:
            conn.request(method, path, body=body, headers={"Host": HOST, **(headers or {})})
            response = conn.getresponse()
            return Answer(response.status, response.headers, response.read())
        finally:
            conn.close()

    def get(self, path: str, **kwargs) -> Answer:
        return self.request("GET", path, **kwargs)


def _self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "fullchain.pem", folder / "privkey.pem"
    subprocess.run(  # noqa: S603 - Debian's openssl, our arguments
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        + ["-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={HOST}"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def nginx_config(folder: Path, *, https_port: int, http_port: int, gunicorn_port: int, media: Path, private: Path):
    """Debian's nginx.conf and the portal's site, rendered for a test folder; the main file's path."""
    cert, key = _self_signed_certificate(folder)
    (folder / "acme").mkdir()
    for temp in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / "temp" / temp).mkdir(parents=True)
    site = render(
        (DEPLOY / "nginx" / "portal.conf").read_text(),
        {
            "listen 80;": f"listen 127.0.0.1:{http_port};",
            "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
            "server_name portal.example.gov.vn;": f"server_name {HOST};",
            "/etc/letsencrypt/live/portal.example.gov.vn/fullchain.pem": str(cert),
            "/etc/letsencrypt/live/portal.example.gov.vn/privkey.pem": str(key),
            "server 127.0.0.1:8000;": f"server 127.0.0.1:{gunicorn_port};",
            "/var/cache/nginx/portal": str(folder / "cache"),
            "/var/www/acme": str(folder / "acme"),
            "/srv/portal/var/static/": f"{settings.STATIC_ROOT.resolve()}/",
            "/srv/portal/var/media/": f"{media}/",
            "/srv/portal/var/private/": f"{private}/",
            "/var/log/nginx/portal.access.log": str(folder / "portal.access.log"),
            "/var/log/nginx/portal.error.log": str(folder / "portal.error.log"),
        },
    )
    (folder / "portal.conf").write_text(site)
    temp_paths = "".join(
        f"\t{name}_temp_path {folder / 'temp' / temp};\n"
        for name, temp in (
            ("client_body", "body"),
            ("proxy", "proxy"),
            ("fastcgi", "fastcgi"),
            ("uwsgi", "uwsgi"),
            ("scgi", "scgi"),
        )
    )
    user = pwd.getpwuid(os.getuid()).pw_name
    main = render(
        DEBIAN_NGINX_CONF.read_text(),
        {
            # As root nginx would hand its workers to www-data, who cannot read the test's folders.
            "user www-data;": f"user {user};" if os.getuid() == 0 else "",
            "worker_processes auto;": "worker_processes 1;",
            # Dynamic modules load from paths relative to the prefix; the site needs none of them.
            "include /etc/nginx/modules-enabled/*.conf;": "",
            "pid /run/nginx.pid;": f"pid {folder / 'nginx.pid'};",
            "error_log /var/log/nginx/error.log;": f"error_log {folder / 'error.log'};",
            "access_log /var/log/nginx/access.log;": f"access_log {folder / 'access.log'};",
            "include /etc/nginx/sites-enabled/*;": f"include {folder / 'portal.conf'};",
            "http {": "http {\n" + temp_paths,
        },
    )
    (folder / "nginx.conf").write_text(main)
    return folder / "nginx.conf"


@pytest.fixture(scope="module")
def stack(django_db_setup, tmp_path_factory) -> Iterator[Stack]:
    """nginx on two spare ports (HTTP, HTTPS) in front of gunicorn on a third, for this module's tests."""
    folder = tmp_path_factory.mktemp("stack")
    media, private = folder / "media", folder / "private"
    media.mkdir()
    private.mkdir()
    ports = {"https_port": free_port(), "http_port": free_port(), "gunicorn_port": free_port()}
    database = connection.settings_dict
    environment = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "test-only-secret-key-not-for-production",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "1",
        "TRUSTED_PROXY_COUNT": "1",
        "PRIVATE_MEDIA_X_ACCEL_REDIRECT": "/_private/",
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(private),
        "STATIC_ROOT": str(settings.STATIC_ROOT.resolve()),
        # A short promise, so that the test of staleness waits seconds, not a minute.
        "PAGE_CACHE_PROXY_SECONDS": "3",
        "PAGE_CACHE_RECHECK_SECONDS": "0",
        "SENTRY_DSN": "",
        "ADMINS": "",
    }
    gunicorn = nginx = None
    try:
        # gunicorn's own entry point, after the run's clock (a shifted run: the pages' "now" is the tests').
        start = (
            f"{child_clock_prelude()}import sys; from gunicorn.app.wsgiapp import run; sys.argv[0] = 'gunicorn'; run()"
        )
        gunicorn = subprocess.Popen(  # noqa: S603 - the venv's gunicorn, our arguments
            [sys.executable, "-c", start, "portal.wsgi", "--bind", f"127.0.0.1:{ports['gunicorn_port']}"]
            + [
                "--workers",
                "2",
                "--timeout",
                "120",
                "--no-control-socket",
                "--error-logfile",
                str(folder / "gunicorn.log"),
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(lambda: port_open(ports["gunicorn_port"]) or gunicorn.poll() is not None, timeout=60)
        assert gunicorn.poll() is None, (folder / "gunicorn.log").read_text()
        conf = nginx_config(folder, media=media, private=private, **ports)
        check = subprocess.run(  # noqa: S603 - Debian's nginx, our arguments
            [NGINX, "-t", "-q", "-e", str(folder / "error.log"), "-p", str(folder), "-c", str(conf)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert check.returncode == 0, check.stderr
        nginx = subprocess.Popen(  # noqa: S603 - Debian's nginx, our arguments
            [NGINX, "-e", str(folder / "error.log"), "-p", str(folder), "-c", str(conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(
            lambda: (port_open(ports["https_port"]) and port_open(ports["http_port"])) or nginx.poll() is not None,
            timeout=30,
        )
        assert nginx.poll() is None, (folder / "error.log").read_text()
        yield Stack(media=media, private=private, log_dir=folder, **ports)
    finally:
        stop(nginx, signal.SIGQUIT)  # graceful: workers finish their requests
        stop(gunicorn)
