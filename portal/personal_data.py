"""The register of personal data: what the portal keeps about people, why, who sees it, how long.

It is the same list as ``docs/personal-data.md``, in code, so that the retention sweep, the
rights tool (``manage.py personal_data``) and the policy page read one source. Each app
declares its own models in its own ``personal_data.py`` (found like admin modules, by
``autodiscover_modules``, as portal/owed.py does), so that this base module names no app and
an app added later plugs in. ``tests/portal/test_personal_data.py`` walks every model of the
project's apps, history models included, and fails on a field whose name looks personal
(name, e-mail, phone, address, birth date, ID or bank number) that has no entry here: either a
``PersonalData`` (it is personal) or a ``NotPersonal`` (its name misleads, with the reason).
"""

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _

from .models import Question, RetentionSweep
from .models.feedback import ANONYMOUS_ASKER

logger = logging.getLogger(__name__)

# The apps whose models the register must cover; Django's and third parties' are declared
# only where the portal keeps personal data in them (sign-in failures, by django-axes).
PROJECT_APPS = ("portal", "news", "trainings", "awards")

# A field whose name matches looks personal until the register says otherwise.
LOOKS_PERSONAL = re.compile(
    r"(^|_)(name|e_?mail|phone|mobile|address|birth|dob|born|id_number|identity|citizen|cccd|cmnd|passport"
    r"|bank|account_number|iban|tax_code|signer|presenter|byline)($|_)"
)


class End(models.TextChoices):
    """What happens to the data when its period is over."""

    ERASE = "erase", _("Xoá")
    ANONYMISE = "anonymise", _("Ẩn danh hoá (giữ số liệu tổng hợp)")
    KEEP_PUBLIC_ACT = "public_act", _("Giữ lâu dài: là văn bản, hồ sơ công khai theo quy định")
    KEEP_WHILE_NEEDED = "while_needed", _("Giữ khi còn đảm nhiệm; xoá hoặc sửa khi thôi")


@dataclass(frozen=True)
class PersonalData:
    """Fields of one model that hold personal data, and the rules for them.

    ``retention`` names a kind of data in ``settings.PERSONAL_DATA_RETENTION_DAYS`` (empty when
    no period runs by itself); ``retention_days`` is its default, ``legal_minimum_days`` the
    shortest period the department may set (a record another rule requires it to keep).
    """

    model: str
    fields: tuple[str, ...]
    subject: str
    purpose: str
    basis: str
    audience: str
    end: End
    retention: str = ""
    retention_days: int | None = None
    legal_minimum_days: int = 0
    retention_text: str = ""


@dataclass(frozen=True)
class NotPersonal:
    """Fields whose names look personal but are not (an organisation's name, a file name)."""

    model: str
    fields: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class Cookie:
    """A cookie the portal itself sets (it sets no other, and loads no third-party script)."""

    name: str
    purpose: str
    lifetime: str


@dataclass(frozen=True)
class Expiry:
    """How one kind of data with a period ends: ``expired(cutoff)`` are the rows whose period
    ended before ``cutoff`` and are not cleared yet; ``clear(pks, now)`` erases or anonymises
    those rows and their history copies, returning how many. Clearing excludes a row from
    ``expired``, so a second run, or a run after one killed mid-way, finds only what is left."""

    kind: str
    label: str
    expired: Callable[[datetime], QuerySet]
    clear: Callable[[list[int], datetime], int]


@dataclass(frozen=True)
class Holding:
    """Where the rights tool (portal/rights.py) looks for a person: the fields searched by
    e-mail, phone, or name with unit (``""``: not searchable that way), the fields exported,
    and ``erase(pks, now)`` (erases or anonymises those rows and their history copies), or
    ``None`` with ``kept_reason`` when the record must stay (a staff account, a public act)."""

    model: str
    label: str
    fields: tuple[str, ...]
    email: str = ""
    phone: str = ""
    name: str = ""
    unit: str = ""
    erase: Callable[[list[int], datetime], int] | None = None
    kept_reason: str = ""


