"""The delegate import: a file as units send it, mapped to columns, checked row by row, all or nothing."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.selectors import UnitMatcher
from portal.spreadsheets import ImportFailed, ImportProblem, Table, length_problems, match_columns, read_table
from portal.text import normalize_search_text

from ..enums import ParticipantRole
from ..models import Participant, Training, participant_person_key

# Field → headers that name it in the files units send (first one is shown to staff).
PARTICIPANT_COLUMNS = {
    "full_name": ("Họ và tên", "Họ tên", "Tên đại biểu", "Họ và tên đại biểu", "Tên"),
    "position": ("Chức vụ", "Chức danh"),
    "unit": ("Đơn vị", "Đơn vị công tác", "Mã đơn vị", "Tên đơn vị", "Cơ quan"),
    "email": ("Thư điện tử", "Email", "E-mail", "Địa chỉ email"),
    "phone": ("Điện thoại", "Số điện thoại", "SĐT", "Di động"),
    "role": ("Vai trò", "Thành phần"),
    "remote_site": ("Điểm cầu",),
    "note": ("Ghi chú",),
}
REQUIRED_COLUMNS = ("full_name",)
MAX_PARTICIPANT_ROWS = 3000
# The values stored as typed, checked against their columns' lengths (the e-mail too: 254).
STORED_AS_TYPED = ("full_name", "position", "email", "phone", "note")

# What people write in the "Vai trò" column, compared without diacritics.
ROLE_WORDS = {
    **{normalize_search_text(str(label)): value for value, label in ParticipantRole.choices},
    **{value: value for value in ParticipantRole.values},
    "dai bieu du": ParticipantRole.DELEGATE,
    "hoc vien": ParticipantRole.DELEGATE,
    "bao cao": ParticipantRole.SPEAKER,
    "giang vien": ParticipantRole.SPEAKER,
    "btc": ParticipantRole.ORGANIZER,
    "to chuc": ParticipantRole.ORGANIZER,
    "khach": ParticipantRole.GUEST,
    "bao chi": ParticipantRole.PRESS,
    "nha bao": ParticipantRole.PRESS,
}


# A Vietnamese phone number as people write it: 0 or +84, then 8 to 10 digits, with spaces,
# dots or dashes between groups ("0905 111 222", "0236.3822.111", "+84 905-111-222").
PHONE_SEPARATORS = str.maketrans("", "", " .-()")


def email_problem(value: str) -> str:
    """Why ``value`` is no e-mail address (empty means none given), or an empty string."""
    if value:
        try:
            validate_email(value)
        except ValidationError:
            return _("thư điện tử “%(email)s” không hợp lệ.") % {"email": value}
    return ""


def phone_problem(value: str) -> str:
    """Why ``value`` is no phone number (empty means none given), or an empty string."""
    digits = value.translate(PHONE_SEPARATORS)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    if value and not (digits.isdigit() and digits.startswith("0") and 9 <= len(digits) <= 11):
        return _("số điện thoại “%(phone)s” không hợp lệ; ví dụ đúng: 0905 111 222.") % {"phone": value}
    return ""


def column_labels() -> dict[str, str]:
    """The Vietnamese name of each importable field, as the mapping form shows it."""
    return {name: str(Participant._meta.get_field(name).verbose_name).capitalize() for name in PARTICIPANT_COLUMNS}


@dataclass
class ParticipantImportPreview:
    headers: list[str]
    mapping: dict[str, str | None]
    rows: list[dict[str, str]] = field(default_factory=list)
    row_count: int = 0
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def participants_import_preview(
    *, training: Training, upload, mapping: dict[str, str | None] | None = None, sample_size: int = 10
) -> ParticipantImportPreview:
    """Read and check the file without writing: the mapping, the first rows and every problem.

    A file that cannot be read at all raises ``ImportFailed``; problems of rows and of the
    mapping come back in ``problems`` so that staff can fix the mapping and see the rows.
    """
    table = _read(upload, mapping)
    mapping = _mapping(table, mapping)
    problems = _mapping_problems(table, mapping)
    if not problems:
        _, problems = _plan(training, table, mapping)
    rows = [{name: row.text(header) for name, header in mapping.items()} for row in table.rows[:sample_size]]
    return ParticipantImportPreview(
        headers=table.headers, mapping=mapping, rows=rows, row_count=len(table.rows), problems=problems
    )


def participants_import(*, training: Training, upload, mapping: dict[str, str | None] | None = None) -> int:
    """Add the participants of the file to ``training``, all or nothing; returns how many.

    Raises ``ImportFailed`` listing every problem by row (name missing, bad e-mail, unknown
    unit or remote site, a person twice in the file or already on the list). Side effects:
    none beyond the rows (reminders pick the new people up when they are due).
    """
    table = _read(upload, mapping)
    mapping = _mapping(table, mapping)
    problems = _mapping_problems(table, mapping)
    if problems:
        raise ImportFailed(problems)
    planned, problems = _plan(training, table, mapping)
    if problems:
        raise ImportFailed(problems)
    try:
        with transaction.atomic():
            Participant.objects.bulk_create(planned, batch_size=500)
    except IntegrityError:
        # Someone added one of these people between the check and the write.
        raise ImportFailed(
            [ImportProblem(_("Danh sách của hội nghị vừa được thay đổi trong lúc nhập; hãy nhập lại tệp."))]
        ) from None
    return len(planned)


def _read(upload, mapping: dict[str, str | None] | None) -> Table:
    """The table of the file; its header row is found by the known headers or the chosen ones.

    A file whose headers are all unusual ("Người dự", "Nơi công tác") is read with its
    first row as the header, so that staff can map the columns by hand.
    """
    columns = {
        name: (*aliases, *([mapping[name]] if mapping and mapping.get(name) else []))
        for name, aliases in PARTICIPANT_COLUMNS.items()
    }
    try:
        return read_table(upload, columns=columns, max_rows=MAX_PARTICIPANT_ROWS)
    except ImportFailed as failure:
        try:
            return read_table(upload, max_rows=MAX_PARTICIPANT_ROWS)
        except ImportFailed:
            raise failure from None


def _mapping(table: Table, mapping: dict[str, str | None] | None) -> dict[str, str | None]:
    if mapping is None:
        return match_columns(table.headers, PARTICIPANT_COLUMNS)
    return {name: (mapping.get(name) or None) for name in PARTICIPANT_COLUMNS}


def _mapping_problems(table: Table, mapping: dict[str, str | None]) -> list[ImportProblem]:
    labels = column_labels()
    problems = []
    for name in REQUIRED_COLUMNS:
        if not mapping.get(name):
            problems.append(
                ImportProblem(
                    _("Chưa có cột “%(field)s”: hãy chọn cột của tệp ứng với trường này.") % {"field": labels[name]}
                )
            )
    used: dict[str, str] = {}
    for name, header in mapping.items():
        if not header:
            continue
        if header not in table.headers:
            problems.append(ImportProblem(_("Tệp không có cột “%(column)s”.") % {"column": header}))
        elif header in used:
            problems.append(
                ImportProblem(
                    _("Cột “%(column)s” được chọn cho cả “%(first)s” và “%(second)s”.")
                    % {"column": header, "first": labels[used[header]], "second": labels[name]}
                )
            )
        else:
            used[header] = name
    return problems


def _plan(training: Training, table: Table, mapping: dict[str, str | None]):
    """The participants to create and the problems of every row, in row order."""
    matcher = UnitMatcher(on=timezone.localdate(training.starts_at))
    sites = {normalize_search_text(s.name): s for s in training.remote_sites.all()}
    existing = set(Participant.objects.filter(training=training).values_list("person_key", flat=True))
    seen: dict[str, int] = {}
    planned: list[Participant] = []
    problems: list[ImportProblem] = []

    for row in table.rows:
        values = {name: row.text(header) for name, header in mapping.items()}
        row_problems = []
        if not values["full_name"]:
            row_problems.append(_("thiếu họ và tên."))
        row_problems.extend(length_problems(Participant, {name: values[name] for name in STORED_AS_TYPED}))
        email = values["email"].lower()
        if len(email) > Participant._meta.get_field("email").max_length:
            email = ""  # said above; not checked twice
        elif problem := email_problem(values["email"]):
            row_problems.append(problem)
            email = ""
        if problem := phone_problem(values["phone"]):
            row_problems.append(problem)
        unit, reason = matcher.match(values["unit"])
        if reason:
            row_problems.append(reason)
        role = ParticipantRole.DELEGATE
        if values["role"]:
            role = ROLE_WORDS.get(normalize_search_text(values["role"]))
            if role is None:
                row_problems.append(
                    _("vai trò “%(role)s” không hợp lệ; hãy ghi một trong: %(choices)s.")
                    % {"role": values["role"], "choices": ", ".join(str(label) for label in ParticipantRole.labels)}
                )
        site = None
        if values["remote_site"]:
            site = sites.get(normalize_search_text(values["remote_site"]))
            if site is None:
                row_problems.append(
                    _("hội nghị không có điểm cầu “%(site)s”; hãy thêm điểm cầu trước khi nhập.")
                    % {"site": values["remote_site"]}
                )
        if values["full_name"] and not reason:
            key = participant_person_key(email=email, full_name=values["full_name"], unit_id=unit.pk if unit else None)
            same = _("cùng thư điện tử “%(email)s”") % {"email": email} if email else _("cùng họ tên và đơn vị")
            if key in seen:
                row_problems.append(_("trùng với dòng %(other)s (%(same)s).") % {"other": seen[key], "same": same})
            elif key in existing:
                row_problems.append(_("đã có trong danh sách của hội nghị (%(same)s).") % {"same": same})
            seen.setdefault(key, row.number)
        if row_problems:
            problems.extend(ImportProblem(message, row.number) for message in row_problems)
            continue
        planned.append(
            Participant(
                training=training,
                full_name=values["full_name"],
                position=values["position"],
                unit=unit,
                email=email,
                phone=values["phone"],
                role=role,
                remote_site=site,
                note=values["note"],
                person_key=key,
            )
        )
    return planned, problems
