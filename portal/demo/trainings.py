"""Seeds the training conferences of ``data/trainings.toml``: agendas, delegates, files, reviews.

Delegates are drawn with a seeded generator from the file's names, so every seeding draws the same
people; their presence is recorded by the check-in services, head counts of remote sites by theirs,
and the leaders' comments and sign-off by the review services. Trainings, sessions, delegates,
papers, materials, photos and reminders have no write service but the admin's save, so they are rows
written here. Idempotent: a training whose slug exists keeps its rows.
"""

import random
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from news.models.articles import Article
from portal.enums import UnitKind
from portal.models.core import Unit, User
from portal.text import slugify
from trainings.enums import Attendance, ParticipantRole
from trainings.models.people import Participant, participant_person_key
from trainings.models.records import Material, Paper, TrainingPhoto
from trainings.models.reminders import Reminder
from trainings.models.training import RemoteSite, Session, Speaker, Topic, Training
from trainings.selectors import current_school_year
from trainings.services.attendance import (
    participant_check_in,
    participants_set_attendance,
    remote_site_record_head_count,
)
from trainings.services.registrations import DelegateRow, invitations_create, registration_save
from trainings.services.reviews import training_review_add, training_sign_off, training_submit_for_review

from .content import at, load, moment, pick
from .images import conference_photo
from .pdfs import blank_pdf

# The generator's seed: the same delegates, positions and attendance at every seeding.
RANDOM_SEED = 20251016
# What a training's table in the file may set on the row as it is.
TRAINING_FIELDS = (
    "kind",
    "format",
    "venue",
    "online_url",
    "organizer_email",
    "objectives",
    "summary",
    "outcomes",
    "expected_participants",
    "status",
    "is_public",
)


@transaction.atomic
def seed(*, stdout) -> None:
    data = load("trainings")
    rng = random.Random(RANDOM_SEED)
    topics = {
        key: Topic.objects.get_or_create(name=row["name"], defaults={"description": row["description"]})[0]
        for key, row in data["topics"].items()
    }
    speakers = {
        row["full_name"]: Speaker.objects.get_or_create(
            full_name=row["full_name"], defaults={k: v for k, v in row.items() if k != "full_name"}
        )[0]
        for row in data["speakers"]
    }
    units = {unit.code: unit for unit in Unit.objects.exclude(code="")}
    people = data["people"]
    made = []
    for spec in data["trainings"]:
        training, created = _training(spec, units)
        if created:
            _agenda(training, spec.get("sessions", []), topics, speakers)
            sites = _remote_sites(training, spec.get("remote_sites"), units, rng)
            _delegates(training, spec.get("delegates"), units, rng, people, sites)
            _named_people(training, spec, units, rng, people)
            _files(training, spec, units, rng, people)
            training.articles.set(Article.objects.filter(title__in=spec.get("articles", [])))
            for row in spec.get("reminders", []):
                Reminder.objects.create(training=training, hours_before=row["hours_before"], audience=row["audience"])
            _reviews(training, spec)
            _registration(training, spec.get("registration"), units, rng, people)
        made.append(training)
    for training in made:
        stdout.write(f"  {training.title}: {training.participants.count()} người tham dự")


def _training(spec: dict, units: dict[str, Unit]) -> tuple[Training, bool]:
    """The training of ``spec``, found by the slug of its title, or created."""
    starts_at, ends_at = moment(spec["starts"]), moment(spec["ends"])
    school_year = current_school_year(timezone.localtime(starts_at).date())
    title = spec["title"].replace("{school_year}", school_year)
    slug = slugify(title)
    training = Training.objects.filter(slug=slug).first()
    if training is not None:
        return training, False
    training = Training.objects.create(
        slug=slug,
        title=title,
        school_year=school_year,
        starts_at=starts_at,
        ends_at=ends_at,
        organizer=pick(units, spec["organizer"], what="organizer unit"),
        **{name: spec[name] for name in TRAINING_FIELDS if name in spec},
    )
    if spec.get("submit_for_review"):
        training_submit_for_review(training=training)
    return training, True


