"""A person's rights over their data: find every record about them, export it, erase or anonymise it.

Where to look is the register's ``Holding`` entries (portal/personal_data.py and each app's
``personal_data.py``); copies in the history tables are found and cleared with their rows.
``manage.py personal_data`` and the data protection officer's admin pages call these
functions; every call that reads or changes people is recorded (``PersonalDataRequest``).
"""

import datetime
import json
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Func, Q, QuerySet, Value
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from .models import AccessAction, PersonalDataRequest, RequestStatus, User
from .permissions import require_permission
from .personal_data import Holding, holdings
from .services.privacy import access_record
from .spreadsheets import text_safe_row, workbook_bytes

RIGHTS_PERMISSION = "portal.change_personaldatarequest"


class RightsError(Exception):
    """A request the tool cannot carry out as asked; the message says what to do, in Vietnamese."""


@dataclass(frozen=True)
class Person:
    """Who a request is about: an e-mail, a phone, or a name with a unit."""

    email: str = ""
    phone: str = ""
    name: str = ""
    unit: str = ""

    def __post_init__(self):
        if self.name and not self.unit:
            raise RightsError(_("Tìm theo họ tên cần ghi kèm đơn vị, để không lẫn người trùng tên."))
        if not (self.email or self.phone or self.name):
            raise RightsError(_("Hãy ghi thư điện tử, số điện thoại, hoặc họ tên kèm đơn vị."))

    @classmethod
    def of_request(cls, request: PersonalDataRequest) -> "Person":
        return cls(email=request.email, phone=request.phone, name=request.full_name, unit=request.unit_name)

    def __str__(self) -> str:
        return ", ".join(v for v in (self.email, self.phone, self.name, self.unit) if v)


@dataclass(frozen=True)
class Match:
    holding: Holding
    row: models.Model
    is_history: bool

    @property
    def name(self) -> str:
        if self.holding.name:
            return getattr(self.row, self.holding.name)
        if isinstance(self.row, User):
            return self.row.get_full_name()
        return ""

    def values(self) -> dict:
        return {name: _plain(getattr(self.row, name)) for name in self.holding.fields}


