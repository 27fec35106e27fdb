"""The public pages the benchmark measures (their URLs), and what an uncached one costs inside.

Used by bench/public_pages.py after ``django.setup()``, in its own process (the Django test
client, page cache off): the SQL of one request per page, the EXPLAIN (ANALYZE, BUFFERS)
plans of the search, and with ``--profile`` pyinstrument profiles and the plan of each
page's slowest query.
"""

import random
import time
from urllib.parse import urlencode

COMMON_WORD = "truyen thong"
# What readers type: with and without diacritics, upper case, a typo, a rare word, a place.
SEARCH_QUERIES = [
    "truyen thong",
    "TRUYỀN THÔNG",
    "chuyển đổi số",
    "tuyen sinh lop 10",
    "hoc sinh gioi",
    "khai giảng năm học",
    "bữa ăn bán trú",
    "robot",
    "flycam",
    "Ea Súp",
    "truyen thongg",
    "kỹ năng phát ngôn",
    "thi tot nghiep THPT",
]
SEARCH_INDEXES = ("article_search_vector_gin", "article_search_title_trgm")


def log(message: str = "") -> None:
    print(message, flush=True)


# --- the URLs measured ---------------------------------------------------------------------------


def article_paths(limit: int, *, seed: int = 4) -> list[str]:
    """Paths of ``limit`` different published articles drawn over the ten years (the same every run)."""
    from django.urls import reverse

    from news.models import Article

    rows = sorted(Article.objects.published().values_list("pk", "slug"))
    chosen = random.Random(seed).sample(rows, min(limit, len(rows)))
    return [reverse("news:article", kwargs={"slug": slug, "pk": pk}) for pk, slug in chosen]


def typical_article_path() -> str:
    """The newest article with tags: what readers open from the home page or a shared link."""
    from news.models import Article

    return Article.objects.published().filter(tags__isnull=False).order_by("-publish_at").first().get_absolute_url()


def category_paths() -> list[str]:
    """Pages 1 to 3 of every category; first the first page of the biggest one with sub-categories."""
    from django.db.models import Count

    from news.models import Category

    categories = (
        Category.objects.filter(is_active=True)
        .annotate(sub=Count("children", distinct=True), size=Count("articles", distinct=True))
        .order_by("-sub", "-size", "pk")
    )
    urls = [category.get_absolute_url() for category in categories]
    return [url + (f"?trang={page}" if page > 1 else "") for page in (1, 2, 3) for url in urls]


def search_path(query: str, page: int = 1) -> str:
    from django.urls import reverse

    params = {"q": query, **({"trang": page} if page > 1 else {})}
    return f"{reverse('portal:search')}?{urlencode(params)}"


def search_paths() -> list[str]:
    return [search_path(q) for q in SEARCH_QUERIES] + [search_path(q, 2) for q in SEARCH_QUERIES[:4]]


# --- SQL, plans and profiles (in this process) --------------------------------------------------


def client_get(client, path: str):
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code} in process")
    return response


def _pages() -> list[tuple[str, str]]:
    from bench.seed_news import RARE_WORD

    return [
        ("home", "/"),
        ("article", typical_article_path()),
        ("category", category_paths()[0]),
        ("search common", search_path(COMMON_WORD)),
        ("search rare", search_path(RARE_WORD)),
    ]


def _captured(client, path: str) -> tuple[list[dict], float, float]:
    """The queries of one warm request of ``path``, its time and this process' CPU time (Python's part) in ms."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client_get(client, path)
    started, cpu_started = time.perf_counter(), time.process_time()
    with CaptureQueriesContext(connection) as queries:
        client_get(client, path)
    cpu = (time.process_time() - cpu_started) * 1000
    return queries.captured_queries, (time.perf_counter() - started) * 1000, cpu


def _explain(sql: str) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)  # once to warm the buffers
        cursor.fetchall()
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def sql_per_page(*, plans: bool = False) -> None:
    """What each uncached page costs in SQL: queries, their time, the slowest (and its plan)."""
    from django.test import Client
    from django.test.utils import override_settings

    log("\nSQL of one uncached request per page (in process, warm; Python CPU = this process; the 3 slowest queries):")
    client = Client()
    slowest_of_page = []
    with override_settings(PAGE_CACHE_SECONDS=0):
        for name, path in _pages():
            queries, total, cpu = _captured(client, path)
            sql_ms = sum(float(q["time"]) for q in queries) * 1000
            log(
                f"  {name:<14} {len(queries):2d} queries, SQL {sql_ms:6.1f} ms, Python CPU {cpu:5.1f} ms, "
                f"total {total:6.1f} ms  {path}"
            )
            slowest = sorted(queries, key=lambda q: -float(q["time"]))[:3]
            for query in slowest:
                log(f"      {float(query['time']) * 1000:6.1f} ms  {query['sql'][:150]}")
            slowest_of_page.append((name, slowest[0]["sql"]))
    if plans:
        for name, sql in slowest_of_page:
            if name.startswith("search"):
                continue  # explain_search() shows those
            log(f"\n=== the slowest query of the {name} page ===\n{sql[:400]}...\n{_explain(sql)}")


def explain_search() -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of what a search page runs, the count and the first page, for a common and a rare word."""
    from django.conf import settings
    from django.core.paginator import Paginator
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.seed_news import RARE_WORD
    from news.selectors.articles import SearchParams, articles_search

    for word in (COMMON_WORD, RARE_WORD):
        paginator = Paginator(articles_search(SearchParams(text=word)).articles, settings.PAGE_SIZE)
        with CaptureQueriesContext(connection) as queries:
            list(paginator.page(1).object_list)
        log(f"\n=== search {word!r}: {paginator.count:,} matching articles, {len(queries)} queries ===")
        for query in queries.captured_queries:
            plan = _explain(query["sql"])
            kind = "count" if query["sql"].lstrip().upper().startswith("SELECT COUNT") else "first page"
            used = [name for name in SEARCH_INDEXES if name in plan]
            log(f"--- {kind}: indexes used: {', '.join(used) or 'NONE'}")
            log(f"SQL: {query['sql'][:500]}{'...' if len(query['sql']) > 500 else ''}")
            log(plan)


def profile_pages() -> None:
    """pyinstrument on 20 different uncached article pages and on 5 searches for the common word."""
    from django.test import Client
    from django.test.utils import override_settings
    from pyinstrument import Profiler

    client = Client()
    articles = article_paths(25, seed=5)
    with override_settings(PAGE_CACHE_SECONDS=0):
        for path in articles[:5] + [search_path(COMMON_WORD)]:
            client_get(client, path)  # warm: imports, templates, connections
        for title, paths in [
            ("20 uncached article pages", articles[5:]),
            (f"5 uncached searches for {COMMON_WORD!r}", [search_path(COMMON_WORD)] * 5),
        ]:
            profiler = Profiler(interval=0.0005)
            profiler.start()
            for path in paths:
                client_get(client, path)
            profiler.stop()
            log(f"\n=== pyinstrument: {title} ===")
            log("\n".join(profiler.output_text(unicode=True, color=False).splitlines()[:70]))
            log("--- by own time:")
            log("\n".join(profiler.output_text(unicode=True, color=False, flat=True).splitlines()[:28]))