def _agenda(training: Training, rows: list[dict], topics: dict, speakers: dict) -> None:
    day = timezone.localtime(training.starts_at).date()
    for row in rows:
        session = Session.objects.create(
            training=training,
            starts_at=at(day, row["start"]),
            ends_at=at(day, row["end"]),
            title=row["title"],
            kind=row["kind"],
            topic=pick(topics, row["topic"], what="topic") if "topic" in row else None,
        )
        session.speakers.set([pick(speakers, name, what="speaker") for name in row.get("speakers", [])])


def _person_name(rng: random.Random, people: dict) -> str:
    if rng.random() < 0.06:
        return rng.choice(people["ede_names"])
    family, middle, given = (rng.choice(people[part]) for part in ("family_names", "middle_names", "given_names"))
    return f"{family} {middle} {given}"


def _remote_sites(training: Training, plan: dict | None, units: dict, rng: random.Random) -> dict[int, RemoteSite]:
    """One site per unit of ``plan``, with its head count reported; the sites by their unit's id."""
    if not plan:
        return {}
    sites = {}
    for code in plan["units"]:
        unit = pick(units, code, what="unit of a remote site")
        expected = rng.randint(*plan["expected"])
        site = RemoteSite.objects.create(
            training=training,
            name=plan["name"].replace("{unit}", unit.short_name or unit.name),
            unit=unit,
            expected_count=expected,
        )
        remote_site_record_head_count(site=site, head_count=expected - rng.randint(*plan["missing"]))
        sites[unit.pk] = site
    # The service stamps the real clock; the demo's sites reported their count during the event.
    RemoteSite.objects.filter(training=training).update(
        counted_at=training.starts_at + timedelta(minutes=plan["counted_after"])
    )
    return sites


def _delegates(training: Training, plan: dict | None, units: dict, rng: random.Random, people: dict, sites) -> None:
    """``plan["count"]`` delegates spread over its units in turn; with ``attendance``, checked in as a
    held event's are (about 90% at the door before the start, the rest excused or absent)."""
    if not plan:
        return
    spread = [pick(units, code, what="unit of delegates") for code in plan["units"]]
    rows, marks, keys = [], [], set()
    number = 0
    while len(rows) < plan["count"]:
        number += 1
        unit = spread[number % len(spread)]
        name = _person_name(rng, people)
        email = people["delegate_email"].replace("{name}", slugify(name).replace("-", ".")).replace("{n}", str(number))
        key = participant_person_key(email=email, full_name=name, unit_id=unit.pk)
        if key in keys:
            continue
        keys.add(key)
        mark = (Attendance.UNKNOWN, None)
        if plan["attendance"]:
            roll = rng.random()
            if roll < 0.9:
                mark = (Attendance.PRESENT, training.starts_at - timedelta(minutes=rng.randint(0, 40)))
            elif roll < 0.96:
                mark = (Attendance.EXCUSED, None)
            else:
                mark = (Attendance.ABSENT, None)
        positions = people["bureau_positions"] if unit.kind == UnitKind.BUREAU else people["school_positions"]
        rows.append(
            Participant(
                training=training,
                full_name=name,
                position=rng.choice(positions),
                unit=unit,
                email=email,
                phone=f"09{rng.randint(10_000_000, 99_999_999)}",
                role=ParticipantRole.DELEGATE,
                remote_site=sites.get(unit.parent_id or unit.pk) if plan.get("at_remote_sites") else None,
                person_key=key,
            )
        )
        marks.append(mark)
    Participant.objects.bulk_create(rows, batch_size=500)
    for participant, (attendance, checked_in_at) in zip(rows, marks, strict=True):
        if attendance == Attendance.PRESENT:
            participant_check_in(participant=participant, at=checked_in_at)
    for attendance in (Attendance.EXCUSED, Attendance.ABSENT):
        absent = [p.pk for p, (marked, _at) in zip(rows, marks, strict=True) if marked == attendance]
        if absent:
            participants_set_attendance(training=training, participant_ids=absent, attendance=attendance)


