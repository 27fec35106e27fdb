"""Reads of training conferences: the public lists and pages, the leaders' record, attendance figures.

Every page reads a fixed number of queries whatever the number of delegates: figures are
aggregated by the database, never counted row by row in Python.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from news.models import Article, Document
from portal.enums import UnitKind
from portal.models import Unit, UnitType
from portal.selectors import units_today
from portal.text import normalize_search_text

from .enums import Attendance, ParticipantRole, TrainingStatus
from .models import Invitation, Material, Paper, Participant, RemoteSite, Review, Session, Speaker, Topic, Training

VIEW_MATERIAL_PERMISSION = "trainings.view_material"
VIEW_PAPER_PERMISSION = "trainings.view_paper"

ATTENDANCE_COUNTS = {
    "registered": Count("pk"),
    "present": Count("pk", filter=Q(attendance=Attendance.PRESENT)),
    "absent": Count("pk", filter=Q(attendance=Attendance.ABSENT)),
    "excused": Count("pk", filter=Q(attendance=Attendance.EXCUSED)),
    "unknown": Count("pk", filter=Q(attendance=Attendance.UNKNOWN)),
}


def rate(part: int, whole: int) -> float | None:
    """A percentage with one decimal, or None when there is nobody to count."""
    return round(100 * part / whole, 1) if whole else None


# --- Public side ------------------------------------------------------------------------------


def trainings_upcoming(*, limit: int = 4) -> list[Training]:
    """Public trainings not yet over, soonest first: the home page block."""
    return list(Training.objects.public().upcoming().select_related("organizer")[:limit])


def trainings_public(*, topic: Topic | None = None) -> tuple[QuerySet, QuerySet]:
    """The public list: (upcoming, past), optionally of one topic."""
    base = Training.objects.public().select_related("organizer").defer("objectives", "outcomes")
    if topic is not None:
        base = base.filter(sessions__topic=topic).distinct()
    now = timezone.now()
    return base.upcoming(now), base.past(now)


def _programme_prefetches() -> list:
    return [
        Prefetch(
            "sessions",
            queryset=Session.objects.select_related("topic").prefetch_related(
                Prefetch("speakers", queryset=Speaker.objects.order_by("full_name"))
            ),
        ),
        Prefetch("papers", queryset=Paper.objects.select_related("unit")),
        "photos",
        "guests",
        Prefetch("co_organizers", queryset=Unit.objects.only("name", "short_name", "slug")),
    ]


def training_public_detail(slug: str) -> Training | None:
    """A public training with what its public page shows (never the delegates), and its ``attended`` sum."""
    return (
        with_attended(Training.objects.public())
        .select_related("organizer")
        .prefetch_related(
            *_programme_prefetches(),
            # The training is public, so its public materials are those marked so.
            Prefetch("materials", queryset=Material.objects.filter(is_public=True), to_attr="public_materials"),
            Prefetch(
                "articles", queryset=Article.objects.published().for_listing().order_by("-publish_at"), to_attr="news"
            ),
            Prefetch("documents", queryset=Document.objects.public().for_listing(), to_attr="linked_documents"),
        )
        .filter(slug=slug)
        .first()
    )


def material_for_download(*, pk: int, user) -> Material | None:
    """A material ``user`` may download: a public one (``Material.objects.public()``) for anyone, any other for
    those who may view the training record (editors, leaders). None otherwise, as if it did not exist."""
    materials = Material.objects.select_related("training")
    if not user.has_perm(VIEW_MATERIAL_PERMISSION):
        materials = materials.public()
    return materials.filter(pk=pk).first()


def paper_for_download(*, pk: int, user) -> Paper | None:
    """A paper with a file: a public one (``Paper.objects.public_full_text()``) for anyone, any other for those
    who may view the training record. None otherwise, as if it did not exist."""
    papers = Paper.objects.exclude(file="").select_related("training")
    if not user.has_perm(VIEW_PAPER_PERMISSION):
        papers = papers.public_full_text()
    return papers.filter(pk=pk).first()


def training_speakers(training: Training) -> list[Speaker]:
    """The speakers of a training's agenda, each once, from the prefetched sessions."""
    seen: dict[int, Speaker] = {}
    for session in training.sessions.all():
        for speaker in session.speakers.all():
            seen.setdefault(speaker.pk, speaker)
    return sorted(seen.values(), key=lambda s: s.full_name)


