"""Units: saving and deleting them (purging the cached pages that show them), and their
lineage: recording that units were merged, split or dissolved into successors on a date."""

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from ..models import Unit, UnitSuccession
from ..pagecache import purge_shell_on_commit
from ..permissions import require_permission

# What cached public pages show of a unit (an article's unit, a conference's, a commendation's
# recipients): a change to one of these purges every page, as units change seldom.
UNIT_PUBLIC_FIELDS = frozenset({"name", "short_name", "name_en", "parent", "is_active", "valid_to"})


def unit_save(*, unit: Unit, changed: Iterable[str] = ()) -> Unit:
    """Save ``unit``, whose fields ``changed`` (a new unit shows on no page yet)."""
    unit.save()
    if UNIT_PUBLIC_FIELDS.intersection(changed):
        purge_shell_on_commit()
    return unit


def units_delete(*, units: Iterable[Unit]) -> int:
    """Delete ``units``; the pages that showed them are purged after the commit. How many were deleted."""
    with transaction.atomic():
        deleted = Unit.objects.filter(pk__in=[unit.pk for unit in units]).delete()[1].get(Unit._meta.label, 0)
        purge_shell_on_commit()
    return deleted


class LineageError(ValueError):
    """A succession that cannot be recorded; the message says why, in Vietnamese."""


def _reachable(start_ids: set[int], edges: dict[int, set[int]]) -> set[int]:
    seen, todo = set(), list(start_ids)
    while todo:
        current = todo.pop()
        for following in edges.get(current, ()):
            if following not in seen:
                seen.add(following)
                todo.append(following)
    return seen


def units_succeed(
    *, predecessors: Iterable[Unit], successors: Iterable[Unit], on: datetime.date, note: str = "", by
) -> list[UnitSuccession]:
    """Record that ``predecessors`` ended the day before ``on`` and ``successors`` took over their work.

    A merger is several predecessors and one successor (units A, B → C), a split one
    predecessor and several successors, a dissolution one of each. Every check runs before
    anything is written; nothing is saved when one fails. Side effects: predecessors get
    ``valid_to`` and stop being active; a successor without a start date starts on ``on``.
    """
    require_permission(by, "portal.change_unit")
    predecessors, successors = list(predecessors), list(successors)
    if not predecessors or not successors:
        raise LineageError(_("Hãy chọn đơn vị cũ và đơn vị kế thừa."))
    with transaction.atomic():
        ids = [u.pk for u in predecessors + successors]
        locked = {u.pk: u for u in Unit.objects.select_for_update().filter(pk__in=ids)}
        predecessors = [locked[u.pk] for u in predecessors]
        successors = [locked[u.pk] for u in successors]
        problems = []
        for unit in successors:
            if unit.pk in {p.pk for p in predecessors}:
                problems.append(_("“%(unit)s” không thể kế thừa chính nó.") % {"unit": unit.name})
        edges: dict[int, set[int]] = {}
        for before, after in UnitSuccession.objects.values_list("predecessor_id", "successor_id"):
            edges.setdefault(before, set()).add(after)
        for unit in successors:
            # A successor that already descends from a predecessor's line closes a loop.
            ahead = _reachable({unit.pk}, edges)
            for old in predecessors:
                if old.pk in ahead:
                    problems.append(
                        _(
                            "“%(old)s” đã kế thừa (trực tiếp hoặc qua nhiều bước) từ “%(new)s”; "
                            "ghi thêm sẽ tạo vòng lặp kế thừa."
                        )
                        % {"old": old.name, "new": unit.name}
                    )
        for old in predecessors:
            if old.valid_from and on <= old.valid_from:
                problems.append(
                    _("“%(unit)s” chỉ bắt đầu hoạt động từ %(start)s; ngày kế thừa phải sau ngày đó.")
                    % {"unit": old.name, "start": date_format(old.valid_from, "SHORT_DATE_FORMAT")}
                )
            if old.valid_to and on <= old.valid_to:
                problems.append(
                    _("“%(unit)s” còn hoạt động đến hết %(end)s; đơn vị kế thừa không thể bắt đầu trước đó.")
                    % {"unit": old.name, "end": date_format(old.valid_to, "SHORT_DATE_FORMAT")}
                )
        for new in successors:
            if new.valid_to and new.valid_to < on:
                problems.append(
                    _("“%(unit)s” đã ngừng hoạt động từ %(end)s, không thể kế thừa từ ngày sau đó.")
                    % {"unit": new.name, "end": date_format(new.valid_to, "SHORT_DATE_FORMAT")}
                )
        for before_id, after_id in edges.items():
            for old in predecessors:
                if old.pk == before_id and after_id & {new.pk for new in successors}:
                    problems.append(_("Việc kế thừa của “%(unit)s” đã được ghi nhận trước đây.") % {"unit": old.name})
        if problems:
            raise LineageError(" ".join(dict.fromkeys(problems)))
        last_day = on - datetime.timedelta(days=1)
        for old in predecessors:
            old.valid_to = last_day
            old.is_active = False
            old.save(update_fields=["valid_to", "is_active", "updated_at"])
        for new in successors:
            if new.valid_from is None:
                new.valid_from = on
                new.save(update_fields=["valid_from", "updated_at"])
        purge_shell_on_commit()  # the old units' pages and names on cached pages (docs/architecture.md)
        rows = [
            UnitSuccession(predecessor=old, successor=new, on=on, note=note)
            for old in predecessors
            for new in successors
        ]
        return UnitSuccession.objects.bulk_create(rows, ignore_conflicts=False)
