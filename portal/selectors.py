"""Reads of the shared models that are more than one filter."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, F, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .enums import AgencyLinkGroup, BannerSlot, UnitKind
from .models import AgencyLink, Banner, PressBriefing, Question, Unit, UnitSuccession, WorkerHeartbeat
from .text import normalize_search_text


class UnitMatcher:
    """Finds a known unit by the code or the name an imported file gives for it.

    Loads the units once (a province has at most a few thousand), so that matching
    a thousand rows costs one query. Names compare without diacritics or case. Old units
    match too (a 2024 list names the district bureaus); when a name was reused, ``on``
    picks the unit that existed on the record's date.
    """

    def __init__(self, units=None, *, on=None):
        self.on = on
        units = list(units if units is not None else Unit.objects.all())
        self.by_code = {u.code.casefold(): u for u in units if u.code}
        self.by_name: dict[str, list[Unit]] = {}
        for unit in units:
            for name in {unit.name, unit.short_name} - {""}:
                self.by_name.setdefault(normalize_search_text(name), []).append(unit)

    def match(self, text: str) -> tuple[Unit | None, str | None]:
        """``(unit, None)`` when found, else ``(None, a Vietnamese reason)``."""
        text = (text or "").strip()
        if not text:
            return None, None
        unit = self.by_code.get(text.casefold())
        if unit is not None:
            return unit, None
        candidates = {u.pk: u for u in self.by_name.get(normalize_search_text(text), [])}
        if len(candidates) > 1 and self.on is not None:
            then = {
                pk: u
                for pk, u in candidates.items()
                if (u.valid_from is None or u.valid_from <= self.on) and (u.valid_to is None or u.valid_to >= self.on)
            }
            candidates = then or candidates
        if len(candidates) == 1:
            return next(iter(candidates.values())), None
        if len(candidates) > 1:
            return None, _("có %(count)s đơn vị cùng tên “%(name)s”; hãy ghi mã đơn vị.") % {
                "count": len(candidates),
                "name": text,
            }
        return None, _("không tìm thấy đơn vị “%(name)s” trong danh mục đơn vị.") % {"name": text}


def heartbeat_last() -> WorkerHeartbeat | None:
    return WorkerHeartbeat.objects.filter(name="celery").first()


# --- organisation and Q&A -------------------------------------------------------------------

AGENCY_LINKS_CACHE_KEY = "portal:agency-links"
# Headings of the organisation chart's groups of units, in the order it shows them.
CHART_GROUPS = {
    UnitKind.BUREAU: gettext_lazy("Phòng Giáo dục và Đào tạo cấp huyện"),
    UnitKind.SCHOOL: gettext_lazy("Trường trực thuộc Sở"),
    UnitKind.OTHER: gettext_lazy("Đơn vị sự nghiệp và đơn vị khác"),
    UnitKind.PRESS: gettext_lazy("Cơ quan báo chí"),
    UnitKind.DEPARTMENT: gettext_lazy("Đơn vị cấp Sở khác"),
}


def agency_links_for_footer() -> list[AgencyLink]:
    """The active links to other agencies, group by group, from the cache when it can be (every page shows them).

    ``agency_link_save`` and ``agency_links_delete`` empty the cache, so a change shows at once.
    """
    links = cache.get(AGENCY_LINKS_CACHE_KEY)
    if links is None:
        group_order = {value: index for index, value in enumerate(AgencyLinkGroup.values)}
        links = sorted(AgencyLink.objects.active(), key=lambda link: (group_order[link.group], link.order, link.name))
        cache.set(AGENCY_LINKS_CACHE_KEY, links, timeout=3600)
    return links


def department_unit() -> Unit | None:
    """The department itself in the catalogue of units: the top unit of kind "department"."""
    return (
        Unit.objects.active()
        .filter(kind=UnitKind.DEPARTMENT)
        .order_by(F("parent_id").asc(nulls_first=True), "order", "pk")  # a top-level row first
        .first()
    )


@dataclass(frozen=True)
class UnitGroup:
    kind: str
    label: str
    units: list[Unit]


def organisation_chart_units(department: Unit | None) -> list[UnitGroup]:
    """The units directly under the department, grouped by kind, each with ``unit_count`` of its own active units.

    One query whatever the size of the tree: a province's hundreds of schools show as counts
    under their bureau, not as rows.
    """
    if department is None:
        return []
    children = (
        department.children.active()
        .annotate(unit_count=Count("children", filter=Q(children__is_active=True)))
        .only("name", "name_en", "slug", "kind", "order", "parent")
    )
    groups: dict[str, list[Unit]] = {}
    for unit in children:
        groups.setdefault(unit.kind, []).append(unit)
    return [UnitGroup(kind, str(label), groups[kind]) for kind, label in CHART_GROUPS.items() if kind in groups]


def press_briefings_upcoming(*, limit: int = 10, now=None) -> list[PressBriefing]:
    """The next press briefings, soonest first (cancelled ones included, marked as such)."""
    now = now or timezone.now()
    return list(
        PressBriefing.objects.published()
        .filter(starts_at__gte=now)
        .select_related("spokesperson")
        .order_by("starts_at")[:limit]
    )


def press_briefings_calendar():
    """Every published press briefing, latest first, for the paginated calendar."""
    return PressBriefing.objects.published().select_related("spokesperson").order_by("-starts_at", "-pk")


def questions_published():
    """The public Q&A page: published questions, last published first, with the office that answered."""
    return (
        Question.objects.published()
        .select_related("answered_by_office")
        .only(
            "title",
            "body",
            "full_name",
            "show_name",
            "unit_name",
            "answer",
            "status",
            "created_at",
            "published_at",
            "answered_by_office__name",
        )
        .order_by("-published_at", "-pk")
    )


# --- banners --------------------------------------------------------------------------------


def banners_public() -> dict[str, list]:
    """The home page's banners by slot (``main``, ``side``), in their order; one query."""
    slots: dict[str, list] = {value: [] for value in BannerSlot.values}
    for banner in Banner.objects.published().order_by("slot", "order", "pk"):
        slots[banner.slot].append(banner)
    return slots


