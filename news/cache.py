"""Purging the cached pages an article appears on (see portal/pagecache.py)."""

from collections.abc import Iterable

from django.db import connection

from portal.pagecache import HOME, LISTS, bump, bump_together

from .constants import ANNOUNCEMENT_SCOPE, ARTICLE_SCOPE, CATEGORY_SCOPE, HOME_ANNOUNCEMENTS_SCOPE, WORK_SCHEDULE_SCOPE
from .models import Article, Category


def articles_listing(article_id: int) -> list[int]:
    """The articles whose stored related news hold ``article_id``: their pages show its card.
    On Postgres one lookup of the ``article_related_ids_gin`` index; elsewhere (SQLite, the
    default of ``make run``, where JSON containment is no lookup) the rows that have a list."""
    if connection.vendor == "postgresql":
        return list(Article.objects.filter(related_ids__contains=[article_id]).values_list("pk", flat=True))
    rows = Article.objects.exclude(related_ids=[]).values_list("pk", "related_ids")
    return [pk for pk, ids in rows if article_id in ids]


def purge_article(*, article_id: int, category_id: int | None) -> None:
    """Invalidate the article's page, the pages that show its card among their related news,
    its category pages (and parents'), the home page and lists."""
    counters = [(ARTICLE_SCOPE, article_id), *((ARTICLE_SCOPE, pk) for pk in articles_listing(article_id))]
    seen = set()
    while category_id and category_id not in seen:
        seen.add(category_id)
        row = Category.objects.filter(pk=category_id).values("slug", "parent_id").first()
        if row is None:
            break
        counters.append((CATEGORY_SCOPE, row["slug"]))  # category pages are cached by slug
        category_id = row["parent_id"]
    bump_together(*counters, HOME, LISTS)


def purge_article_of(*, article_id: int | None = None, image_id: int | None = None) -> None:
    """``purge_article`` for an article known by its id or by one of its gallery photos."""
    rows = Article.objects.filter(pk=article_id) if image_id is None else Article.objects.filter(images=image_id)
    row = rows.values("pk", "category_id").first()
    if row is not None:
        purge_article(article_id=row["pk"], category_id=row["category_id"])


def purge_announcement(*, announcement_id: int) -> None:
    """Invalidate the announcement's page, the home page (block and ticker) and the lists."""
    bump_together((ANNOUNCEMENT_SCOPE, announcement_id), HOME_ANNOUNCEMENTS_SCOPE, HOME, LISTS)


def purge_work_schedule() -> None:
    """Invalidate every page of the work schedule: the weeks, their print views and calendars."""
    bump(*WORK_SCHEDULE_SCOPE)


def purge_linked_articles(article_ids: Iterable[int], *also: tuple[str, object]) -> None:
    """Invalidate the pages of these articles, and the ``also`` counters, in one Redis transaction:
    a record their pages show (an album, a video, a training, a decision) changed. Only the linked
    articles, never every article page."""
    counters = [(ARTICLE_SCOPE, article_id) for article_id in sorted(set(article_ids))]
    if counters or also:
        bump_together(*counters, *also)


def purge_media(*, article_ids: Iterable[int]) -> None:
    """Invalidate the pages of the articles an album or a video is linked to (their "Ảnh và video"
    block): give those linked before the change as well as after."""
    purge_linked_articles(article_ids)
