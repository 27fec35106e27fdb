"""History pages of decisions and commendations: for those who may change them, and a revoked decision stays revoked."""

import datetime

import pytest

from awards.enums import DecisionStatus
from awards.models import Commendation, Decision
from awards.services import decision_publish, decision_revoke
from portal import roles
from tests.factories.awards import CommendationFactory, DecisionFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

RECIPIENT_AT_FIRST = "Trần Thị Hồng"
RECIPIENT_CORRECTED = "Trần Thị Hồng Nhung"


@pytest.fixture
def editor():
    return UserFactory(role=roles.EDITOR)


@pytest.fixture
def revoked(editor) -> Decision:
    """A decision entered as a draft, its recipient's name corrected, published, then revoked."""
    decision = DecisionFactory(number="125/QĐ-SGDĐT", status=DecisionStatus.DRAFT, published_at=None)
    commendation = CommendationFactory(decision=decision, recipient_name=RECIPIENT_AT_FIRST)
    commendation.recipient_name = RECIPIENT_CORRECTED
    commendation.save()
    decision_publish(decision=decision, by=editor)
    return decision_revoke(
        decision=decision,
        reason="Sai đối tượng khen thưởng.",
        revoking_number="45/QĐ-SGDĐT",
        revoking_signed_on=decision.signed_on + datetime.timedelta(days=90),
        by=editor,
    )


def user_of(role: str, editor):
    return {
        "collaborator": UserFactory(role=roles.COLLABORATOR),
        "leader": UserFactory(role=roles.LEADER),
        "leader with admin access": UserFactory(role=roles.LEADER, is_staff=True),
        "editor": editor,
        "administrator": UserFactory(role=roles.ADMINISTRATOR),
    }[role]


def history_urls(obj) -> tuple[str, str]:
    model = obj._meta.model_name
    first = obj.history.earliest("history_date")
    return (f"/admin/awards/{model}/{obj.pk}/history/", f"/admin/awards/{model}/{obj.pk}/history/{first.history_id}/")


def decision_post(decision: Decision) -> dict:
    """What the version page's form of the decision sends (the fields DecisionAdminForm edits)."""
    return {
        "number": decision.number,
        "signed_on": decision.signed_on.strftime("%d/%m/%Y"),
        "issuer": decision.issuer,
        "signer": decision.signer,
        "signer_title": decision.signer_title,
        "kind": decision.kind,
        "school_year": decision.school_year,
        "summary": decision.summary,
        "legal_basis": "",
        "training": "",
        "status": DecisionStatus.PUBLISHED,
    }


ROLES = [
    ("collaborator", 403),
    ("leader", 302),  # not in the admin at all: to its sign-in page
    ("leader with admin access", 403),  # may view decisions, not change them
    ("editor", 200),
    ("administrator", 200),
]


@pytest.mark.parametrize(("role", "expected"), ROLES)
def test_the_history_of_a_decision_is_for_those_who_may_change_decisions(client, revoked, editor, role, expected):
    client.force_login(user_of(role, editor))
    listing, version = history_urls(revoked)
    assert (client.get(listing).status_code, client.get(version).status_code) == (expected, expected)


@pytest.mark.parametrize(("role", "expected"), ROLES)
def test_the_history_of_a_commendation_is_for_those_who_may_change_commendations(
    client, revoked, editor, role, expected
):
    client.force_login(user_of(role, editor))
    listing, version = history_urls(revoked.commendations.get())
    assert (client.get(listing).status_code, client.get(version).status_code) == (expected, expected)


def test_an_editor_reads_the_published_version_of_a_revoked_decision_without_a_revert_button(client, revoked, editor):
    published = revoked.history.get(status=DecisionStatus.PUBLISHED)
    client.force_login(editor)
    html = client.get(f"/admin/awards/decision/{revoked.pk}/history/{published.history_id}/").content.decode()
    assert "125/QĐ-SGDĐT" in html
    assert 'name="_save"' not in html


@pytest.mark.parametrize("role", ["editor", "administrator"])
def test_no_one_un_revokes_a_decision_from_its_history(client, revoked, editor, role):
    published = revoked.history.get(status=DecisionStatus.PUBLISHED)
    versions = revoked.history.count()
    client.force_login(user_of(role, editor))
    response = client.post(
        f"/admin/awards/decision/{revoked.pk}/history/{published.history_id}/", decision_post(revoked)
    )
    assert response.status_code == 405
    revoked.refresh_from_db()
    assert (revoked.status, revoked.revoking_number, revoked.revoke_reason) == (
        DecisionStatus.REVOKED,
        "45/QĐ-SGDĐT",
        "Sai đối tượng khen thưởng.",
    )
    assert not Decision.objects.published().exists()
    assert revoked.history.count() == versions


@pytest.mark.parametrize("role", ["editor", "administrator"])
def test_no_one_changes_the_list_of_a_revoked_decision_from_its_history(client, revoked, editor, role):
    commendation = revoked.commendations.get()
    first = commendation.history.earliest("history_date")
    client.force_login(user_of(role, editor))
    data = {
        "recipient_kind": commendation.recipient_kind,
        "recipient_name": RECIPIENT_AT_FIRST,
        "position": commendation.position,
        "unit": commendation.unit_id,
        "form": commendation.form_id,
        "achievement": commendation.achievement,
        "field": commendation.field,
        "prize_amount": "",
        "order": commendation.order,
    }
    response = client.post(f"/admin/awards/commendation/{commendation.pk}/history/{first.history_id}/", data)
    assert response.status_code == 405
    assert Commendation.objects.get(pk=commendation.pk).recipient_name == RECIPIENT_CORRECTED
