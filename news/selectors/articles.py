"""Reads of the newsroom: the public pages' blocks, related news, search, statistics.

Every public read starts from ``Article.objects.published()`` and runs a fixed number of
queries whatever the number of articles (docs/architecture.md: cheap public pages).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Sum, Value, When, Window
from django.db.models.expressions import RawSQL
from django.db.models.functions import Greatest, RowNumber, TruncMonth
from django.utils import timezone

from portal.db import STAND_IN_ID, STAND_IN_TIME, CompiledRead, children_json, children_rows, model_from_row
from portal.models import Unit
from portal.text import normalize_search_text

from ..constants import LATE_AFTER, MAX_QUERY_LENGTH, MENU_CATEGORIES_CACHE_KEY, MENU_CATEGORIES_SECONDS, SEARCH_WEIGHTS
from ..enums import ArticleAction, ArticleStatus, RoyaltyPeriodStatus
from ..models import Article, ArticleDailyViews, ArticleEvent, ArticleImage, Attachment, Category, RoyaltyPeriod, Tag

# How many of the newest matches search ranks (see articles_search).
SEARCH_CANDIDATES = 200
# How many of the newest typo matches (trigram-similar titles) it ranks when the words
# themselves found less than a page: each title checked costs a trigram comparison, and
# the newest matches are found by walking back through the publication dates.
TYPO_CANDIDATES = 60
HOME_BLOCK_SIZE = 5
RELATED_CANDIDATES = 200
# Related ids stored per article: the six the page shows, and spares for those unpublished since.
RELATED_STORED = 10
MOST_READ_DAYS = 7


def article_last_save(*, article_id: int) -> tuple[object | None, datetime | None]:
    """Who saved the article last and when, from its history (``(None, None)`` without one)."""
    record = Article.history.filter(id=article_id).select_related("history_user").order_by("-history_date").first()
    return (record.history_user, record.history_date) if record else (None, None)


def articles_overdue(*, now: datetime | None = None) -> QuerySet:
    """Published articles due more than LATE_AFTER ago whose go-live was not processed."""
    now = now or timezone.now()
    return Article.objects.filter(
        status=ArticleStatus.PUBLISHED, publish_at__lte=now - LATE_AFTER, went_live_at__isnull=True
    )


def next_schedule_change(now: datetime | None = None) -> datetime | None:
    """The next moment at which what ``published()`` shows changes by itself: the nearest
    ``publish_at`` or ``unpublish_at`` still ahead among approved articles; None when none is.

    A cached public page must not outlive it, worker or not (portal.pagecache.cached_page's
    ``expires``). One query of two index lookups (``article_status_publish`` and
    ``article_unpublish_at``), whatever the number of articles.
    """
    now = now or timezone.now()
    approved = Article.objects.filter(status=ArticleStatus.PUBLISHED)
    go_live = approved.filter(publish_at__gt=now).order_by("publish_at").values("publish_at")[:1]
    removal = approved.filter(unpublish_at__gt=now).order_by("unpublish_at").values("unpublish_at")[:1]
    found = (
        Article.objects.annotate(go_live=Subquery(go_live), removal=Subquery(removal))
        .values_list("go_live", "removal")
        .order_by()[:1]
    )
    moments = [moment for moment in (found[0] if found else ()) if moment is not None]
    return min(moments, default=None)


def listing(now: datetime | None = None) -> QuerySet:
    """Published articles (at ``now``) as lists show them: newest first, without their bodies."""
    return Article.objects.published(now).for_listing().order_by("-publish_at", "-pk")


def cards(now: datetime | None = None) -> QuerySet:
    """Published articles (at ``now``) as the pages' cards show them (the card's columns only), newest first."""
    return Article.objects.published(now).for_cards().order_by("-publish_at", "-pk")


def cards_from_rows(rows: list[dict]) -> list[Article]:
    """The articles of ``card_rows()`` rows, as ``cards()`` gives them (the category joined)."""
    categories: dict[int, Category] = {}
    articles = []
    for row in rows:
        values = dict(row)
        category_id = values.pop("category")
        name, slug = values.pop("category__name"), values.pop("category__slug")
        category = categories.get(category_id)
        if category is None:
            category = categories[category_id] = model_from_row(
                Category, {"id": category_id, "name": name, "slug": slug}
            )
        article = model_from_row(Article, {"category_id": category_id, **values})
        article.category = category
        articles.append(article)
    return articles


# Published articles' cards by id, compiled once; the ids are one array parameter (Postgres).
_CARDS_BY_ID = CompiledRead(
    lambda now, ids: (
        cards(now)
        .filter(pk__in=RawSQL("SELECT UNNEST(%s)", (ids,)))  # noqa: S611 - constant SQL, the ids its parameter
        .card_rows()
        .order_by()
    ),
    now=STAND_IN_TIME,
    ids=[STAND_IN_ID],
)


def cards_by_id(ids: Iterable[int]) -> list[Article]:
    """The cards of the published articles among ``ids``, in no particular order: one query."""
    ids = list(ids)
    if not ids:
        return []
    if connection.vendor != "postgresql":
        return list(cards().filter(pk__in=ids))
    return cards_from_rows(_CARDS_BY_ID.rows(now=timezone.now(), ids=ids))


def menu_categories() -> list[Category]:
    """Top-level categories of the main menu, cached for five minutes (every page shows them)."""
    categories = cache.get(MENU_CATEGORIES_CACHE_KEY)
    if categories is None:
        categories = list(
            Category.objects.filter(is_active=True, show_in_menu=True, parent__isnull=True).order_by("order", "name")
        )
        cache.set(MENU_CATEGORIES_CACHE_KEY, categories, MENU_CATEGORIES_SECONDS)
    return categories


# --- home page ------------------------------------------------------------------------------


# The home page's categories with the ids of each one's newest articles: an array subquery
# per category walks the (category, status, publish_at) index and stops after HOME_BLOCK_SIZE
# rows ("category IN (...)" would sort every article of a block). Compiled once.
_HOME_CATEGORIES = CompiledRead(
    lambda now: (
        Category.objects.filter(is_active=True)
        .order_by("home_order", "order", "pk")
        .annotate(newest=ArraySubquery(listing(now).filter(category=OuterRef("pk")).values("pk")[:HOME_BLOCK_SIZE]))
        .values("id", "name", "slug", "parent", "show_on_home", "newest")
    ),
    now=STAND_IN_TIME,
)


def home_category_blocks() -> list[tuple[Category, list[Article]]]:
    """One block per home-page category, in the configured order, each with its latest articles.

    A block holds the category's own articles and those of its direct children; two
    queries whatever the number of categories. On Postgres the first reads the categories
    with the ids of each one's newest published articles (``_HOME_CATEGORIES``), the second
    those articles' cards (``cards_by_id``). Elsewhere (SQLite, the default of ``make run``)
    one query numbers each category's articles with a window function and keeps the first
    HOME_BLOCK_SIZE.
    """
    if connection.vendor == "postgresql":
        categories = []
        for row in _HOME_CATEGORIES.rows(now=timezone.now()):
            newest = row.pop("newest")
            category = model_from_row(Category, {"parent_id": row.pop("parent"), **row})
            category.newest = newest
            categories.append(category)
    else:
        categories = list(Category.objects.filter(is_active=True).order_by("home_order", "order", "pk"))
    home = [c for c in categories if c.show_on_home]
    if not home:
        return []
    members: dict[int, list[Category]] = {}
    for category in categories:
        if category.show_on_home:
            members.setdefault(category.pk, []).append(category)
        if category.parent_id:
            members.setdefault(category.parent_id, []).append(category)
    if connection.vendor == "postgresql":
        articles = cards_by_id({pk for group in members.values() for category in group for pk in category.newest})
    else:
        member_ids = {category.pk for group in members.values() for category in group}
        newest_first = Window(
            RowNumber(), partition_by=F("category_id"), order_by=[F("publish_at").desc(), F("pk").desc()]
        )
        articles = (
            cards().filter(category_id__in=member_ids).annotate(rank=newest_first).filter(rank__lte=HOME_BLOCK_SIZE)
        )
    by_category: dict[int, list[Article]] = {}
    for article in articles:
        by_category.setdefault(article.category_id, []).append(article)
    blocks = []
    for block in home:
        found = [a for member in members.get(block.pk, []) for a in by_category.get(member.pk, [])]
        found = sorted({a.pk: a for a in found}.values(), key=lambda a: (a.publish_at, a.pk), reverse=True)
        if found:
            blocks.append((block, found[:HOME_BLOCK_SIZE]))
    return blocks


def most_read(*, limit: int = 5, days: int = MOST_READ_DAYS) -> list[Article]:
    """The most read published articles of the last ``days`` days (views counted per day).

    One query: the top of the daily counts (grouped on the narrow views table alone, by its
    day index) picks a few candidates, and only those are joined to their articles.
    """
    since = timezone.localdate() - timedelta(days=days - 1)
    recent = Q(daily_views__day__gte=since)
    top = (
        ArticleDailyViews.objects.filter(day__gte=since)
        .values("article_id")
        .annotate(total=Sum("views"))
        .order_by("-total")
        .values("article_id")[: limit * 4]  # a few spare for those no longer published
    )
    return list(
        cards()
        .filter(pk__in=top)
        .annotate(recent_views=Sum("daily_views__views", filter=recent))
        .order_by("-recent_views", "-pk")[:limit]
    )


def most_read_cached(*, limit: int = 5) -> list[Article]:
    """``most_read`` shared by every process for a minute: the live block "Đọc nhiều" (news/blocks.py)."""
    key = f"news:most-read:{limit}"
    articles = cache.get(key)
    if articles is None:
        articles = most_read(limit=limit)
        cache.set(key, articles, 60)
    return articles


# The home page's own lists, each cut from the cards (newest first).
_HOME_LIST_CUTS = {
    "featured": lambda cards: cards.filter(is_featured=True)[:5],
    "latest": lambda cards: cards[:10],
    "must_read": lambda cards: cards.filter(is_must_read=True)[:5],
}


def _home_list_rows(now: datetime) -> list[QuerySet]:
    """Each home list's card rows, every row naming its list (``home_list``)."""
    return [cut(cards(now).card_rows().annotate(home_list=Value(name))) for name, cut in _HOME_LIST_CUTS.items()]