@dataclass
class _Register:
    personal: list[PersonalData] = field(default_factory=list)
    not_personal: list[NotPersonal] = field(default_factory=list)
    cookies: list[Cookie] = field(default_factory=list)
    expiries: list[Expiry] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)


_register = _Register()


def register(*entries: PersonalData | NotPersonal | Cookie | Expiry) -> None:
    for entry in entries:
        target = {
            PersonalData: _register.personal,
            NotPersonal: _register.not_personal,
            Cookie: _register.cookies,
            Expiry: _register.expiries,
            Holding: _register.holdings,
        }[type(entry)]
        if entry not in target:
            target.append(entry)


def _discover() -> None:
    autodiscover_modules("personal_data")


def personal_data_entries() -> list[PersonalData]:
    """Every entry of the register, each app's ``personal_data`` module loaded."""
    _discover()
    return list(_register.personal)


def not_personal_entries() -> list[NotPersonal]:
    _discover()
    return list(_register.not_personal)


def holdings() -> list[Holding]:
    _discover()
    return list(_register.holdings)


def portal_cookies() -> list[Cookie]:
    _discover()
    return list(_register.cookies)


def retention_defaults() -> dict[str, tuple[int, int]]:
    """Each kind of data with a period: ``{kind: (default days, legal minimum days)}``."""
    return {e.retention: (e.retention_days, e.legal_minimum_days) for e in personal_data_entries() if e.retention}


def retention_days(kind: str) -> int:
    """The period of one kind of data: the setting, else the register's default."""
    configured = getattr(settings, "PERSONAL_DATA_RETENTION_DAYS", {})
    return configured.get(kind) or retention_defaults()[kind][0]


def retention_settings_problems(configured: dict[str, int] | None = None) -> list[str]:
    """What is wrong with ``PERSONAL_DATA_RETENTION_DAYS``: unknown kinds, periods under a legal minimum."""
    configured = getattr(settings, "PERSONAL_DATA_RETENTION_DAYS", {}) if configured is None else configured
    defaults = retention_defaults()
    problems = []
    for kind, days in sorted(configured.items()):
        variable = f"RETENTION_{kind.upper()}_DAYS"
        if kind not in defaults:
            problems.append(f"{variable}: no such kind of data; the register knows {', '.join(sorted(defaults))}.")
        elif days < defaults[kind][1]:
            problems.append(
                f"{variable}={days} is shorter than the {defaults[kind][1]} days the register "
                f"(docs/personal-data.md) names as the legal minimum for {kind}; set at least {defaults[kind][1]}."
            )
    return problems


# --- the retention sweep ----------------------------------------------------------------------

SWEEP_BATCH = 500  # rows per transaction: a sweep killed mid-way loses at most one batch's work
SWEEP_TIME_BUDGET = 600  # seconds; the next day's run does the rest


def personal_data_sweep(*, now: datetime | None = None, dry_run: bool = False) -> RetentionSweep:
    """Erase or anonymise what has outlived its period (the register's ``Expiry`` of each kind).

    Side effects: each batch is cleared in its own transaction, history copies with it; a
    ``RetentionSweep`` row reports the counts per kind. A dry run counts and changes nothing
    but its report. Safe to run twice, or after a run that was killed.
    """
    now = now or timezone.now()
    report = RetentionSweep.objects.create(started_at=now, dry_run=dry_run)
    deadline = time.monotonic() + SWEEP_TIME_BUDGET
    _discover()
    for expiry in _register.expiries:
        cutoff = now - timedelta(days=retention_days(expiry.kind))
        if dry_run:
            report.counts[expiry.kind] = report.counts.get(expiry.kind, 0) + expiry.expired(cutoff).count()
            continue
        done = 0
        while time.monotonic() < deadline:
            pks = list(expiry.expired(cutoff).order_by("pk").values_list("pk", flat=True)[:SWEEP_BATCH])
            if not pks:
                break
            with transaction.atomic():
                done += expiry.clear(pks, now)
        # Several expiries may share a kind (axes keeps failures in two tables).
        report.counts[expiry.kind] = report.counts.get(expiry.kind, 0) + done
        logger.info("retention sweep: %s %s rows", expiry.kind, done)
    report.finished_at = timezone.now()
    report.save(update_fields=["counts", "finished_at"])
    return report


