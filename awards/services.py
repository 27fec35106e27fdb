"""State changes of commendations: publishing and revoking decisions, importing recipients from Excel."""

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from portal.selectors import UnitMatcher
from portal.spreadsheets import ImportFailed, ImportProblem, Row, length_problems, match_columns, read_table
from portal.text import normalize_search_text

from .cache import purge_decision
from .enums import AchievementField, DecisionStatus, FormRecipients, RecipientKind
from .models import AwardForm, Commendation, Decision, normalize_decision_number
from .selectors import CommendationWarning, commendation_warnings


class WorkflowError(Exception):
    """A state change that is not allowed now; the message tells the editor why, in Vietnamese."""


def _purge_after_commit(decision: Decision) -> None:
    """The cached pages that show or showed the decision: the search and its articles' pages."""
    article_ids = set(decision.articles.values_list("pk", flat=True))
    transaction.on_commit(lambda: purge_decision(article_ids=article_ids))


def decision_publish(*, decision: Decision, by=None) -> Decision:
    """Make a draft decision public on the honour roll.

    Side effects: the decision's history records who published it; its commendations
    appear on the public pages, the sitemap and the blocks of other apps at once, the cached
    ones purged after the commit.
    """
    if decision.status != DecisionStatus.DRAFT:
        raise WorkflowError(_("Chỉ quyết định đang là bản nháp mới công bố được."))
    if not decision.commendations.exists():
        raise WorkflowError(_("Quyết định chưa có tập thể, cá nhân nào; hãy nhập danh sách trước khi công bố."))
    decision.status = DecisionStatus.PUBLISHED
    decision.published_at = timezone.now()
    decision._history_user = by
    decision._change_reason = _("Công bố")
    decision.save(update_fields=["status", "published_at", "updated_at"])
    _purge_after_commit(decision)
    return decision


def decision_revoke(*, decision: Decision, reason: str, revoking_number: str, revoking_signed_on, by=None) -> Decision:
    """Record that ``decision`` was revoked by another decision; nothing is deleted.

    Side effects: the decision and its commendations leave every public page (the cached
    ones purged after the commit); the decision, its list and its history stay in the
    admin, read-only, with the reason and the revoking decision.
    """
    if decision.status != DecisionStatus.PUBLISHED:
        raise WorkflowError(_("Chỉ thu hồi được quyết định đã công bố; bản nháp thì sửa hoặc xóa."))
    reason = (reason or "").strip()
    revoking_number = normalize_decision_number(revoking_number)
    if not reason:
        raise WorkflowError(_("Hãy ghi lý do thu hồi."))
    if not revoking_number or revoking_signed_on is None:
        raise WorkflowError(_("Hãy ghi số và ngày ký của quyết định thu hồi."))
    if revoking_signed_on < decision.signed_on:
        raise WorkflowError(_("Quyết định thu hồi không thể ký trước quyết định bị thu hồi."))
    decision.status = DecisionStatus.REVOKED
    decision.revoked_at = timezone.now()
    decision.revoke_reason = reason
    decision.revoking_number = revoking_number
    decision.revoking_signed_on = revoking_signed_on
    decision._history_user = by
    decision._change_reason = _("Thu hồi theo quyết định %(number)s") % {"number": revoking_number}
    decision.save(
        update_fields=[
            "status",
            "revoked_at",
            "revoke_reason",
            "revoking_number",
            "revoking_signed_on",
            "updated_at",
        ]
    )
    _purge_after_commit(decision)
    return decision


# --- import of recipients ---------------------------------------------------------------------