# On Postgres the three lists are one query (UNION ALL of the three), compiled once: only the
# moment changes between requests. SQLite allows no LIMIT inside a UNION: one query per list.
def _home_lists_union(now: datetime) -> QuerySet:
    first, *rest = _home_list_rows(now)
    return first.union(*rest, all=True)


_HOME_LISTS = CompiledRead(_home_lists_union, now=STAND_IN_TIME)


def home_page_data() -> dict:
    """The home page's lists of articles and its category blocks: three queries on Postgres."""
    now = timezone.now()
    if connection.vendor == "postgresql":
        rows = _HOME_LISTS.rows(now=now)
    else:
        rows = [row for rows in _home_list_rows(now) for row in rows]
    by_list: dict[str, list[dict]] = {name: [] for name in _HOME_LIST_CUTS}
    for row in rows:
        by_list[row.pop("home_list")].append(row)
    # A UNION ALL does not promise its parts' order: each list is put back newest first.
    newest_first = {
        name: sorted(rows, key=lambda row: (row["publish_at"], row["id"]), reverse=True)
        for name, rows in by_list.items()
    }
    return {
        **{name: cards_from_rows(rows) for name, rows in newest_first.items()},
        "category_blocks": home_category_blocks(),
    }


# --- article page ---------------------------------------------------------------------------

