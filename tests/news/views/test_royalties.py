"""news/views/royalties.py: the leaders approve or return the month's statement in /lanh-dao/nhuan-but/."""

import pytest

from news.enums import RoyaltyPeriodStatus
from news.selectors.royalties import royalty_statement
from news.services.royalties import credit_grade, royalty_period_submit
from tests.factories.news import RoyaltyPeriodFactory
from tests.news.royalty_helpers import live_credit, rate

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(mid_month, editor):
    credit = live_credit()
    credit_grade(credit=credit, rate=rate(), coefficient="2", by=editor)
    period = RoyaltyPeriodFactory(month=mid_month, created_by=editor, unit_value=150000)
    return royalty_period_submit(period=period, by=editor)


def test_a_leader_reads_and_approves_the_statement(client, leader, submitted):
    client.force_login(leader)
    page = client.get("/lanh-dao/nhuan-but/")
    assert list(page.context["periods"]) == [submitted]
    detail = client.get(f"/lanh-dao/nhuan-but/{submitted.pk}/")
    assert detail.context["can_decide"] is True
    assert "300.000" in detail.content.decode()
    response = client.post(
        f"/lanh-dao/nhuan-but/{submitted.pk}/quyet-dinh/", {"quyet-dinh": "duyet", "digest": detail.context["digest"]}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert (submitted.status, submitted.approved_by) == (RoyaltyPeriodStatus.APPROVED, leader)


def test_a_leader_approving_an_old_page_is_refused(client, leader, second_editor, submitted):
    client.force_login(leader)
    seen = client.get(f"/lanh-dao/nhuan-but/{submitted.pk}/").context["digest"]
    credit = royalty_statement(submitted).lines[0].credit
    credit_grade(credit=credit, rate=credit.rate, coefficient="3", by=second_editor)
    response = client.post(
        f"/lanh-dao/nhuan-but/{submitted.pk}/quyet-dinh/", {"quyet-dinh": "duyet", "digest": seen}, follow=True
    )
    assert "đã thay đổi sau khi được trình" in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.status == RoyaltyPeriodStatus.SUBMITTED


def test_a_leader_returns_the_statement(client, leader, submitted):
    client.force_login(leader)
    client.post(f"/lanh-dao/nhuan-but/{submitted.pk}/quyet-dinh/", {"quyet-dinh": "tra-lai"})
    submitted.refresh_from_db()
    assert submitted.status == RoyaltyPeriodStatus.DRAFT


def test_leaders_do_not_see_a_draft_statement(client, leader, mid_month, editor):
    draft = RoyaltyPeriodFactory(month=mid_month, created_by=editor)
    client.force_login(leader)
    assert client.get(f"/lanh-dao/nhuan-but/{draft.pk}/").status_code == 404
    assert client.get(f"/lanh-dao/nhuan-but/{draft.pk}/bang-ke.xlsx").status_code == 404


def test_a_collaborator_cannot_reach_the_statements_and_an_editor_cannot_approve(
    client, collaborator, editor, submitted
):
    assert client.get("/lanh-dao/nhuan-but/").status_code == 302  # to the sign-in page
    client.force_login(collaborator)
    for url in (
        "/lanh-dao/nhuan-but/",
        f"/lanh-dao/nhuan-but/{submitted.pk}/",
        f"/lanh-dao/nhuan-but/{submitted.pk}/bang-ke.xlsx",
        f"/lanh-dao/nhuan-but/{submitted.pk}/ban-in/",
    ):
        assert client.get(url).status_code == 403, url
    decide = f"/lanh-dao/nhuan-but/{submitted.pk}/quyet-dinh/"
    approve = {"quyet-dinh": "duyet", "digest": submitted.submitted_digest}
    assert client.post(decide, approve).status_code == 403
    # Editors read the statements they submitted, in the admin as here; approving is the leaders'.
    client.force_login(editor)
    assert client.get(f"/lanh-dao/nhuan-but/{submitted.pk}/").context["can_decide"] is False
    assert client.post(decide, approve).status_code == 403
    submitted.refresh_from_db()
    assert submitted.status == RoyaltyPeriodStatus.SUBMITTED


def test_leaders_download_the_statement(client, leader, submitted):
    client.force_login(leader)
    assert client.get(f"/lanh-dao/nhuan-but/{submitted.pk}/bang-ke.xlsx").status_code == 200
    assert "Người lập biểu" in client.get(f"/lanh-dao/nhuan-but/{submitted.pk}/ban-in/").content.decode()