def _named_people(training: Training, spec: dict, units: dict, rng: random.Random, people: dict) -> None:
    """The people listed by name (a speaker), then the reporters with drawn names; their presence recorded."""
    rows, attendances = [], []
    for row in spec.get("participants", []):
        rows.append(
            Participant(
                training=training,
                full_name=row["full_name"],
                position=row["position"],
                role=row["role"],
                email=row["email"],
                person_key=participant_person_key(email=row["email"], full_name=row["full_name"], unit_id=None),
            )
        )
        attendances.append(row.get("attendance"))
    press = spec.get("press")
    if press:
        unit = pick(units, press["unit"], what="unit of the press")
        for number in range(1, press["count"] + 1):
            email = press["email"].replace("{n}", str(number))
            name = _person_name(rng, people)
            rows.append(
                Participant(
                    training=training,
                    full_name=name,
                    position=press["position"],
                    role=ParticipantRole.PRESS,
                    unit=unit,
                    email=email,
                    person_key=participant_person_key(email=email, full_name=name, unit_id=unit.pk),
                )
            )
            attendances.append(press.get("attendance"))
    Participant.objects.bulk_create(rows)
    for attendance in {a for a in attendances if a}:
        marked = [p.pk for p, a in zip(rows, attendances, strict=True) if a == attendance]
        participants_set_attendance(training=training, participant_ids=marked, attendance=attendance)


def _files(training: Training, spec: dict, units: dict, rng: random.Random, people: dict) -> None:
    """Papers (presenters drawn), materials and photos, their files printed or drawn here."""
    for order, row in enumerate(spec.get("papers", []), start=1):
        paper = Paper(
            training=training,
            title=row["title"],
            unit=pick(units, row["unit"], what="unit of a paper"),
            presenter=_person_name(rng, people),
            order=order,
        )
        paper.file.save(f"tham-luan-{order}.pdf", ContentFile(blank_pdf(row["title"])), save=False)
        paper.save()
    for order, row in enumerate(spec.get("materials", []), start=1):
        material = Material(
            training=training, title=row["title"], kind=row["kind"], is_public=row["public"], order=order
        )
        material.file.save(f"tai-lieu-{order}.pdf", ContentFile(blank_pdf(row["title"])), save=False)
        material.save()
    for order, row in enumerate(spec.get("photos", []), start=1):
        photo = TrainingPhoto(training=training, caption=row["caption"], order=order)
        photo.image.save(f"hoi-nghi-{order}.jpg", ContentFile(conference_photo(order)), save=False)
        photo.save()


def _registration(training: Training, plan: dict | None, units: dict, rng: random.Random, people: dict) -> None:
    """Invitations of units to register online, some answered through the registration service."""
    organiser = User.objects.filter(username=(plan or {}).get("by")).first()
    if plan is None or organiser is None:
        return
    training.registration_deadline = moment(plan["deadline"])
    training.registration_reminder_at = moment(plan["remind"])
    training.save(update_fields=["registration_deadline", "registration_reminder_at"])
    invited = [pick(units, code, what="invited unit") for code in plan["units"]]
    invitations_create(training=training, units=invited, places=plan["places"], by=organiser)
    for unit in invited[: plan["answered"]]:
        invitation = training.invitations.get(unit=unit)
        rows = [
            DelegateRow(
                full_name=_person_name(rng, people),
                position=plan["positions"][n % len(plan["positions"])],
                email=f"{unit.code.lower()}.{n + 1}@truong.example.vn",
                phone=f"0905 {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
            )
            for n in range(plan["delegates"])
        ]
        registration_save(invitation=invitation, rows=rows)


def _reviews(training: Training, spec: dict) -> None:
    """The leaders' comments and sign-off, when their accounts exist."""
    accounts = {user.username: user for user in User.objects.all()}
    for row in spec.get("reviews", []):
        if row["by"] in accounts:
            training_review_add(training=training, by=accounts[row["by"]], comment=row["comment"])
    sign_off = spec.get("sign_off")
    if sign_off and sign_off["by"] in accounts:
        training_sign_off(training=training, by=accounts[sign_off["by"]], comment=sign_off["comment"])
