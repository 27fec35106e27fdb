"""Seeds the units, the demo accounts, the site profile and the organisation pages.

From ``data/units.toml``, ``data/users.toml`` and ``data/organisation.toml``. Units, accounts and
pages have no write service but the admin's plain save, so they are rows written here, found again
by a natural key and updated, never duplicated; the profile, leaders, links and questions go through
their services.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from portal.models.core import SiteProfile, Unit, User
from portal.models.feedback import Question
from portal.models.organisation import AboutPage, AgencyLink, Leader, Office, PressBriefing, Spokesperson
from portal.roles import STAFF_ROLES
from portal.services.core import site_profile_save
from portal.services.organisation import agency_link_save, leader_save
from portal.services.questions import question_answer, question_publish, question_submit
from portal.text import plain_text

from .content import load, moment, pick


@transaction.atomic
def seed(*, stdout) -> None:
    units = _units(load("units")["units"])
    accounts = _users(load("users")["users"], units)
    organisation = load("organisation")
    _profile(organisation["profile"])
    _pages(organisation)
    offices = _offices(organisation["offices"])
    _briefings(organisation)
    _agency_links(organisation["agency_links"])
    _questions(organisation["questions"], offices)
    stdout.write("Tài khoản mẫu (vai trò, tên đăng nhập, mật khẩu):")
    for line in accounts:
        stdout.write(line)


def _units(rows: list[dict]) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for row in rows:
        fields = {name: value for name, value in row.items() if name not in ("code", "parent")}
        fields["parent"] = pick(units, row["parent"], what="parent unit (list it before)") if "parent" in row else None
        units[row["code"]], _created = Unit.objects.update_or_create(code=row["code"], defaults=fields)
    return units


def _users(rows: list[dict], units: dict[str, Unit]) -> list[str]:
    """Create the accounts that do not exist (a password changed since is kept); the lines to print."""
    lines = []
    groups = {group.name: group for group in Group.objects.all()}
    for row in rows:
        user, created = User.objects.get_or_create(
            username=row["username"],
            defaults={
                "last_name": row["last_name"],
                "first_name": row["first_name"],
                "position": row["position"],
                "email": row["email"],
                "unit": pick(units, row["unit"], what="unit"),
                "is_staff": row["role"] in STAFF_ROLES,
            },
        )
        if created:
            user.set_password(row["password"])
            user.save(update_fields=["password"])
        user.groups.add(pick(groups, row["role"], what="role"))
        shown = row["password"] if created else "(giữ nguyên mật khẩu đã đặt)"
        lines.append(f"  {row['role']:<28} {row['username']:<12} {shown}")
    return lines


def _profile(row: dict) -> None:
    profile, _created = SiteProfile.objects.get_or_create(pk=1)
    for name, value in row.items():
        setattr(profile, name, value)
    site_profile_save(profile=profile)


def _pages(organisation: dict) -> None:
    for row in organisation["about_pages"]:
        AboutPage.objects.update_or_create(slug=row["slug"], defaults={k: v for k, v in row.items() if k != "slug"})
    for order, row in enumerate(organisation["leaders"], start=1):
        leader = Leader.objects.filter(full_name=row["full_name"]).first() or Leader()
        for name, value in row.items():
            setattr(leader, name, value)
        leader.order = order
        leader_save(leader=leader, photo_changed=False)
    for order, row in enumerate(organisation["spokespersons"], start=1):
        Spokesperson.objects.update_or_create(
            full_name=row["full_name"], defaults={**{k: v for k, v in row.items() if k != "full_name"}, "order": order}
        )


def _offices(rows: list[dict]) -> dict[str, Office]:
    offices = {}
    for order, row in enumerate(rows, start=1):
        offices[row["name"]], _created = Office.objects.update_or_create(
            name=row["name"], defaults={**{k: v for k, v in row.items() if k != "name"}, "order": order}
        )
    return offices


def _briefings(organisation: dict) -> None:
    spokespersons = {s.full_name: s for s in Spokesperson.objects.all()}
    for row in organisation["briefings"]:
        PressBriefing.objects.get_or_create(  # the date is set once, so that a second run keeps the calendar
            title=row["title"],
            defaults={
                "starts_at": moment(row["starts"]),
                "ends_at": moment(row["ends"]),
                "venue": row["venue"],
                "description": row["description"],
                "spokesperson": pick(spokespersons, row["spokesperson"], what="spokesperson"),
                "is_cancelled": row["cancelled"],
            },
        )


def _agency_links(rows: list[dict]) -> None:
    for row in rows:
        link = AgencyLink.objects.filter(url=row["url"]).first() or AgencyLink(url=row["url"])
        link.name, link.name_en, link.group, link.order = row["name"], row["name_en"], row["group"], row["order"]
        agency_link_save(link=link)


def _questions(rows: list[dict], offices: dict[str, Office]) -> None:
    """Each question as the public form sends it, then answered and published by staff when it has an answer."""
    for row in rows:
        # By the text too: the retention sweep erases an old asker's e-mail.
        if Question.objects.filter(Q(email=row["email"]) | Q(body=plain_text(row["body"]))).exists():
            continue
        question = question_submit(
            full_name=row["full_name"],
            email=row["email"],
            unit_name=row.get("unit_name", ""),
            body=row["body"],
            show_name=row.get("show_name", False),
            consented=True,
        )
        # The service stamps the real clock and owes the editors a mail: a demo question was asked on the
        # day its file says, and nobody is mailed about it (the mail task finds it notified).
        Question.objects.filter(pk=question.pk).update(
            created_at=moment(row["asked"]), staff_notified_at=timezone.now()
        )
        if "answer" in row:
            staff = User.objects.get(username=row["answered_by"])
            office = pick(offices, row["office"], what="office")
            question_answer(question=question, answer=row["answer"], by=staff, office=office)
            question_publish(question=question, by=staff)
            if "answered" in row:  # an old answer: the retention sweep's demo finds it expired
                answered = moment(row["answered"])
                Question.objects.filter(pk=question.pk).update(answered_at=answered, published_at=answered)
