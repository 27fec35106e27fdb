"""State changes of the shared models: the unit import, the heartbeat, the site profile."""

import socket
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..enums import UnitKind
from ..models import SiteProfile, Unit, UnitType, WorkerHeartbeat
from ..pagecache import purge_shell_on_commit
from ..spreadsheets import ImportFailed, ImportProblem, length_problems, match_columns, read_table
from ..text import normalize_search_text

UNIT_COLUMNS = {
    "code": ("Mã đơn vị", "Mã", "Mã trường"),
    "name": ("Tên đơn vị", "Tên", "Tên trường"),
    "short_name": ("Tên viết tắt", "Viết tắt"),
    "kind": ("Loại đơn vị", "Loại"),
    "parent": ("Đơn vị cấp trên", "Trực thuộc", "Mã đơn vị cấp trên"),
    "address": ("Địa chỉ",),
    "phone": ("Điện thoại", "Số điện thoại"),
    "email": ("Thư điện tử", "Email", "E-mail"),
}

# What people write in the "Loại" column, compared without diacritics.
UNIT_KIND_WORDS = {
    **{normalize_search_text(str(label)): value for value, label in UnitKind.choices},
    **{value: value for value in UnitKind.values},
    "so": UnitKind.DEPARTMENT,
    "so gd&dt": UnitKind.DEPARTMENT,
    "phong": UnitKind.BUREAU,
    "phong gd&dt": UnitKind.BUREAU,
    "truong": UnitKind.SCHOOL,
    "bao chi": UnitKind.PRESS,
    "co quan bao chi": UnitKind.PRESS,
    "khac": UnitKind.OTHER,
}


@dataclass(frozen=True)
class UnitImportResult:
    created: int
    updated: int


