"""Reads of the documents registry: the public list with its facets and search, a document's page, press releases.

Everything public starts from ``Document.objects.public()``; the list runs a fixed number of
queries (count, page, one per facet) whatever the size of the registry.
"""

import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, Count, F, FloatField, Prefetch, Q, QuerySet, Value, When
from django.urls import reverse

from portal.text import normalize_search_text

from ..enums import DocumentStatus, DocumentType
from ..models import Article, Document, DocumentComment, DocumentFile, DocumentQuerySet

DOCUMENT_SEARCH_VECTOR = SearchVector("search_summary", weight="A", config="simple") + SearchVector(
    "search_content", weight="C", config="simple"
)
# Number and summary weigh 1.0, issuer, signer, field and the files' text 0.2 (D, C, B, A order).
DOCUMENT_SEARCH_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
MAX_QUERY_LENGTH = 200
# Press releases (thông cáo báo chí) are articles of this category (the demo creates it: portal/demo/data/newsroom.toml).
PRESS_RELEASES_CATEGORY = "thong-cao-bao-chi"
NEWEST_FIRST = (F("issued_on").desc(nulls_first=True), F("pk").desc())
VIEW_DOCUMENT_PERMISSION = "news.view_document"


@dataclass(frozen=True)
class DocumentFilters:
    """What a visitor asked the list for; every part optional."""

    text: str = ""
    doc_type: str = ""
    issuer: str = ""  # slug
    field: str = ""  # slug
    year: int | None = None
    status: str = ""

    # What the list reads from its URL (and what its cached pages are keyed by).
    QUERY_PARAMETERS = ("q", "loai", "co-quan", "linh-vuc", "nam", "hieu-luc", "trang")

    @classmethod
    def from_query(cls, params) -> "DocumentFilters":
        """From the list's GET parameters (``?q=&loai=&co-quan=&linh-vuc=&nam=&hieu-luc=``); values that
        cannot be anything are dropped, so a mangled link shows the whole list rather than an error."""
        year = params.get("nam", "").strip()
        doc_type, status = params.get("loai", ""), params.get("hieu-luc", "")
        return cls(
            text=params.get("q", "")[:MAX_QUERY_LENGTH].strip(),
            doc_type=doc_type if doc_type in DocumentType.values else "",
            issuer=params.get("co-quan", "")[:120],
            field=params.get("linh-vuc", "")[:160],
            year=int(year) if year.isdigit() and 1945 <= int(year) <= 2100 else None,
            status=status if status in DocumentStatus.values else "",
        )

    @property
    def terms(self) -> list[str]:
        """The words searched for: normalised, letters and digits only, at most 20."""
        return re.findall(r"\w+", normalize_search_text(self.text))[:20]

    @property
    def number_needle(self) -> str:
        """The query as a document number is stored (``1234/sgddt-vp``), when it has a digit."""
        needle = normalize_search_text(self.text).replace(" ", "")
        return needle if any(ch.isdigit() for ch in needle) else ""

    @property
    def is_filtered(self) -> bool:
        return any([self.text, self.doc_type, self.issuer, self.field, self.year, self.status])


def documents_public() -> DocumentQuerySet:
    return Document.objects.public()


def _text_match(filters: DocumentFilters) -> Q | None:
    """Postgres: the words in the weighted vector (GIN ``document_search_vector_gin``) or the
    query inside the number (trigram GIN ``document_search_number_trgm``). SQLite: every word
    in the normalised columns, or the query inside the number."""
    terms, needle = filters.terms, filters.number_needle
    if not terms:
        return None
    if connection.vendor == "postgresql":
        match = Q(search_vector=SearchQuery(" ".join(terms), search_type="plain", config="simple"))
    else:
        match = Q()
        for term in terms:
            match &= Q(search_summary__contains=term) | Q(search_content__contains=term)
    if needle:
        match |= Q(search_number__contains=needle)
    return match


def _filtered(queryset: QuerySet, filters: DocumentFilters, *, skip: str = "") -> QuerySet:
    """``queryset`` narrowed by every filter but ``skip`` (a facet counts as if its own choice were open)."""
    if filters.doc_type and skip != "doc_type":
        queryset = queryset.filter(doc_type=filters.doc_type)
    if filters.issuer and skip != "issuer":
        queryset = queryset.filter(issuer__slug=filters.issuer)
    if filters.field and skip != "field":
        queryset = queryset.filter(field__slug=filters.field)
    if filters.year and skip != "year":
        queryset = queryset.filter(year=filters.year)
    if filters.status and skip != "status":
        queryset = queryset.filter(status=filters.status)
    match = _text_match(filters)
    if match is not None:
        queryset = queryset.filter(match)
    return queryset


def documents_search(filters: DocumentFilters) -> QuerySet:
    """Public documents matching ``filters``: best match first when words were typed, else newest first.

    Ranking: the exact number first, then the text rank (number and summary above the
    files' text), then the date of issue.
    """
    queryset = _filtered(documents_public().for_listing(), filters)
    if not filters.terms:
        return queryset.order_by(*NEWEST_FIRST)
    needle = filters.number_needle
    exact_number = (
        Case(When(search_number=needle, then=Value(10.0)), default=Value(0.0), output_field=FloatField())
        if needle
        else Value(0.0, output_field=FloatField())
    )
    if connection.vendor == "postgresql":
        query = SearchQuery(" ".join(filters.terms), search_type="plain", config="simple")
        rank = exact_number + SearchRank(F("search_vector"), query, weights=DOCUMENT_SEARCH_WEIGHTS)
    else:
        summary_hits = sum(
            (Case(When(search_summary__contains=t, then=1.0), default=0.0) for t in filters.terms), Value(0.0)
        )
        rank = exact_number + summary_hits
    return queryset.annotate(rank=rank).order_by("-rank", *NEWEST_FIRST)


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class DocumentFacets:
    doc_types: list[FacetOption] = field(default_factory=list)
    issuers: list[FacetOption] = field(default_factory=list)
    fields: list[FacetOption] = field(default_factory=list)
    years: list[FacetOption] = field(default_factory=list)
    statuses: list[FacetOption] = field(default_factory=list)