COMMENDATION_COLUMNS = {
    "order": ("STT", "TT", "Số thứ tự"),
    "decision_number": ("Số quyết định", "Số QĐ", "Quyết định"),
    "signed_on": ("Ngày ký", "Ngày quyết định"),
    "recipient_kind": ("Tập thể / Cá nhân", "Tập thể/cá nhân", "Đối tượng", "Loại"),
    "recipient_name": ("Họ và tên / Tên tập thể", "Họ và tên", "Họ tên", "Tên tập thể", "Tên"),
    "position": ("Chức vụ", "Chức danh", "Chức vụ, chức danh"),
    "unit": ("Đơn vị", "Đơn vị công tác", "Tên đơn vị"),
    "unit_code": ("Mã đơn vị",),
    "form": ("Hình thức khen thưởng", "Hình thức", "Danh hiệu"),
    "achievement": ("Thành tích", "Thành tích khen thưởng"),
    "field": ("Lĩnh vực",),
    "prize_amount": ("Tiền thưởng (đồng)", "Tiền thưởng", "Số tiền"),
    "prize_in_kind": ("Hiện vật", "Phần thưởng hiện vật", "Phần thưởng"),
}

RECIPIENT_KIND_WORDS = {
    **{normalize_search_text(str(label)): value for value, label in RecipientKind.choices},
    **{value: value for value in RecipientKind.values},
    "tt": RecipientKind.COLLECTIVE,
    "cn": RecipientKind.INDIVIDUAL,
}

FIELD_WORDS = {
    **{normalize_search_text(str(label)): value for value, label in AchievementField.choices},
    **{value: value for value in AchievementField.values},
    "truyen thong": AchievementField.COMMUNICATIONS,
}


@dataclass(frozen=True)
class CommendationImportResult:
    created: int
    decisions: list[Decision]
    warnings: list[CommendationWarning] = field(default_factory=list)


def commendations_import(*, upload, decision: Decision | None = None, by=None) -> CommendationImportResult:
    """Add the collectives and individuals of an .xlsx or .csv list to decisions, all or nothing.

    With ``decision`` every row goes to it (a "Số quyết định" column, if present, must name
    it); without, each row names its decision by number (and "Ngày ký" when the number was
    used in several years). Raises ``ImportFailed`` listing every problem by row: missing
    or unknown decision, unknown form, a form given to the wrong kind of recipient, a unit
    not in the catalogue, rows repeated in the file or already in the decision.

    Side effects: the commendations and their history entries; the cached pages that list the
    commendations of a published decision are purged after the commit. Returns the
    decisions touched and the warnings (double awards) the editor should look at.
    """
    if decision is not None and decision.status == DecisionStatus.REVOKED:
        raise ImportFailed([ImportProblem(_("Quyết định đã bị thu hồi; không nhập thêm được."))])
    table = read_table(upload, columns=COMMENDATION_COLUMNS)
    required = ["recipient_name", "form", "achievement"] + ([] if decision else ["decision_number"])
    columns = match_columns(table.headers, COMMENDATION_COLUMNS, required=required)
    decisions = _DecisionFinder(fixed=decision)
    forms = {normalize_search_text(f.name): f for f in AwardForm.objects.active()}
    units = UnitMatcher()

    problems: list[ImportProblem] = []
    planned: list[Commendation] = []
    seen: dict[tuple, int] = {}
    for row in table.rows:
        row_problems: list[str] = []
        target, reason = decisions.find(row.text(columns["decision_number"]), row.text(columns["signed_on"]))
        if reason:
            row_problems.append(reason)
        commendation = _commendation_from_row(row, columns, forms, units, row_problems)
        if target is not None and commendation is not None and not row_problems:
            commendation.decision = target
            key = (target.pk, *_duplicate_key(commendation))
            if key in seen:
                row_problems.append(_("trùng với dòng %(other)s.") % {"other": seen[key]})
            else:
                seen[key] = row.number
                planned.append(commendation)
        problems.extend(ImportProblem(message, row.number) for message in row_problems)

    existing = {
        (c.decision_id, *_duplicate_key(c))
        for c in Commendation.objects.filter(decision__in={c.decision for c in planned}).only(
            "decision_id", "recipient_kind", "search_name", "unit_id", "form_id"
        )
    }
    for commendation in planned:
        if (commendation.decision.pk, *_duplicate_key(commendation)) in existing:
            problems.append(
                ImportProblem(
                    _("“%(name)s” đã có trong quyết định %(decision)s với cùng hình thức.")
                    % {"name": commendation.recipient_name, "decision": commendation.decision},
                    commendation._row_number,
                )
            )
    if problems:
        raise ImportFailed(problems)

    touched = sorted({c.decision for c in planned}, key=lambda d: (d.signed_on, d.pk))
    # Rows without a number of their own are appended after what each decision already lists.
    next_order = {d.pk: 0 for d in touched}
    for row in Commendation.objects.filter(decision__in=touched).values("decision").annotate(last=Max("order")):
        next_order[row["decision"]] = row["last"] or 0
    for commendation in planned:
        if commendation.order == 0:
            next_order[commendation.decision.pk] += 1
            commendation.order = next_order[commendation.decision.pk]
    with transaction.atomic():
        bulk_create_with_history(
            planned, Commendation, default_user=by, default_change_reason=_("Nhập từ tệp danh sách")
        )
        if any(d.status == DecisionStatus.PUBLISHED for d in touched):
            # Article pages show the decisions, not their lists: the search only.
            transaction.on_commit(purge_decision)
    warnings = [w for d in touched for w in commendation_warnings(decision=d)]
    return CommendationImportResult(created=len(planned), decisions=touched, warnings=warnings)