def training_topics(training: Training) -> list[Topic]:
    """The topics of a training's agenda, each once, from the prefetched sessions."""
    seen = {s.topic.pk: s.topic for s in training.sessions.all() if s.topic is not None}
    return sorted(seen.values(), key=lambda t: t.name)


# --- Leaders' area ----------------------------------------------------------------------------


def training_record(slug: str) -> Training | None:
    """A training with its whole record, for the leaders (materials, reviews, remote sites)."""
    return (
        Training.objects.select_related("organizer", "signed_off_by")
        .prefetch_related(
            *_programme_prefetches(),
            "materials",
            Prefetch("reviews", queryset=Review.objects.select_related("author")),
            Prefetch(
                "remote_sites",
                queryset=RemoteSite.objects.select_related("unit").prefetch_related(
                    Prefetch("served_units", queryset=Unit.objects.only("name", "short_name"))
                ),
            ),
            Prefetch("articles", queryset=Article.objects.for_listing().order_by("-publish_at"), to_attr="news"),
            Prefetch("documents", queryset=Document.objects.for_listing(), to_attr="linked_documents"),
        )
        .filter(slug=slug)
        .first()
    )


@dataclass
class AttendanceFigures:
    """``total`` counts named people; ``attended`` is everyone who took part, with its parts."""

    by_unit: list[dict] = field(default_factory=list)
    by_role: list[dict] = field(default_factory=list)
    total: dict = field(default_factory=dict)
    attended: dict = field(default_factory=dict)


def attended_parts(*, named_present: int, remote_present: int, counted: int | None) -> dict:
    """Everyone who took part: named delegates present + remote sites' counts + people counted but not named.

    The one sum every page, chart and export shows (``attended``), with its parts beside it.
    """
    counted = counted or 0
    return {
        "named_present": named_present,
        "remote_present": remote_present,
        "counted": counted,
        "attended": named_present + remote_present + counted,
    }


def _with_rate(row: dict) -> dict:
    row["rate"] = rate(row["present"], row["registered"])
    return row


def _unit_label(row: dict) -> str:
    """A school is named with its bureau: the same school names recur from district to district."""
    name = row["unit__short_name"] or row["unit__name"]
    if not name:
        return _("(Không ghi đơn vị)")
    if row["unit__kind"] == UnitKind.SCHOOL and row["unit__parent__short_name"]:
        return f"{name} ({row['unit__parent__short_name']})"
    return name


def _rolled_up(rows: list[dict]) -> list[dict]:
    """By-unit rows summed under today's units (``portal.selectors.units_today``)."""
    today = units_today({row["unit_id"] for row in rows if row["unit_id"]})
    merged: dict = {}
    for row in rows:
        unit = today.get(row["unit_id"])
        key = unit.pk if unit else row["unit_id"]
        if key not in merged:
            merged[key] = {**row, **{name: 0 for name in ATTENDANCE_COUNTS}}
            if unit is not None:
                merged[key].update(
                    unit_id=unit.pk,
                    unit__name=unit.name,
                    unit__short_name=unit.short_name,
                    unit__order=unit.order,
                    label=unit.short_name or unit.name,
                )
        for name in ATTENDANCE_COUNTS:
            merged[key][name] += row[name]
    return sorted(
        (_with_rate(row) for row in merged.values()),
        key=lambda row: (row["unit__order"] or 0, row["unit__name"] or "", row["unit_id"] or 0),
    )