# What the article page shows of the article itself (the search columns, as long as the body,
# and the editors' fields stay in the database), then of its category, parent category and unit.
ARTICLE_PAGE_FIELDS = (
    "id", "title", "slug", "lead", "body", "byline", "source", "source_url", "video_url",
    "cover", "cover_alt", "cover_caption", "cover_width", "cover_height", "cover_renditions",
    "category", "unit", "status", "publish_at", "updated_at", "created_by",
    "related_ids", "related_stale", "rating_count", "rating_sum",
)  # fmt: skip
ARTICLE_PAGE_RELATED = (
    "category__name", "category__slug", "category__parent", "category__parent__name", "category__parent__slug",
    "unit__name", "unit__slug",
)  # fmt: skip
# Records of other kinds that can point at an article (the albums, videos, conferences and
# decisions it reports): the page asks for those of a kind only when the article has some.
ARTICLE_LINKS = ("albums", "videos", "trainings", "award_decisions")


@dataclass(frozen=True)
class ArticlePage:
    """An article with what of its own its page shows."""

    article: Article
    tags: list[Tag]
    images: list[ArticleImage]
    attachments: list[Attachment]
    links: frozenset[str]  # those of ARTICLE_LINKS with at least one record, shown or not


def _article_page_rows() -> QuerySet:
    """Every article as one row with what its page shows (see ``article_page``)."""
    flags = {
        f"has_{name}": Exists(getattr(Article, name).through.objects.filter(article_id=OuterRef("pk")))
        for name in ARTICLE_LINKS
    }
    return (
        Article.objects.annotate(
            tag_rows=children_json(Tag.objects.all(), "articles", id="id", name="name", slug="slug"),
            image_rows=children_json(
                ArticleImage.objects.all(),
                "article",
                id="id",
                image="image",
                width="width",
                height="height",
                alt="alt",
                caption="caption",
                order="order",
                renditions="renditions",
            ),
            attachment_rows=children_json(
                Attachment.objects.all(), "article", id="id", file="file", title="title", size="size", order="order"
            ),
            **flags,
        )
        .values(*ARTICLE_PAGE_FIELDS, *ARTICLE_PAGE_RELATED, "tag_rows", "image_rows", "attachment_rows", *flags)
        .order_by()
    )