def _duplicate_key(commendation: Commendation) -> tuple:
    return (commendation.recipient_kind, commendation.search_name, commendation.unit_id, commendation.form_id)


class _DecisionFinder:
    """Finds the decision a row names, loading the candidates once per number."""

    def __init__(self, *, fixed: Decision | None):
        self.fixed = fixed
        self.cache: dict[str, list[Decision]] = {}

    def find(self, number_text: str, signed_text: str) -> tuple[Decision | None, str | None]:
        number = normalize_decision_number(number_text)
        if self.fixed is not None:
            if number and number.upper() != self.fixed.number.upper():
                return None, _("số quyết định “%(number)s” khác quyết định đang nhập (%(fixed)s).") % {
                    "number": number_text,
                    "fixed": self.fixed.number,
                }
            return self.fixed, None
        if not number:
            return None, _("thiếu số quyết định.")
        if number not in self.cache:
            self.cache[number] = list(
                Decision.objects.filter(number__iexact=number)
                .exclude(status=DecisionStatus.REVOKED)
                .order_by("-signed_on")
            )
        candidates = self.cache[number]
        if signed_text:
            candidates = [d for d in candidates if d.signed_on.strftime("%d/%m/%Y") == _as_date_text(signed_text)]
        if not candidates:
            return None, _(
                "không tìm thấy quyết định số “%(number)s” (chưa thu hồi); hãy tạo quyết định trước rồi nhập danh sách."
            ) % {"number": number_text}
        if len(candidates) > 1:
            return None, _("có %(count)s quyết định số “%(number)s” ở các năm khác nhau; hãy ghi cột “Ngày ký”.") % {
                "count": len(candidates),
                "number": number_text,
            }
        return candidates[0], None


def _as_date_text(text: str) -> str:
    """``9/6/2025`` and ``09/06/2025`` compare equal."""
    parts = re.split(r"[/.-]", text.strip())
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        day, month, year = parts
        return f"{int(day):02d}/{int(month):02d}/{year}"
    return text.strip()