def training_attendance(training: Training, *, by_today_units: bool = False) -> AttendanceFigures:
    """Registered, present, absent, excused and not yet recorded, by unit and by role (three queries).

    By unit, each person counts under the unit named on the record, as it was then; with
    ``by_today_units`` old units are rolled up to their successors (two queries more).
    """
    people = Participant.objects.filter(training=training).order_by()
    by_unit = [
        _with_rate({**row, "label": _unit_label(row)})
        for row in people.values(
            "unit_id", "unit__name", "unit__short_name", "unit__order", "unit__kind", "unit__parent__short_name"
        )
        .annotate(**ATTENDANCE_COUNTS)
        .order_by("unit__order", "unit__name", "unit_id")
    ]
    if by_today_units:
        by_unit = _rolled_up(by_unit)
    role_labels = dict(ParticipantRole.choices)
    by_role = [
        _with_rate({**row, "label": str(role_labels.get(row["role"], row["role"]))})
        for row in people.values("role").annotate(**ATTENDANCE_COUNTS).order_by("role")
    ]
    order = list(ParticipantRole.values)
    by_role.sort(key=lambda row: order.index(row["role"]) if row["role"] in order else len(order))
    total = {key: sum(row[key] for row in by_role) for key in ATTENDANCE_COUNTS}
    remote = RemoteSite.objects.filter(training=training).aggregate(people=Coalesce(Sum("head_count"), 0))["people"]
    attended = attended_parts(
        named_present=total["present"], remote_present=remote, counted=training.counted_attendance
    )
    return AttendanceFigures(by_unit=by_unit, by_role=by_role, total=_with_rate(total), attended=attended)


def current_school_year(today=None) -> str:
    """The school year of ``today``: it starts in August (``2025-2026`` from August 2025 to July 2026)."""
    today = today or timezone.localdate()
    first = today.year if today.month >= 8 else today.year - 1
    return f"{first}-{first + 1}"


def school_years() -> list[str]:
    return list(Training.objects.order_by("-school_year").values_list("school_year", flat=True).distinct())


def _remote_present() -> Subquery:
    """The people counted at a training's remote sites, as a subquery (no join that would multiply counts)."""
    sums = (
        RemoteSite.objects.filter(training=OuterRef("pk"))
        .order_by()
        .values("training")
        .annotate(people=Sum("head_count"))
        .values("people")
    )
    return Coalesce(Subquery(sums, output_field=IntegerField()), 0)


# A training's delegates: registered, and present (on the leaders' list and the year's overview);
# ``attended`` adds the remote sites' counts and the people counted but not named (``attended_parts``).
TRAINING_ATTENDANCE_COUNTS = {
    "registered": Count("participants"),
    "present": Count("participants", filter=Q(participants__attendance=Attendance.PRESENT)),
    "remote_present": _remote_present(),
}


def with_attended(trainings: QuerySet) -> QuerySet:
    """``trainings`` annotated with ``TRAINING_ATTENDANCE_COUNTS`` and their sum ``attended``."""
    return trainings.annotate(**TRAINING_ATTENDANCE_COUNTS).annotate(
        counted=Coalesce("counted_attendance", 0),
        attended=F("present") + F("remote_present") + Coalesce("counted_attendance", 0),
    )


def trainings_for_leaders(
    *,
    q: str = "",
    school_year: str = "",
    kind: str = "",
    format: str = "",  # noqa: A002 - the field's name
    status: str = "",
    review_status: str = "",
    organizer_id: int | None = None,
) -> QuerySet:
    """The leaders' list, filtered, each training with its registered and present counts."""
    trainings = with_attended(Training.objects.select_related("organizer").defer("objectives", "summary", "outcomes"))
    if kind:
        trainings = trainings.filter(Q(kind=kind) | Q(second_kind=kind))
    for name, value in {
        "school_year": school_year,
        "format": format,
        "status": status,
        "review_status": review_status,
    }.items():
        if value:
            trainings = trainings.filter(**{name: value})
    if organizer_id:
        trainings = trainings.filter(organizer_id=organizer_id)
    if q:
        for word in normalize_search_text(q).split():
            trainings = trainings.filter(search_text__contains=word)
    return trainings.order_by("-starts_at")