def units_import(*, upload) -> UnitImportResult:
    """Create or update units from an .xlsx or .csv file, all or nothing.

    A row whose code (or, without a code, whose name) is already known updates that
    unit; others create one. The parent may be named by code or name, and may be a
    row of the same file. Raises ``ImportFailed`` listing every problem by row.
    """
    # The kinds of the admin's table, by name and code, besides the usual words.
    kind_words = dict(UNIT_KIND_WORDS)
    for code, name in UnitType.objects.values_list("code", "name"):
        kind_words.setdefault(normalize_search_text(name), code)
        kind_words.setdefault(code, code)
    table = read_table(upload, columns=UNIT_COLUMNS)
    columns = match_columns(table.headers, UNIT_COLUMNS, required=["name"])
    existing = list(Unit.objects.all())
    by_code = {u.code.casefold(): u for u in existing if u.code}
    by_name: dict[str, list[Unit]] = {}
    for unit in existing:
        by_name.setdefault(normalize_search_text(unit.name), []).append(unit)

    problems: list[ImportProblem] = []
    planned: list[tuple[int, Unit, str]] = []  # (row number, unit to save, parent reference)
    file_codes: dict[str, int] = {}
    file_names: dict[str, Unit] = {}
    for row in table.rows:
        name, code = row.text(columns["name"]), row.text(columns["code"])
        if not name:
            problems.append(ImportProblem(_("thiếu tên đơn vị."), row.number))
            continue
        too_long = length_problems(
            Unit, {field: row.text(columns[field]) for field in UNIT_COLUMNS if field not in ("kind", "parent")}
        )
        if too_long:
            problems.extend(ImportProblem(message, row.number) for message in too_long)
            continue
        if code:
            if code.casefold() in file_codes:
                problems.append(
                    ImportProblem(
                        _("mã “%(code)s” đã có ở dòng %(other)s.")
                        % {"code": code, "other": file_codes[code.casefold()]},
                        row.number,
                    )
                )
                continue
            file_codes[code.casefold()] = row.number
            unit = by_code.get(code.casefold())
        else:
            same_name = by_name.get(normalize_search_text(name), [])
            if len(same_name) > 1:
                problems.append(
                    ImportProblem(_("có nhiều đơn vị tên “%(name)s”; hãy ghi mã đơn vị.") % {"name": name}, row.number)
                )
                continue
            unit = same_name[0] if same_name else None
        unit = unit or Unit()
        unit.name, unit.code = name, code or unit.code
        kind_text = row.text(columns["kind"])
        if kind_text:
            kind = kind_words.get(normalize_search_text(kind_text))
            if kind is None:
                problems.append(
                    ImportProblem(_("loại đơn vị “%(kind)s” không hợp lệ.") % {"kind": kind_text}, row.number)
                )
                continue
            unit.kind = kind
        email = row.text(columns["email"])
        if email:
            try:
                validate_email(email)
            except ValidationError:
                problems.append(
                    ImportProblem(_("thư điện tử “%(email)s” không hợp lệ.") % {"email": email}, row.number)
                )
                continue
        for field in ("short_name", "address", "phone", "email"):
            value = row.text(columns[field])
            if value:
                setattr(unit, field, value)
        planned.append((row.number, unit, row.text(columns["parent"])))
        file_names[normalize_search_text(name)] = unit

    def resolve_parent(reference: str) -> Unit | None:
        key = reference.casefold()
        for _number, unit, _parent in planned:
            if unit.code and unit.code.casefold() == key:
                return unit
        if key in by_code:
            return by_code[key]
        normalized = normalize_search_text(reference)
        if normalized in file_names:
            return file_names[normalized]
        same_name = by_name.get(normalized, [])
        return same_name[0] if len(same_name) == 1 else None

    parents: dict[int, Unit] = {}
    for number, unit, reference in planned:
        if not reference:
            continue
        parent = resolve_parent(reference)
        if parent is None:
            problems.append(
                ImportProblem(_("không tìm thấy đơn vị cấp trên “%(name)s”.") % {"name": reference}, number)
            )
        elif parent is unit:
            problems.append(ImportProblem(_("đơn vị không thể trực thuộc chính nó."), number))
        else:
            parents[number] = parent
    problems.extend(_parent_cycles(planned, parents))
    if problems:
        raise ImportFailed(problems)

    created = sum(1 for _n, unit, _p in planned if unit.pk is None)
    with transaction.atomic():
        purge_shell_on_commit()  # a unit's name shows on cached pages (an article's unit, a conference)
        for _number, unit, _reference in planned:
            if unit.pk is None:
                unit.save()
        for number, unit, _reference in planned:
            if number in parents:
                unit.parent = parents[number]
            unit.save()
    return UnitImportResult(created=created, updated=len(planned) - created)


def _parent_cycles(planned, parents: dict[int, Unit]) -> list[ImportProblem]:
    """Rows whose new parents would make a loop (A under B under A)."""

    def key(unit: Unit) -> tuple:
        return ("pk", unit.pk) if unit.pk else ("new", id(unit))

    new_parent = {key(unit): parents[number] for number, unit, _ref in planned if number in parents}
    problems = []
    for number, unit, _reference in planned:
        seen, current = {key(unit)}, unit
        while True:
            current = new_parent.get(key(current), current.parent if current.parent_id else None)
            if current is None:
                break
            if key(current) in seen:
                problems.append(ImportProblem(_("đơn vị cấp trên tạo thành vòng lặp."), number))
                break
            seen.add(key(current))
    return problems


def heartbeat_record(*, name: str = "celery") -> WorkerHeartbeat:
    """Record that the worker ran the periodic heartbeat now. Side effects: none beyond the row."""
    heartbeat, _created = WorkerHeartbeat.objects.update_or_create(
        name=name, defaults={"beat_at": timezone.now(), "hostname": socket.gethostname()}
    )
    return heartbeat


def site_profile_save(*, profile: SiteProfile) -> SiteProfile:
    """Save the department's profile. Side effect: every page shows the new one at once."""
    profile.save()
    transaction.on_commit(lambda: cache.delete(SiteProfile.CACHE_KEY))
    purge_shell_on_commit()
    return profile