# Only the article and the moment change between requests: the query is compiled once.
_PUBLIC_ARTICLE_ROW = CompiledRead(
    lambda pk, now: _article_page_rows().filter(pk=pk).published(now), pk=STAND_IN_ID, now=STAND_IN_TIME
)
_ANY_ARTICLE_ROW = CompiledRead(lambda pk: _article_page_rows().filter(pk=pk), pk=STAND_IN_ID)


def _article_from_row(row: dict) -> Article:
    """The article of an ``_article_page_rows`` row, with its category (and its parent) and unit."""
    article = model_from_row(
        Article, {Article._meta.get_field(name).attname: row[name] for name in ARTICLE_PAGE_FIELDS}
    )
    category = model_from_row(
        Category,
        {
            "id": row["category"],
            "name": row["category__name"],
            "slug": row["category__slug"],
            "parent_id": row["category__parent"],
        },
    )
    if row["category__parent"] is not None:
        category.parent = model_from_row(
            Category,
            {
                "id": row["category__parent"],
                "name": row["category__parent__name"],
                "slug": row["category__parent__slug"],
            },
        )
    article.category = category
    if row["unit"] is not None:
        article.unit = model_from_row(Unit, {"id": row["unit"], "name": row["unit__name"], "slug": row["unit__slug"]})
    return article


def article_page(pk: int, *, published: bool = True) -> ArticlePage | None:
    """The article ``pk`` (only a published one unless ``published`` is False) with its tags,
    gallery and attachments, and which kinds of records point at it: one query, where
    prefetching would take four (each part a JSON list read with the row, each kind of link
    an EXISTS), compiled once per process. None when there is no such article."""
    rows = _PUBLIC_ARTICLE_ROW.rows(pk=pk, now=timezone.now()) if published else _ANY_ARTICLE_ROW.rows(pk=pk)
    if not rows:
        return None
    row = rows[0]
    article = _article_from_row(row)
    return ArticlePage(
        article=article,
        tags=[Tag(**child) for child in children_rows(row["tag_rows"], order=("name",))],
        images=[
            ArticleImage(article=article, **child)
            for child in children_rows(row["image_rows"], json_columns=("renditions",), order=("order", "id"))
        ],
        attachments=[
            Attachment(article=article, **child)
            for child in children_rows(row["attachment_rows"], order=("order", "id"))
        ],
        links=frozenset(name for name in ARTICLE_LINKS if row[f"has_{name}"]),
    )