def _base_label(model: type[models.Model]) -> str:
    # A simple-history model holds copies of its live model's fields: one entry covers both.
    instance_type = getattr(model, "instance_type", None)
    return (instance_type or model)._meta.label


def unregistered_fields() -> list[str]:
    """Each ``app.Model.field`` that looks personal and has no entry, with where to add it."""
    covered: set[tuple[str, str]] = set()
    for entry in [*personal_data_entries(), *not_personal_entries()]:
        covered.update((entry.model, name) for name in entry.fields)
    missing = []
    for app_label in PROJECT_APPS:
        for model in apps.get_app_config(app_label).get_models():
            base = _base_label(model)
            for model_field in model._meta.concrete_fields:
                if LOOKS_PERSONAL.search(model_field.name) and (base, model_field.name) not in covered:
                    module = f"{model._meta.app_config.name}/personal_data.py"
                    missing.append(
                        f"{model._meta.label}.{model_field.name}: add it to a PersonalData (or NotPersonal, "
                        f"with the reason) for model={base!r} in {module}, and a row in docs/personal-data.md"
                    )
    return missing


def stale_entries() -> list[str]:
    """Entries naming a model or field that does not exist (renamed or removed)."""
    stale = []
    for entry in [*personal_data_entries(), *not_personal_entries()]:
        try:
            model = apps.get_model(entry.model)
        except LookupError:
            stale.append(f"{entry.model}: no such model")
            continue
        names = {f.name for f in model._meta.concrete_fields}
        stale.extend(f"{entry.model}.{name}: no such field" for name in entry.fields if name not in names)
    return stale


# --- portal's own models ----------------------------------------------------------------------

_PUBLIC_DUTY = _("Công khai thông tin của cơ quan nhà nước trên cổng thông tin điện tử (nghĩa vụ theo luật)")

