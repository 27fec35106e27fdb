"""Scans of decisions are private files: anyone downloads a published decision's, only staff a draft's or a revoked one's."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile

from portal import roles
from tests.factories.awards import DecisionFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% quyet dinh\n"
REVOKED = {
    "status": "revoked",
    "revoked_at": datetime.datetime(2025, 7, 1, 8, 0, tzinfo=datetime.UTC),
    "revoke_reason": "Khen nhầm đối tượng.",
    "revoking_number": "45/QĐ-SGDĐT",
    "revoking_signed_on": datetime.date(2025, 7, 1),
}


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return tmp_path / "private"


def decision_with_scan(**fields):
    return DecisionFactory(number="125/QĐ-SGDĐT", file=ContentFile(PDF, name="QĐ 125 (bản quét).pdf"), **fields)


def test_the_scan_of_a_published_decision_is_for_anyone(client, private_root, tmp_path):
    decision = decision_with_scan()
    assert re.fullmatch(r"awards/decisions/[0-9a-f]{32}/qd-125-ban-quet\.pdf", decision.file.name)
    assert (private_root / decision.file.name).read_bytes() == PDF
    assert not (tmp_path / "media").exists()

    html = client.get(decision.get_absolute_url()).content.decode()
    assert (
        f'<a href="/khen-thuong/quyet-dinh/{decision.slug}/ban-quet/" type="application/pdf">'
        "Bản quét quyết định (PDF)</a>"
    ) in html
    response = client.get(f"/khen-thuong/quyet-dinh/{decision.slug}/ban-quet/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="qd-125-ban-quet.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=300"


@pytest.mark.parametrize("state", [{"status": "draft", "published_at": None}, REVOKED], ids=["draft", "revoked"])
def test_the_scan_of_a_draft_or_revoked_decision_is_404_but_for_staff_who_view_decisions(client, state):
    url = decision_with_scan(**state).get_download_url()
    assert client.get(url).status_code == 404
    # Leaders read decisions in their area but are not staff; collaborators may not view decisions.
    for role in (roles.COLLABORATOR, roles.LEADER):
        client.force_login(UserFactory(role=role))
        assert client.get(url).status_code == 404
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"] == 'attachment; filename="qd-125-ban-quet.pdf"'
    assert response["Cache-Control"] == "private, no-store"


def test_a_decision_without_a_scan_is_404(client):
    decision = DecisionFactory()
    assert client.get(f"/khen-thuong/quyet-dinh/{decision.slug}/ban-quet/").status_code == 404


def test_the_read_only_admin_page_of_a_revoked_decision_links_the_scan_through_the_view(client):
    decision = decision_with_scan(**REVOKED)
    client.force_login(UserFactory(role=roles.EDITOR))
    html = client.get(f"/admin/awards/decision/{decision.pk}/change/").content.decode()
    assert f'<a href="/khen-thuong/quyet-dinh/{decision.slug}/ban-quet/">{decision.file.name}</a>' in html