def related_ids_compute(article: Article, *, limit: int = RELATED_STORED) -> list[int]:
    """The ids of the article's related news, best first: manual picks, then articles sharing
    tags, then the category's latest; never the article itself, never an unpublished one.
    At most four queries (the tag-overlap one reads hundreds of rows): run when the article
    goes live or its tags, category or picks change (news.services.articles.article_related_refresh),
    not per view."""
    picked = list(listing().filter(pk__in=article.related_articles.values("pk")).values_list("pk", flat=True)[:limit])
    seen = {article.pk, *picked}
    tag_ids = list(article.tags.values_list("pk", flat=True))
    if tag_ids and len(picked) < limit:
        # Shared tags are counted among the newest RELATED_CANDIDATES tagged articles only:
        # a common tag is on tens of thousands of articles, and readers want recent ones.
        recent = (
            Article.objects.published()
            .filter(tags__in=tag_ids)
            .exclude(pk__in=seen)
            .order_by("-publish_at")
            .values("pk")[:RELATED_CANDIDATES]
        )
        shared = (
            Article.objects.filter(pk__in=recent)
            .annotate(shared=Count("tags", filter=Q(tags__in=tag_ids)))
            .order_by("-shared", "-publish_at", "-pk")
            .values_list("pk", flat=True)[: limit - len(picked)]
        )
        picked += list(shared)
        seen.update(picked)
    if len(picked) < limit:
        same_category = listing().filter(category_id=article.category_id).exclude(pk__in=seen)
        picked += list(same_category.values_list("pk", flat=True)[: limit - len(picked)])
    return picked


def related_articles(article: Article, *, limit: int = 6) -> list[Article]:
    """The article's related news as its page shows them, in the stored order.

    One primary-key query when the list is stored (``related_ids``); the visibility rule still
    applies, so an article unpublished since it was stored is skipped (a few spare ids are
    stored for that). An article whose list is owed (just gone live, just edited, a preview)
    has it computed here.
    """
    ids = related_ids_compute(article) if article.related_stale else article.related_ids
    found = {a.pk: a for a in cards_by_id(ids)}
    return [found[pk] for pk in ids if pk in found][:limit]


# --- search ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchParams:
    text: str = ""
    category: Category | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def terms(self) -> list[str]:
        """The words searched for: normalised, letters and digits only, at most 20."""
        normalized = normalize_search_text(self.text[:MAX_QUERY_LENGTH])
        return re.findall(r"\w+", normalized)[:20]


def words_query(phrase: str) -> SearchQuery:
    """Every word of ``phrase`` (already normalised), as Postgres matches the weighted vector."""
    return SearchQuery(phrase, search_type="plain", config="simple")


def words_match(phrase: str) -> Q:
    """Articles whose text holds every word of ``phrase`` (GIN index ``article_search_vector_gin``)."""
    return Q(search_vector=words_query(phrase))


def title_typo_match(phrase: str) -> Q:
    """Articles with a part of the title trigram-similar to ``phrase``, a typo (GIN index ``article_search_title_trgm``)."""
    return Q(search_title__trigram_word_similar=phrase)


@dataclass(frozen=True)
class SearchResults:
    articles: QuerySet
    capped: bool  # more matches exist than were ranked: the reader should narrow the search