register(
    PersonalData(
        model="portal.User",
        fields=("username", "first_name", "last_name", "email", "phone"),
        subject=_("Tài khoản cán bộ (biên tập, cộng tác viên, quản trị, lãnh đạo)"),
        purpose=_("Đăng nhập, phân quyền, ghi ai đã viết, duyệt, sửa gì; liên hệ công việc"),
        basis=_("Thực hiện nhiệm vụ của cơ quan; hợp đồng, quan hệ công tác"),
        audience=_("Quản trị; tên hiện cho đồng nghiệp trong trang quản trị"),
        end=End.KEEP_WHILE_NEEDED,
        retention_text=_("Khi còn công tác; khi thôi, tài khoản bị khoá, tên giữ trong lịch sử sửa bài"),
    ),
    PersonalData(
        model="portal.Question",
        fields=("full_name", "email", "unit_name"),
        subject=_("Người gửi câu hỏi (hỏi - đáp)"),
        purpose=_("Trả lời câu hỏi, liên hệ lại khi cần làm rõ"),
        basis=_("Sự đồng ý của người hỏi (ô đồng ý trên biểu mẫu)"),
        audience=_("Biên tập viên; công khai chỉ câu hỏi, câu trả lời và tên nếu người hỏi chọn"),
        end=End.ANONYMISE,
        retention="question_contact",
        retention_days=180,
        retention_text=_("180 ngày sau khi trả lời (hoặc sau khi gửi, nếu không trả lời)"),
    ),
    PersonalData(
        model="portal.Leader",
        fields=("full_name", "phone", "email"),
        subject=_("Lãnh đạo Sở"),
        purpose=_("Giới thiệu lãnh đạo và đầu mối liên hệ công việc"),
        basis=_PUBLIC_DUTY,
        audience=_("Công khai"),
        end=End.KEEP_WHILE_NEEDED,
        retention_text=_("Khi còn đảm nhiệm chức vụ"),
    ),
    PersonalData(
        model="portal.Office",
        fields=("head_name", "phone", "email"),
        subject=_("Trưởng phòng, đơn vị thuộc Sở"),
        purpose=_("Giới thiệu cơ cấu tổ chức và đầu mối liên hệ"),
        basis=_PUBLIC_DUTY,
        audience=_("Công khai"),
        end=End.KEEP_WHILE_NEEDED,
        retention_text=_("Khi còn đảm nhiệm chức vụ"),
    ),
    PersonalData(
        model="portal.Spokesperson",
        fields=("full_name", "phone", "email"),
        subject=_("Người phát ngôn"),
        purpose=_("Đầu mối cung cấp thông tin cho báo chí"),
        basis=_PUBLIC_DUTY,
        audience=_("Công khai"),
        end=End.KEEP_WHILE_NEEDED,
        retention_text=_("Khi còn được giao phát ngôn"),
    ),
    PersonalData(
        model="portal.SiteProfile",
        fields=("responsible_person", "responsible_person_en"),
        subject=_("Người chịu trách nhiệm nội dung cổng thông tin"),
        purpose=_("Thông tin bắt buộc ở chân trang của cổng thông tin"),
        basis=_PUBLIC_DUTY,
        audience=_("Công khai"),
        end=End.KEEP_WHILE_NEEDED,
        retention_text=_("Khi còn đảm nhiệm"),
    ),
    PersonalData(
        model="axes.AccessAttempt",
        fields=("username", "ip_address", "user_agent"),
        subject=_("Lần đăng nhập sai"),
        purpose=_("Chặn dò mật khẩu"),
        basis=_("Bảo đảm an toàn hệ thống thông tin"),
        audience=_("Quản trị"),
        end=End.ERASE,
        retention="signin_failures",
        retention_days=30,
        legal_minimum_days=1,
        retention_text=_("30 ngày"),
    ),
    PersonalData(
        model="portal.PersonalDataRequest",
        fields=("requester", "email", "phone", "full_name", "unit_name"),
        subject=_("Người yêu cầu về dữ liệu của mình"),
        purpose=_("Xử lý yêu cầu và chứng minh đã xử lý đúng hạn"),
        basis=_("Nghĩa vụ của bên kiểm soát dữ liệu theo luật"),
        audience=_("Cán bộ bảo vệ dữ liệu cá nhân, quản trị"),
        end=End.KEEP_WHILE_NEEDED,
        retention_text=_("Giữ làm hồ sơ tuân thủ; xoá khi hết thời hạn lưu hồ sơ của cơ quan"),
    ),
    Cookie(
        name=settings.SESSION_COOKIE_NAME,
        purpose=_("Giữ phiên đăng nhập của cán bộ (trang quản trị, khu vực lãnh đạo)"),
        lifetime=_("12 giờ"),
    ),
    Cookie(
        name=settings.CSRF_COOKIE_NAME,
        purpose=_("Chống giả mạo khi gửi biểu mẫu (hỏi đáp, góp ý, đăng nhập)"),
        lifetime=_("1 năm; không chứa thông tin về bạn"),
    ),
    Cookie(
        name="messages",
        purpose=_("Mang lời báo một lần sang trang sau (ví dụ “Cảm ơn bạn đã gửi câu hỏi”)"),
        lifetime=_("Đến khi đóng trình duyệt"),
    ),
    NotPersonal(
        model="portal.Unit",
        fields=("name", "name_en", "short_name", "address", "phone", "email"),
        reason="a school's or office's own name and switchboard, not a person's",
    ),
    NotPersonal(
        model="portal.SiteProfile",
        fields=("name", "parent_name", "portal_name", "address", "phone", "email")
        + ("name_en", "parent_name_en", "portal_name_en", "address_en"),
        reason="the department's own name and contacts",
    ),
    NotPersonal(model="portal.Office", fields=("name", "name_en"), reason="an office's name"),
    NotPersonal(model="portal.UnitType", fields=("name",), reason="a kind of unit"),
    NotPersonal(model="portal.Question", fields=("show_name",), reason="the asker's choice, a yes or no"),
    NotPersonal(model="portal.AgencyLink", fields=("name", "name_en"), reason="another agency's name"),
    NotPersonal(model="portal.WorkerHeartbeat", fields=("name",), reason="a background job's name"),
    NotPersonal(model="portal.UploadedImage", fields=("name",), reason="a file name in storage"),
)