@dataclass
class YearOverview:
    school_year: str
    trainings: list
    totals: dict
    topics: list
    idle_units: list


def year_overview(school_year: str) -> YearOverview:
    """One school year: its trainings, delegates and attendance, topics covered, units that sent nobody.

    "Sent nobody" counts held trainings only: a unit none of whose people were present.
    """
    trainings = list(
        with_attended(
            Training.objects.filter(school_year=school_year)
            .exclude(status=TrainingStatus.CANCELLED)
            .select_related("organizer")
            .defer("objectives", "summary", "outcomes")
        )
        .annotate(units=Count("participants__unit", distinct=True))
        .order_by("starts_at")
    )
    for training in trainings:
        training.rate = rate(training.present, training.registered)
    held = [t for t in trainings if t.status == TrainingStatus.HELD]
    totals = {
        "trainings": len(trainings),
        "held": len(held),
        "registered": sum(t.registered for t in trainings),
        "present": sum(t.present for t in held),
        "registered_held": sum(t.registered for t in held),
        **attended_parts(
            named_present=sum(t.present for t in held),
            remote_present=sum(t.remote_present for t in held),
            counted=sum(t.counted for t in held),
        ),
    }
    totals["rate"] = rate(totals["present"], totals["registered_held"])
    topics = list(
        Topic.objects.filter(sessions__training__in=[t.pk for t in trainings])
        .annotate(trainings_count=Count("sessions__training", distinct=True))
        .order_by("name")
    )
    held_ids = [t.pk for t in held]
    present_somewhere = Participant.objects.filter(
        unit=OuterRef("pk"), training__in=held_ids, attendance=Attendance.PRESENT
    )
    # A unit that followed from a remote site attended, named or not: the site's host or one it served.
    followed_remotely = RemoteSite.objects.filter(training__in=held_ids, head_count__gt=0).filter(
        Q(unit=OuterRef("pk")) | Q(served_units=OuterRef("pk"))
    )
    # The units of that year, as they were (a bureau abolished later still counts for its year).
    first_year = int(school_year[:4])
    idle_units = list(
        Unit.objects.valid_during(datetime.date(first_year, 8, 1), datetime.date(first_year + 1, 7, 31))
        .exclude(is_active=False, valid_to__isnull=True)  # switched off by hand, with no history
        .filter(kind__in=UnitType.objects.filter(reports_attendance=True).values("code"))
        .exclude(Exists(present_somewhere))
        .exclude(Exists(followed_remotely))
        .only("name", "short_name", "slug")
        .order_by("order", "name")
    )
    return YearOverview(school_year, trainings, totals, topics, idle_units)


def trainings_search(terms: list[str]) -> QuerySet:
    """Public trainings whose title or venue holds every word of ``terms`` (normalised), newest first."""
    if not terms:
        return Training.objects.none()
    queryset = Training.objects.public().defer("objectives", "outcomes")
    for term in terms:
        queryset = queryset.filter(search_text__contains=term)
    return queryset.order_by("-starts_at", "-pk")


@dataclass
class RegistrationProgress:
    """Where the online registration of a training stands, unit by unit."""

    invitations: list[Invitation]
    places: int
    registered: int
    answered: int
    not_answered: int


def registration_progress(training: Training) -> RegistrationProgress:
    """Each invited unit with its places and registered delegates (``registered``); one query."""
    invitations = list(
        Invitation.objects.filter(training=training)
        .select_related("unit")
        .annotate(registered=Count("participants"))
        .order_by("unit__name", "pk")
    )
    answered = sum(1 for invitation in invitations if invitation.answered_at)
    return RegistrationProgress(
        invitations=invitations,
        places=sum(invitation.places for invitation in invitations),
        registered=sum(invitation.registered for invitation in invitations),
        answered=answered,
        not_answered=len(invitations) - answered,
    )