def _plain(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat()
    if isinstance(value, models.Model):
        return str(value)
    return value


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _search(holding: Holding, queryset: QuerySet, person: Person) -> QuerySet | None:
    condition = Q()
    if person.email and holding.email:
        condition |= Q(**{f"{holding.email}__iexact": person.email.strip()})
    if person.phone and holding.phone and _digits(person.phone):
        # Phones are typed with spaces and dots ("0905 111 222"): compare the digits.
        queryset = queryset.annotate(
            _phone_digits=Func(F(holding.phone), Value(r"\D"), Value(""), Value("g"), function="regexp_replace")
        )
        condition |= Q(_phone_digits=_digits(person.phone))
    if person.name and holding.name and holding.unit:
        condition |= Q(**{f"{holding.name}__iexact": person.name.strip(), f"{holding.unit}__icontains": person.unit})
    return queryset.filter(condition) if condition else None


def personal_data_find(*, person: Person) -> list[Match]:
    """Every row about ``person`` in the register's holdings, live rows and history copies."""
    matches = []
    for holding in holdings():
        model = apps.get_model(holding.model)
        managers = [(model._default_manager, False)]
        history = getattr(model, "history", None)
        if history is not None:
            managers.append((history.model._default_manager, True))
        for manager, is_history in managers:
            found = _search(holding, manager.all(), person)
            if found is not None:
                matches += [Match(holding, row, is_history) for row in found.order_by("pk")]
    return matches


def people_in(matches: list[Match]) -> list[str]:
    """The distinct people among the live rows, by name; an erase of several asks which."""
    names = {}
    for match in matches:
        if not match.is_history and match.name.strip():
            names.setdefault(" ".join(match.name.split()).casefold(), match.name.strip())
    return sorted(names.values())


def _records(matches: list[Match]) -> list[dict]:
    return [
        {"model": m.holding.model, "label": str(m.holding.label), "history": m.is_history, "id": m.row.pk, **m.values()}
        for m in matches
    ]


def personal_data_export(
    *, person: Person, by: User, fmt: str, request: PersonalDataRequest | None = None
) -> tuple[bytes, str]:
    """The records about ``person`` as .json or .xlsx, headed by who exported them and when.

    Returns the file's bytes and its content type. Side effect: the request, if given, is
    closed with the number of records sent.
    """
    require_permission(by, RIGHTS_PERMISSION)
    now = timezone.localtime()
    records = _records(personal_data_find(person=person))
    access_record(by=by, action=AccessAction.EXPORT, what=f"Dữ liệu của {person} (.{fmt})", count=len(records))
    if request is not None:
        request.status = RequestStatus.DONE
        request.outcome = _("Đã gửi bản sao %(count)d bản ghi (.%(fmt)s).") % {"count": len(records), "fmt": fmt}
        request.done_at = timezone.now()
        request.handled_by = by
        request.save(update_fields=["status", "outcome", "done_at", "handled_by"])
    header = {"exported_by": by.get_username(), "exported_at": now.isoformat(), "person": str(person)}
    if fmt == "json":
        data = json.dumps({**header, "records": records}, ensure_ascii=False, indent=2, default=str)
        return data.encode(), "application/json"
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Dữ liệu cá nhân"))
    sheet.append(text_safe_row(sheet, [_("Xuất bởi"), header["exported_by"], _("lúc"), header["exported_at"]]))
    sheet.append(text_safe_row(sheet, [_("Về"), header["person"]]))
    sheet.append([])
    sheet.append(text_safe_row(sheet, [_("Loại"), _("Bản lưu lịch sử"), _("Mã"), _("Trường"), _("Giá trị")]))
    for record in records:
        for name, value in record.items():
            if name not in ("model", "label", "history", "id"):
                sheet.append(
                    text_safe_row(
                        sheet, [record["label"], _("có") if record["history"] else "", record["id"], name, value]
                    )
                )
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return workbook_bytes(workbook), xlsx


@dataclass(frozen=True)
class Erasure:
    erased: dict[str, int]
    kept: list[str]

    def summary(self) -> str:
        lines = [
            _("Đã xoá hoặc ẩn danh: %(label)s – %(count)d") % {"label": k, "count": v} for k, v in self.erased.items()
        ]
        lines += [_("Giữ lại: %(reason)s") % {"reason": reason} for reason in self.kept]
        return "\n".join(lines) or _("Không có bản ghi nào về người này.")


def personal_data_erase(*, person: Person, by: User, request: PersonalDataRequest | None = None) -> Erasure:
    """Erase or anonymise every record about ``person`` that may go; say what is kept and why.

    Raises ``RightsError`` when the matches are several people (name them; ask which).
    Side effects: rows and their history copies cleared in one transaction; the request, if
    given, is closed with the outcome.
    """
    require_permission(by, RIGHTS_PERMISSION)
    matches = personal_data_find(person=person)
    people = people_in(matches)
    if len(people) > 1:
        raise RightsError(
            _("Tìm thấy %(count)d người: %(names)s. Hãy ghi thêm họ tên và đơn vị để chọn đúng một người.")
            % {"count": len(people), "names": "; ".join(people)}
        )
    now = timezone.now()
    erased: dict[str, int] = {}
    kept: list[str] = []
    with transaction.atomic():
        for holding in {m.holding: None for m in matches}:
            live = [m.row.pk for m in matches if m.holding == holding and not m.is_history]
            history = [m.row for m in matches if m.holding == holding and m.is_history]
            if holding.kept_reason:
                kept.append(f"{holding.label}: {holding.kept_reason}")
            if holding.erase is None:
                continue
            # History copies whose live row is gone, or no longer matches, are cleared by id.
            ids = sorted(set(live) | {row.id for row in history})
            count = holding.erase(ids, now)
            model = apps.get_model(holding.model)
            if hasattr(model, "history"):
                _blank_history(model, holding, ids)
            erased[str(holding.label)] = count
        outcome = Erasure(erased=erased, kept=kept)
        access_record(by=by, action=AccessAction.RIGHTS_CHANGE, what=f"Xoá, ẩn danh dữ liệu của {person}: {erased}")
        if request is not None:
            request.status = RequestStatus.DONE
            request.outcome = outcome.summary()
            request.done_at = now
            request.handled_by = by
            request.save(update_fields=["status", "outcome", "done_at", "handled_by"])
    return outcome


def _blank_history(model: type[models.Model], holding: Holding, ids: list[int]) -> None:
    searched = {holding.email, holding.phone, holding.name, holding.unit} - {""}
    blank = {name: "" for name in searched if "__" not in name}
    if holding.name:
        blank[holding.name] = str(_("Bạn đọc"))
    model.history.filter(id__in=ids).update(**blank)


def request_open(*, by: User, received_at: datetime.datetime | None = None, **fields) -> PersonalDataRequest:
    """Record a request as received, with its deadline (``PERSONAL_DATA_REQUEST_HOURS`` later)."""
    require_permission(by, RIGHTS_PERMISSION)
    received_at = received_at or timezone.now()
    hours = settings.PERSONAL_DATA_REQUEST_HOURS
    return PersonalDataRequest.objects.create(
        received_at=received_at, deadline=received_at + datetime.timedelta(hours=hours), handled_by=by, **fields
    )
