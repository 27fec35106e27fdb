"""The web process's entry point (``portal.wsgi``), imported in a process of its own as a
WSGI server imports it."""

import json
import subprocess
import sys

from tests.portal.conftest import ROOT, python_only_environment

# What the child prints: how many objects are frozen, how many the collector still walks,
# and whether the URLconf was loaded before the freeze.
REPORT = """
import gc, json, sys
from django.conf import settings
import portal.wsgi
print(json.dumps({
    "frozen": gc.get_freeze_count(),
    "walked": len(gc.get_objects()),
    "urlconf_loaded": settings.ROOT_URLCONF in sys.modules,
}))
"""


def test_the_web_process_hides_what_it_loaded_from_the_garbage_collector(tmp_path):
    finished = subprocess.run(  # noqa: S603 - our own interpreter with fixed source
        [sys.executable, "-c", REPORT],
        cwd=ROOT,
        env=python_only_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    report = json.loads(finished.stdout)

    # Django, the apps and the views are frozen: a full collection walks a small remainder.
    assert report["urlconf_loaded"]
    assert report["frozen"] > 50_000
    assert report["walked"] < report["frozen"] / 20