def _counts(filters: DocumentFilters, skip: str, *values: str) -> QuerySet:
    return _filtered(documents_public(), filters, skip=skip).order_by().values(*values).annotate(count=Count("pk"))


def document_facets(filters: DocumentFilters) -> DocumentFacets:
    """The options of each filter with how many documents each would give, the other filters applied.

    Five grouped queries. The chosen option stays listed even when nothing matches it now,
    so the form always shows what is applied.
    """

    def options(rows: dict[str, tuple[str, int]], order: list[str], chosen: str) -> list[FacetOption]:
        found = [FacetOption(v, rows[v][0], rows[v][1], v == chosen) for v in order if v in rows]
        if chosen and chosen not in rows:
            found.insert(0, FacetOption(chosen, chosen, 0, True))
        return found

    type_rows = {
        r["doc_type"]: (DocumentType(r["doc_type"]).label, r["count"]) for r in _counts(filters, "doc_type", "doc_type")
    }
    status_rows = {
        r["status"]: (DocumentStatus(r["status"]).label, r["count"]) for r in _counts(filters, "status", "status")
    }
    issuer_rows = list(
        _counts(filters, "issuer", "issuer__slug", "issuer__name", "issuer__order").order_by(
            "issuer__order", "issuer__name"
        )
    )
    field_rows = list(
        _counts(filters, "field", "field__slug", "field__name", "field__order")
        .exclude(field__isnull=True)
        .order_by("field__order", "field__name")
    )
    year_rows = list(_counts(filters, "year", "year").exclude(year__isnull=True).order_by("-year"))
    chosen_year = str(filters.year or "")
    return DocumentFacets(
        doc_types=options(type_rows, DocumentType.values, filters.doc_type),
        statuses=options(status_rows, DocumentStatus.values, filters.status),
        issuers=options(
            {r["issuer__slug"]: (r["issuer__name"], r["count"]) for r in issuer_rows},
            [r["issuer__slug"] for r in issuer_rows],
            filters.issuer,
        ),
        fields=options(
            {r["field__slug"]: (r["field__name"], r["count"]) for r in field_rows},
            [r["field__slug"] for r in field_rows],
            filters.field,
        ),
        years=options(
            {str(r["year"]): (str(r["year"]), r["count"]) for r in year_rows},
            [str(r["year"]) for r in year_rows],
            chosen_year,
        ),
    )


def files_for_listing() -> Prefetch:
    """The files of each listed document for their download links, without their (long) text."""
    return Prefetch("files", queryset=DocumentFile.objects.defer("text").order_by("order", "pk"))


def document_file_for_download(*, pk: int, user) -> DocumentFile | None:
    """A file ``user`` may download: any file of a public document; of one not public, for staff who may
    view documents (as its preview shows them). None when there is no such file or the user may not know of it."""
    files = DocumentFile.objects.select_related("document").defer("text")
    if not user.has_perm(VIEW_DOCUMENT_PERMISSION):
        files = files.filter(document__in=Document.objects.public())
    return files.filter(pk=pk).first()


def document_for_page(*, pk: int) -> Document | None:
    """A public document with everything its page shows, in five queries."""
    public_links = Document.objects.public().only("pk", "slug", "number", "doc_type", "summary", "issued_on", "status")
    return (
        documents_public()
        .select_related("issuer", "field", "replaced_by")
        .defer("search_summary", "search_content", "search_vector")
        .prefetch_related(
            files_for_listing(),
            Prefetch("replaces", queryset=public_links.order_by(*NEWEST_FIRST), to_attr="public_replaces"),
            Prefetch("related_documents", queryset=public_links.order_by(*NEWEST_FIRST), to_attr="public_related"),
            Prefetch(
                "comments",
                queryset=DocumentComment.objects.published().order_by("published_at", "pk"),
                to_attr="published_comments",
            ),
        )
        .filter(pk=pk)
        .first()
    )


def documents_latest(*, limit: int = 30) -> list[Document]:
    """The newest documents on the portal (by the time they were put up), for the feed."""
    return list(documents_public().for_listing().order_by("-published_at", "-pk")[:limit])


def spokesperson_regulation() -> Document | None:
    """The department's regulation on spokesperson work, the document staff flagged (one at most)."""
    return (
        documents_public()
        .filter(is_spokesperson_regulation=True)
        .only("pk", "slug", "number", "doc_type", "summary", "issued_on")
        .first()
    )


def press_releases_latest(*, limit: int = 5) -> list[Article]:
    """The latest published press releases (articles of the press releases category), newest first."""
    from .articles import listing

    return list(listing().filter(category__slug=PRESS_RELEASES_CATEGORY, category__is_active=True)[:limit])


def press_releases_url() -> str:
    return reverse("news:category", kwargs={"slug": PRESS_RELEASES_CATEGORY})
