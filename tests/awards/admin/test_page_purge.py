"""Tests of awards/cache.py through the services and the admin: publishing, revoking, importing into and editing a
decision purge the cached pages that show it (the search, which finds it by the names it honours, and the articles
that report it)."""

import pytest

from awards.models import Commendation, Decision
from awards.services import commendations_import, decision_revoke
from tests.awards.test_services import ACHIEVEMENT, xlsx
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.news import ArticleFactory
from tests.factories.portal import UnitFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]

NAME = "Phạm Thị Lan Anh"
NUMBER = "318/QĐ-SGDĐT"


@pytest.fixture
def decision():
    """A published decision honouring NAME, reported by an article."""
    decision = DecisionFactory(number=NUMBER)
    CommendationFactory(decision=decision, recipient_name=NAME)
    decision.articles.add(ArticleFactory(published=True, title="Cô giáo vùng cao được tặng Giấy khen"))
    return decision


def search(client, name: str = NAME) -> str:
    return client.get("/tim-kiem/", {"q": name}).content.decode()


def shows(client, article) -> dict[str, bool]:
    """Whether the search for NAME and the article's page show the decision's number, as served now."""
    return {
        "search": NUMBER in search(client),
        "article": NUMBER in client.get(article.get_absolute_url()).content.decode(),
    }


def test_a_decision_published_in_the_admin_appears_on_the_cached_pages(
    client, editor, decision, django_capture_on_commit_callbacks
):
    Decision.objects.filter(pk=decision.pk).update(status="draft", published_at=None)
    article = decision.articles.get()
    assert shows(client, article) == {"search": False, "article": False}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/awards/decision/{decision.pk}/cong-bo/")
    assert response.status_code == 302 and Decision.objects.get(pk=decision.pk).status == "published"
    assert shows(client, article) == {"search": True, "article": True}


def test_a_revoked_decision_leaves_the_cached_pages(client, decision, django_capture_on_commit_callbacks):
    article = decision.articles.get()
    assert shows(client, article) == {"search": True, "article": True}
    with django_capture_on_commit_callbacks(execute=True):
        decision_revoke(
            decision=decision,
            reason="Khen nhầm đối tượng.",
            revoking_number="45/QĐ-SGDĐT",
            revoking_signed_on=decision.signed_on,
        )
    assert shows(client, article) == {"search": False, "article": False}


def test_rows_imported_into_a_published_decision_are_found_by_the_search(
    client, decision, django_capture_on_commit_callbacks
):
    UnitFactory(name="Trường THCS Nguyễn Du", code="BMT-04")
    AwardFormFactory(name="Giấy khen của Giám đốc Sở")
    assert NUMBER not in search(client, "Hoàng Văn Dũng")
    row = [1, "", "Cá nhân", "Hoàng Văn Dũng", "Giáo viên", "BMT-04", "Giấy khen của Giám đốc Sở", ACHIEVEMENT, ""]
    with django_capture_on_commit_callbacks(execute=True):
        commendations_import(upload=xlsx([row]), decision=decision)
    assert NUMBER in search(client, "Hoàng Văn Dũng")


def test_a_commendation_renamed_in_the_admin_is_found_by_its_new_name(
    client, editor, decision, django_capture_on_commit_callbacks
):
    commendation = decision.commendations.get()
    assert NUMBER in search(client) and NUMBER not in search(client, "Phạm Thị Lan Hương")
    data = {
        "recipient_kind": commendation.recipient_kind,
        "recipient_name": "Phạm Thị Lan Hương",
        "position": commendation.position,
        "unit": commendation.unit_id,
        "form": commendation.form_id,
        "achievement": commendation.achievement,
        "field": commendation.field,
        "prize_amount": "",
        "prize_in_kind": "",
        "order": commendation.order,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/awards/commendation/{commendation.pk}/change/", data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    assert NUMBER not in search(client) and NUMBER in search(client, "Phạm Thị Lan Hương")


def test_a_commendation_deleted_in_the_admin_is_no_longer_found(
    client, editor, decision, django_capture_on_commit_callbacks
):
    commendation = decision.commendations.get()
    CommendationFactory(decision=decision)  # a published decision keeps a list
    assert NUMBER in search(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/awards/commendation/{commendation.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Commendation.objects.filter(pk=commendation.pk).exists()
    assert NUMBER not in search(client)


def test_an_article_unlinked_from_a_decision_in_the_admin_drops_it_and_the_newly_linked_one_shows_it(
    client, editor, decision, django_capture_on_commit_callbacks
):
    old, new = decision.articles.get(), ArticleFactory(published=True)
    assert shows(client, old)["article"] and not shows(client, new)["article"]
    commendation = decision.commendations.get()
    data = {
        "number": decision.number,
        "signed_on": decision.signed_on.strftime("%d/%m/%Y"),
        "issuer": decision.issuer,
        "signer": decision.signer,
        "signer_title": decision.signer_title,
        "kind": decision.kind,
        "school_year": decision.school_year,
        "summary": decision.summary,
        "legal_basis": decision.legal_basis,
        "training": "",
        "articles": [new.pk],
        "commendations-TOTAL_FORMS": "1",
        "commendations-INITIAL_FORMS": "1",
        "commendations-0-id": commendation.pk,
        "commendations-0-decision": decision.pk,
        "commendations-0-order": commendation.order,
        "commendations-0-recipient_kind": commendation.recipient_kind,
        "commendations-0-recipient_name": commendation.recipient_name,
        "commendations-0-position": commendation.position,
        "commendations-0-unit": commendation.unit_id,
        "commendations-0-form": commendation.form_id,
        "commendations-0-achievement": commendation.achievement,
        "commendations-0-field": commendation.field,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/awards/decision/{decision.pk}/change/", data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    assert not shows(client, old)["article"] and shows(client, new)["article"]
