"""The uncached article page beside the blog posts of Wagtail's bakerydemo, a CMS page that
nothing caches: gunicorn with 3 sync workers each, ``wrk -t2 -c16``, rounds of 10 s
alternating the two sites, medians. Target: the portal at least 4x bakerydemo.

    .venv/bin/python bench/beside_wagtail.py --bakerydemo PATH

PATH is a checkout of https://github.com/wagtail/bakerydemo (cloned by hand: this script does
not reach GitHub). The first run makes a virtualenv in PATH/.venv with Wagtail 7.4 on Django 5.2
from PyPI (bakerydemo asks for Django 6, which needs Python 3.12; Wagtail 7.4 runs on 5.2), a
Postgres database ``bakery_bench`` with its demo data (``load_initial_data``), and collects its
static files; later runs reuse them. bakerydemo runs with its production settings (DEBUG off,
no HTTPS redirect behind wrk). The portal side is bench/public_pages.py's: its seeded database
(run that script once first) and gunicorn with the page cache off, article URLs cycling
through 10,000 different articles.
"""

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.public_pages import (  # noqa: E402 - after the path, as a script
    UNCACHED_ARTICLES,
    VAR_DIR,
    Gunicorn,
    configure_environment,
    ensure_wrk,
    log,
    run_wrk,
)

BAKERY_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bakery_bench"
BAKERY_PACKAGES = [
    "Django>=5.2,<5.3",
    "wagtail>=7.4,<7.5",
    "python-dotenv>=1.2,<2",
    "wagtail-font-awesome-svg>=1,<2",
    "django-debug-toolbar>=4.2,<5",
    "django-extensions>=4.1,<5",
    "django-csp>=3.8,<4",
    "dj-database-url>=3.1,<4",
    "psycopg[binary]>=3.2,<3.4",
    "whitenoise>=6.11,<7",
    "boto3>=1.42,<1.43",
    "gunicorn>=23,<24",
]
BAKERY_POSTS = [
    "/blog/bread-circuses/",
    "/blog/desserts-benefits/",
    "/blog/icelandic-baking/",
    "/blog/joy-baking-soda/",
]
TARGET_RATIO = 4


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bakerydemo", type=Path, required=True, help="a checkout of wagtail/bakerydemo")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per round and site (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds alternating the two sites (default 3)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (default 16)")
    return parser.parse_args()


def bakery_environment() -> dict:
    """bakerydemo's production settings, none of the portal's (its REDIS_URL would give it a cache)."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/root"),
        "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": BAKERY_DATABASE_URL,
        "SECURE_SSL_REDIRECT": "false",
    }


def prepare_bakerydemo(path: Path) -> str:
    """bakerydemo's virtualenv, database and static files, made once; returns its python."""
    if not (path / "bakerydemo" / "wsgi.py").exists():
        raise SystemExit(f"{path} is not a checkout of wagtail/bakerydemo")
    python = path / ".venv" / "bin" / "python"
    if not python.exists():
        log("bakerydemo: a virtualenv with Wagtail 7.4 on Django 5.2 (once)...")
        subprocess.run([sys.executable, "-m", "venv", str(path / ".venv")], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *BAKERY_PACKAGES], check=True)
    import psycopg2

    connection = psycopg2.connect(dbname="postgres", user="postgres", host="127.0.0.1")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = 'bakery_bench'")
        fresh = cursor.fetchone() is None
        if fresh:
            cursor.execute("CREATE DATABASE bakery_bench")
    connection.close()
    if fresh:
        log("bakerydemo: migrate and load its demo data (once)...")
        env = bakery_environment()
        for command in (["migrate", "-v0"], ["load_initial_data"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run([str(python), "manage.py", *command], cwd=path, env=env, check=True)
    return str(python)


def main() -> None:
    args = parse_args()
    configure_environment()
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    import django

    django.setup()
    from bench.page_costs import article_paths

    wrk = ensure_wrk()
    python = prepare_bakerydemo(args.bakerydemo.resolve())
    articles = article_paths(UNCACHED_ARTICLES)
    figures: dict[str, list[float]] = {"portal": [], "bakerydemo": []}
    portal = Gunicorn("beside-wagtail-portal", page_cache_seconds=0)
    bakery = Gunicorn(
        "beside-wagtail-bakerydemo",
        app="bakerydemo.wsgi:application",
        python=python,
        cwd=args.bakerydemo.resolve(),
        env=bakery_environment(),
        ready_path=BAKERY_POSTS[0],
    )
    log(f"wrk -t{args.threads} -c{args.connections}, {args.rounds} rounds of {args.duration} s per site")
    with portal, bakery:
        for number in range(1, args.rounds + 1):
            for name, server, paths in (("portal", portal, articles), ("bakerydemo", bakery, BAKERY_POSTS)):
                run_wrk(wrk, server.port, paths, args=args, duration=2)  # warm-up
                report = run_wrk(wrk, server.port, paths, args=args, duration=args.duration)
                if report["status_errors"] or report["errors"]:
                    raise SystemExit(f"{name}: {report['status_errors']} non-2xx, {report['errors']} socket errors")
                figures[name].append(report["rps"])
                log(f"  round {number}: {name:<10} {report['rps']:7.1f} req/s")
    portal_rps, bakery_rps = (statistics.median(figures[name]) for name in ("portal", "bakerydemo"))
    ratio = portal_rps / bakery_rps
    log(
        f"medians: portal's uncached article ({len(articles):,} different) {portal_rps:.1f} req/s, bakerydemo's "
        f"blog post {bakery_rps:.1f} req/s: {ratio:.1f}x (target >= {TARGET_RATIO}x: "
        f"{'met' if ratio >= TARGET_RATIO else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
