"""Reads of the shared models that are more than one filter."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .enums import AgencyLinkGroup, UnitKind
from .models import AgencyLink, PressBriefing, Question, Unit, WorkerHeartbeat
from .text import normalize_search_text


class UnitMatcher:
    """Finds a known unit by the code or the name an imported file gives for it.

    Loads the units once (a province has at most a few thousand), so that matching
    a thousand rows costs one query. Names compare without diacritics or case.
    """

    def __init__(self, units=None):
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