def _questions_expired(cutoff: datetime) -> QuerySet:
    # The period runs from the answer; a question never answered, from when it was sent.
    return Question.objects.filter(contact_erased_at__isnull=True).filter(
        Q(answered_at__lt=cutoff) | Q(answered_at__isnull=True, created_at__lt=cutoff)
    )


def question_contact_erase(pks: list[int], now: datetime) -> int:
    """Anonymise askers: name, e-mail and unit go from the questions and their history copies.

    ``update()`` writes no new history row, so no copy of the old values is made on the way.
    """
    anonymous = {"full_name": str(ANONYMOUS_ASKER), "email": "", "unit_name": ""}
    Question.history.filter(id__in=pks).update(**anonymous)
    return Question.objects.filter(pk__in=pks).update(**anonymous, show_name=False, contact_erased_at=now)


def _delete_rows(model: type[models.Model]) -> Callable[[list[int], datetime], int]:
    return lambda pks, now: model.objects.filter(pk__in=pks).delete()[0]


register(
    Holding(
        model="portal.Question",
        label=_("Câu hỏi gửi qua hỏi đáp"),
        fields=("full_name", "email", "unit_name", "body", "created_at", "consented_at", "show_name"),
        email="email",
        name="full_name",
        unit="unit_name",
        erase=question_contact_erase,
    ),
    Holding(
        model="portal.User",
        label=_("Tài khoản cán bộ"),
        fields=("username", "first_name", "last_name", "email", "phone", "position", "is_active"),
        email="email",
        phone="phone",
        kept_reason=_(
            "Tài khoản cán bộ gắn với việc ai đã viết, duyệt, sửa gì; quản trị khoá tài khoản khi người đó "
            "thôi công tác, họ tên giữ trong lịch sử sửa bài."
        ),
    ),
    Expiry(
        kind="question_contact",
        label=_("Liên hệ của người hỏi"),
        expired=_questions_expired,
        clear=question_contact_erase,
    ),
    Expiry(
        kind="signin_failures",
        label=_("Lần đăng nhập sai (đếm để khoá)"),
        expired=lambda cutoff: AccessAttempt.objects.filter(attempt_time__lt=cutoff),
        clear=_delete_rows(AccessAttempt),
    ),
    Expiry(
        kind="signin_failures",
        label=_("Nhật ký đăng nhập sai"),
        expired=lambda cutoff: AccessFailureLog.objects.filter(attempt_time__lt=cutoff),
        clear=_delete_rows(AccessFailureLog),
    ),
    Expiry(
        kind="signin_log",
        label=_("Nhật ký đăng nhập"),
        expired=lambda cutoff: AccessLog.objects.filter(attempt_time__lt=cutoff),
        clear=_delete_rows(AccessLog),
    ),
    PersonalData(
        model="axes.AccessFailureLog",
        fields=("username", "ip_address", "user_agent"),
        subject=_("Nhật ký đăng nhập sai"),
        purpose=_("Điều tra dò mật khẩu, sự cố an ninh"),
        basis=_("Bảo đảm an toàn hệ thống thông tin"),
        audience=_("Quản trị"),
        end=End.ERASE,
        retention="signin_failures",
        retention_days=30,
        legal_minimum_days=1,
        retention_text=_("30 ngày"),
    ),
    PersonalData(
        model="axes.AccessLog",
        fields=("username", "ip_address", "user_agent"),
        subject=_("Nhật ký đăng nhập của cán bộ"),
        purpose=_("Điều tra sự cố an ninh, lộ lọt dữ liệu"),
        basis=_("Bảo đảm an toàn hệ thống thông tin"),
        audience=_("Quản trị"),
        end=End.ERASE,
        retention="signin_log",
        retention_days=365,
        # Sign-ins are what a breach investigation reads first; a shorter log would hide one.
        legal_minimum_days=90,
        retention_text=_("365 ngày"),
    ),
)
