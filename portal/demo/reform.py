"""Seeds ``data/reform.toml``: the units after the 2025 reform with their lineage, and the records that
follow real events (a 12-site hybrid conference, a two-kind ministry event, a public paper, a
calendar-year award linked with its article).

Mergers go through ``units_succeed``, head counts through ``remote_site_record_head_count`` and the
decision's publication through ``decision_publish``; rows with no write service but the admin's save
are written here. Idempotent: units are found by code, a succession already recorded is skipped,
the trainings by slug and the decision by number and year.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from awards.enums import DecisionStatus
from awards.models import AwardForm, Commendation, Decision
from awards.services import decision_publish
from news.models.articles import Article
from news.models.documents import Document
from portal.models.core import Unit, UnitSuccession, User
from portal.services.units import units_succeed
from portal.text import slugify
from trainings.enums import Attendance, ParticipantRole
from trainings.models.people import Participant, participant_person_key
from trainings.models.records import Paper
from trainings.models.training import Guest, RemoteSite, Session, Speaker, Training
from trainings.selectors import current_school_year
from trainings.services.attendance import remote_site_record_head_count

from .awards import decision_scan
from .content import load, moment, pick
from .pdfs import blank_pdf

TRAINING_FIELDS = (
    "kind",
    "second_kind",
    "format",
    "venue",
    "summary",
    "status",
    "is_public",
    "expected_participants",
    "counted_attendance",
    "invited_groups",
)


@transaction.atomic
def seed(*, stdout) -> None:
    data = load("reform")
    units = _units(data)
    _successions(data, units)
    hybrid = _hybrid(data["hybrid"], units)
    ministry = _ministry(data["ministry"], units)
    decision = _award(data["award"], units, ministry)
    stdout.write(
        _(
            "Sau sắp xếp: %(communes)s xã, phường; %(ended)s đơn vị đã kết thúc; %(title)s: %(sites)s điểm cầu; %(award)s."
        )
        % {
            "communes": Unit.objects.filter(kind="commune").count(),
            "ended": Unit.objects.filter(valid_to__isnull=False).count(),
            "title": hybrid.title,
            "sites": hybrid.remote_sites.count(),
            "award": decision,
        }
    )


def _units(data: dict) -> dict[str, Unit]:
    units = {unit.code: unit for unit in Unit.objects.exclude(code="")}
    for row in data["units"]:
        if row["code"] in units:
            continue
        fields = {k: v for k, v in row.items() if k not in ("parent",)}
        if "parent" in row:
            fields["parent"] = pick(units, row["parent"], what="parent unit")
        units[row["code"]] = Unit.objects.create(**fields)
    return units


def _successions(data: dict, units: dict[str, Unit]) -> None:
    by = User.objects.get(username=data["by"])
    for row in data["successions"]:
        old = [pick(units, code, what="unit before the reform") for code in row["predecessors"]]
        if UnitSuccession.objects.filter(predecessor__in=old).exists():
            continue
        new = [pick(units, code, what="unit after the reform") for code in row["successors"]]
        units_succeed(predecessors=old, successors=new, on=data["on"], note=data["note"], by=by)


def _training(spec: dict, units: dict[str, Unit]) -> tuple[Training, bool]:
    slug = slugify(spec["title"])
    training = Training.objects.filter(slug=slug).first()
    if training is not None:
        return training, False
    starts_at = moment(spec["starts"])
    training = Training.objects.create(
        slug=slug,
        title=spec["title"],
        school_year=current_school_year(timezone.localtime(starts_at).date()),
        starts_at=starts_at,
        ends_at=moment(spec["ends"]),
        organizer=pick(units, spec["organizer"], what="organizer unit"),
        **{
            name: spec[name].strip() if isinstance(spec[name], str) else spec[name]
            for name in TRAINING_FIELDS
            if name in spec
        },
    )
    training.co_organizers.set([pick(units, code, what="co-organiser") for code in spec.get("co_organizers", [])])
    return training, True


def _hybrid(spec: dict, units: dict[str, Unit]) -> Training:
    training, created = _training(spec, units)
    if not created:
        return training
    for name, code, expected, counted in spec["sites"]:
        site = RemoteSite.objects.create(
            training=training, name=name, unit=pick(units, code, what="unit of a site"), expected_count=expected
        )
        remote_site_record_head_count(site=site, head_count=counted)
    department = units["SGDDT"]
    rows = []
    for number in range(1, spec["delegates"] + 1):
        email = f"daibieu.hoinghi.{number}@sgddt.example.vn"
        name = f"Đại biểu số {number}"
        rows.append(
            Participant(
                training=training,
                full_name=name,
                position="Chuyên viên",
                unit=department,
                email=email,
                role=ParticipantRole.DELEGATE,
                # Every ninth delegate could not come: the named part of the total is 40 of 45.
                attendance=Attendance.ABSENT if number % 9 == 0 else Attendance.PRESENT,
                person_key=participant_person_key(email=email, full_name=name, unit_id=department.pk),
            )
        )
    Participant.objects.bulk_create(rows)
    return training


def _ministry(spec: dict, units: dict[str, Unit]) -> Training:
    training, created = _training(spec, units)
    if not created:
        return training
    for order, (role, name, title, organisation) in enumerate(spec["guests"], start=1):
        Guest.objects.create(
            training=training, role=role, full_name=name, title=title, organization=organisation, order=order
        )
    speaker, _created = Speaker.objects.get_or_create(full_name="", organization=spec["speaker_organisation"])
    first_day = timezone.localtime(training.starts_at)
    session = Session.objects.create(
        training=training,
        starts_at=training.starts_at + datetime.timedelta(hours=1),
        ends_at=training.starts_at + datetime.timedelta(hours=3),
        title="Kỹ năng viết tin, bài và xử lý thông tin trên mạng xã hội",
        kind="talk",
    )
    session.speakers.set([speaker])
    Session.objects.create(
        training=training,
        starts_at=first_day.replace(hour=14, minute=0) + datetime.timedelta(days=1),
        ends_at=first_day.replace(hour=16, minute=0) + datetime.timedelta(days=1),
        title="Phiên công tác văn phòng: tổng kết và phương hướng",
        kind="discussion",
    )
    training.documents.set(Document.objects.filter(number__in=spec.get("documents", [])))
    row = spec["paper"]
    paper = Paper(
        training=training,
        title=row["title"],
        unit=pick(units, row["unit"], what="unit of a paper"),
        presenter=row["presenter"],
        abstract=row["abstract"].strip(),
        full_text=row["full_text"].strip(),
        unit_consents=True,
        is_full_text_public=True,
        order=1,
    )
    paper.file.save("tham-luan-cong-khai.pdf", ContentFile(blank_pdf(row["title"])), save=False)
    paper.save()
    return training


def _award(spec: dict, units: dict[str, Unit], training: Training) -> Decision:
    decision = Decision.objects.filter(
        issuer=spec["issuer"], number=spec["number"], signed_on__year=spec["signed_on"].year
    ).first()
    if decision is None:
        decision = Decision.objects.create(
            number=spec["number"],
            issuer=spec["issuer"],
            signed_on=spec["signed_on"],
            calendar_year=spec["calendar_year"],
            kind=spec["kind"],
            signer_title=spec["signer_title"],
            signer=spec["signer"],
            summary=spec["summary"],
            training=training,
        )
        form = AwardForm.objects.get(name=spec["form"])
        for order, (kind, name, unit, position, money, in_kind) in enumerate(spec["recipients"], start=1):
            Commendation.objects.create(
                decision=decision,
                form=form,
                recipient_kind=kind,
                recipient_name=name,
                position=position,
                unit=units.get(unit),
                achievement="Có thành tích trong công tác truyền thông năm 2025.",
                field="communications",
                prize_amount=money or None,
                prize_in_kind=in_kind,
                order=order,
            )
    awards_data = load("awards")
    decision_scan(decision, place=awards_data["place"], scan=awards_data["scan"])
    decision.articles.set(Article.objects.filter(title=spec["article"]))
    if decision.status == DecisionStatus.DRAFT:
        decision_publish(decision=decision)
    return decision