def banners_next_change(now=None):
    """The next start or end of an active banner still ahead (a cached home page ends there)."""
    now = now or timezone.now()
    found = Banner.objects.filter(is_active=True).aggregate(
        start=Min("starts_at", filter=Q(starts_at__gt=now)), end=Min("ends_at", filter=Q(ends_at__gt=now))
    )
    return min((moment for moment in found.values() if moment is not None), default=None)


# --- unit lineage ----------------------------------------------------------------------------


def units_today(unit_ids: set[int]) -> dict[int, Unit]:
    """Each of ``unit_ids`` rolled up to the unit that carries its work today (two queries).

    The lineage is followed to a unit with no successor; a unit that was split rolls up to its
    first successor (by order and name), so that a figure is counted once. A unit without a
    successor is its own.
    """
    edges: dict[int, list[tuple]] = {}
    for before, after, order, name in UnitSuccession.objects.values_list(
        "predecessor_id", "successor_id", "successor__order", "successor__name"
    ):
        edges.setdefault(before, []).append((order, name, after))
    target: dict[int, int] = {}
    for start in unit_ids:
        current, seen = start, {start}
        while current in edges:
            following = min(edges[current])[2]
            if following in seen:  # a loop the services refuse; stop rather than spin
                break
            seen.add(following)
            current = following
        target[start] = current
    units = Unit.objects.only("name", "short_name", "slug", "order", "kind").in_bulk(set(target.values()))
    return {start: units[end] for start, end in target.items() if end in units}


def unit_lineage(unit: Unit) -> dict[str, list[UnitSuccession]]:
    """What a unit came from and went to, for its admin page and its public page."""
    rows = UnitSuccession.objects.filter(Q(predecessor=unit) | Q(successor=unit)).select_related(
        "predecessor", "successor"
    )
    return {
        "came_from": [r for r in rows if r.successor_id == unit.pk],
        "went_to": [r for r in rows if r.predecessor_id == unit.pk],
    }