def articles_search(params: SearchParams) -> SearchResults:
    """Published articles matching ``params``, best first.

    On Postgres the newest SEARCH_CANDIDATES articles whose text holds every word are taken
    (GIN index, or the publication-time index walked backwards for common words), plus,
    when they are fewer than a page, the newest TYPO_CANDIDATES titles trigram-similar to the
    query (a typo); only those are ranked, title matches first. Ranking every match of a common word
    (most articles hold "giao duc") would read every article; news readers want the recent
    ones, and the page says when there are more. On SQLite: every word must appear in the
    normalised text; title matches first.
    """
    queryset = Article.objects.published()
    if params.category is not None:
        queryset = queryset.filter(Q(category=params.category) | Q(category__parent=params.category))
    if params.date_from:
        queryset = queryset.filter(publish_at__date__gte=params.date_from)
    if params.date_to:
        queryset = queryset.filter(publish_at__date__lte=params.date_to)
    terms = params.terms
    if not terms:
        return SearchResults(Article.objects.none(), capped=False)
    phrase = " ".join(terms)
    if connection.vendor == "postgresql":
        query = words_query(phrase)
        newest = queryset.order_by("-publish_at", "-pk").values_list("pk", flat=True)
        # One row past each cap tells whether more matches exist than are ranked.
        candidates = list(newest.filter(words_match(phrase))[: SEARCH_CANDIDATES + 1])
        capped = len(candidates) > SEARCH_CANDIDATES
        del candidates[SEARCH_CANDIDATES:]
        if not capped and len(candidates) < settings.PAGE_SIZE:
            typos = newest.filter(title_typo_match(phrase)).exclude(pk__in=candidates)
            typos = list(typos[: TYPO_CANDIDATES + 1])
            capped = len(typos) > TYPO_CANDIDATES
            candidates += typos[:TYPO_CANDIDATES]
        ranked = (
            Article.objects.filter(pk__in=candidates)
            .for_listing()
            .annotate(
                rank=Greatest(
                    SearchRank(F("search_vector"), query, weights=SEARCH_WEIGHTS),
                    TrigramWordSimilarity(Value(phrase), "search_title") * 0.5,
                )
            )
            .order_by("-rank", "-publish_at", "-pk")
        )
        return SearchResults(ranked, capped=capped)
    for term in terms:
        queryset = queryset.filter(search_document__contains=term)
    title_hits = sum((Case(When(search_title__contains=t, then=1), default=0) for t in terms), Value(0))
    ranked = queryset.for_listing().annotate(rank=title_hits).order_by("-rank", "-publish_at", "-pk")
    return SearchResults(ranked, capped=False)


# --- statistics -----------------------------------------------------------------------------


def collaborator_statistics(*, year: int) -> dict:
    """Articles submitted and gone live per month, per author and per unit, in ``year``.

    Counted from the workflow log, so an article sent back and submitted again counts
    once per month it was submitted; "published" counts go-lives.
    """
    events = ArticleEvent.objects.filter(
        at__year=year, action__in=[ArticleAction.SUBMITTED, ArticleAction.WENT_LIVE]
    ).annotate(month=TruncMonth("at"))
    counts = {
        "submitted": Count("article", distinct=True, filter=Q(action=ArticleAction.SUBMITTED)),
        "published": Count("article", distinct=True, filter=Q(action=ArticleAction.WENT_LIVE)),
    }
    by_author = (
        events.values(
            "month",
            "article__created_by",
            "article__created_by__last_name",
            "article__created_by__first_name",
            "article__created_by__username",
        )
        .annotate(**counts)
        .order_by("month", "article__created_by__last_name", "article__created_by__first_name")
    )
    by_unit = (
        events.values("month", "article__unit", "article__unit__name")
        .annotate(**counts)
        .order_by("month", "article__unit__name")
    )
    return {"by_author": list(by_author), "by_unit": list(by_unit)}


def leaders_awaiting_count() -> int:
    """Articles and royalty statements waiting for the leaders' approval, in one query (it is on every leaders' page)."""
    # No ordering in the parts: SQLite refuses ORDER BY inside a compound statement.
    articles = Article.objects.filter(status=ArticleStatus.LEADERS).order_by().values("pk")
    periods = RoyaltyPeriod.objects.filter(status=RoyaltyPeriodStatus.SUBMITTED).order_by().values("pk")
    return articles.union(periods, all=True).count()