def _commendation_from_row(row: Row, columns, forms, units: UnitMatcher, problems: list[str]) -> Commendation | None:
    """A commendation built from ``row``, or None; what is wrong goes to ``problems``."""
    name = row.text(columns["recipient_name"])
    if not name:
        problems.append(_("thiếu họ và tên hoặc tên tập thể."))
    problems.extend(
        length_problems(
            Commendation,
            {
                "recipient_name": name,
                "position": row.text(columns["position"]),
                "prize_in_kind": row.text(columns["prize_in_kind"]),
            },
        )
    )

    form_text = row.text(columns["form"])
    form = forms.get(normalize_search_text(form_text)) if form_text else None
    if not form_text:
        problems.append(_("thiếu hình thức khen thưởng."))
    elif form is None:
        problems.append(
            _("không có hình thức khen thưởng “%(form)s” trong danh mục; các hình thức đang dùng: %(forms)s.")
            % {"form": form_text, "forms": ", ".join(f.name for f in forms.values())}
        )

    kind_text = row.text(columns["recipient_kind"])
    kind = RECIPIENT_KIND_WORDS.get(normalize_search_text(kind_text)) if kind_text else None
    if kind_text and kind is None:
        problems.append(_("“%(kind)s” không phải “Tập thể” hay “Cá nhân”.") % {"kind": kind_text})
    elif kind is None and form is not None:
        if form.recipients == FormRecipients.COLLECTIVES:
            kind = RecipientKind.COLLECTIVE
        elif form.recipients == FormRecipients.INDIVIDUALS:
            kind = RecipientKind.INDIVIDUAL
        else:
            problems.append(
                _("hãy ghi “Tập thể” hay “Cá nhân”: hình thức “%(form)s” dùng cho cả hai.") % {"form": form}
            )
    if kind is not None and form is not None and not form.allows(kind):
        problems.append(
            _("hình thức “%(form)s” chỉ dành cho %(recipients)s, không trao cho %(kind)s.")
            % {
                "form": form.name,
                "recipients": (
                    RecipientKind.COLLECTIVE
                    if form.recipients == FormRecipients.COLLECTIVES
                    else RecipientKind.INDIVIDUAL
                ).label.lower(),
                "kind": RecipientKind(kind).label.lower(),
            }
        )

    # The code, when the file gives one, is the surer key: school names repeat across districts.
    unit, reason = units.match(row.text(columns["unit_code"]) or row.text(columns["unit"]))
    if reason:
        problems.append(reason)
    elif unit is None and kind == RecipientKind.COLLECTIVE and name:
        unit, _reason = units.match(name)  # a collective is often a unit of the catalogue itself

    achievement = row.text(columns["achievement"])
    if not achievement:
        problems.append(_("thiếu thành tích."))

    field_text = row.text(columns["field"])
    field_value = FIELD_WORDS.get(normalize_search_text(field_text), None) if field_text else ""
    if field_value is None:
        problems.append(
            _("lĩnh vực “%(field)s” không có trong danh mục: %(fields)s.")
            % {"field": field_text, "fields": ", ".join(str(label) for label in AchievementField.labels)}
        )

    prize_text = row.text(columns["prize_amount"])
    prize = _money(prize_text)
    if prize_text and prize is None:
        problems.append(_("tiền thưởng “%(amount)s” không phải số tiền (ví dụ: 702.000).") % {"amount": prize_text})

    order_text = row.text(columns["order"])
    order = int(order_text) if order_text.isdigit() else 0

    if problems:
        return None
    commendation = Commendation(
        form=form,
        recipient_kind=kind,
        recipient_name=name,
        position=row.text(columns["position"]),
        unit=unit,
        achievement=achievement,
        field=field_value,
        prize_amount=prize,
        prize_in_kind=row.text(columns["prize_in_kind"]),
        order=order,
    )
    commendation.refresh_search_name()
    commendation._row_number = row.number
    return commendation


def _money(text: str) -> int | None:
    """``702.000``, ``702,000 đ`` or ``702000`` → 702000; None when it is not an amount."""
    digits = re.sub(r"(?i)\s|đồng|đ|vnđ|vnd|[.,]", "", text or "")
    return int(digits) if digits.isdigit() else None
