"""The set-up `make run` uses when nothing is configured: SQLite and the filesystem broker.

The rest of the suite runs on Postgres, where some queries take another path (array
subqueries, full-text search). This test builds the demo in a throw-away SQLite database
in a child process, as `make run` does, and walks the main pages of each audience and the
pages they link to: none may fail.
"""

import json
import subprocess
import sys

from tests.portal.conftest import ROOT, python_only_environment

# Run in the child: fetch the start pages of each audience and every page of the portal
# they link to, one level deep, and print what did not answer 200, 301 or 302.
WALK = r"""
import json, re
from urllib.parse import urljoin, urlsplit
from django.test import Client
from portal.models import User

def links(url, html):
    for href in re.findall(r'href="([^"#]+)"', html):
        parts = urlsplit(urljoin(url, href.replace("&amp;", "&")))
        if parts.scheme in ("http", "https", "") and parts.netloc in ("", "testserver"):
            path = parts.path + ("?" + parts.query if parts.query else "")
            if not path.startswith(("/static/", "/media/")) and "logout" not in path and "/delete/" not in path:
                yield path

def walk(client, starts):
    seen, failed = set(), []
    frontier = list(starts)
    for depth in range(2):
        found = []
        for url in frontier:
            if url in seen:
                continue
            seen.add(url)
            response = client.get(url)
            if response.status_code not in (200, 301, 302):
                failed.append([url, response.status_code])
            elif depth == 0 and "html" in response.get("Content-Type", ""):
                found.extend(links(url, response.content.decode()))
        frontier = found
    return len(seen), failed

audiences = {
    None: ["/", "/tim-kiem/?q=tap huan", "/hoi-nghi-tap-huan/", "/khen-thuong/", "/en/about/"],
    "lanhdao": ["/lanh-dao/", "/lanh-dao/khen-thuong/"],
    "quantri": ["/admin/", "/admin/news/article/add/"],
}
report = {}
for username, starts in audiences.items():
    client = Client(raise_request_exception=False)
    if username:
        client.force_login(User.objects.get(username=username))
    report[username or "public"] = walk(client, starts)
print("WALK" + json.dumps(report))
"""


def test_the_default_sqlite_setup_serves_every_main_page(tmp_path):
    environment = python_only_environment(tmp_path)

    def manage(*arguments):
        finished = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
            [sys.executable, "manage.py", *arguments],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert finished.returncode == 0, finished.stderr[-3000:]
        return finished.stdout

    manage("migrate", "--noinput", "-v", "0")
    manage("seed_demo")
    assert (tmp_path / "portal.sqlite3").exists()
    output = manage("shell", "-c", WALK)
    report = json.loads(output.split("WALK", 1)[1])
    for audience, (visited, failed) in report.items():
        assert failed == [], audience
        assert visited >= 20, audience
