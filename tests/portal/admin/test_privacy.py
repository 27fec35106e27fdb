"""portal/admin/privacy.py: the data protection officer's pages for a person's request."""

import json

import pytest

from portal import roles
from portal.models import PersonalDataRequest, Question, RequestKind, RequestStatus
from portal.rights import request_open
from tests.factories.portal import QuestionFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer_client(client):
    officer = UserFactory(username="baove", role=roles.DATA_PROTECTION_OFFICER)
    client.force_login(officer)
    client.officer = officer
    return client


def test_the_officer_finds_exports_and_erases_from_the_request_page(officer_client):
    question = QuestionFactory(full_name="Trần Thị Lan", email="lan@example.vn")
    pdr = request_open(by=officer_client.officer, kind=RequestKind.ERASE, requester="Chị Lan", email="lan@example.vn")
    url = f"/admin/portal/personaldatarequest/{pdr.pk}/change/"
    html = officer_client.get(url).content.decode()
    assert (
        f'<a href="/admin/portal/question/{question.pk}/change/">Câu hỏi gửi qua hỏi đáp #{question.pk}: Trần Thị Lan</a>'
        in html
    )

    export = officer_client.get(f"/admin/portal/personaldatarequest/{pdr.pk}/xuat/json/")
    assert json.loads(export.content)["exported_by"] == "baove"

    officer_client.post(f"/admin/portal/personaldatarequest/{pdr.pk}/xoa/")
    assert Question.objects.get().email == ""
    assert PersonalDataRequest.objects.get().status == RequestStatus.DONE


def test_an_editor_cannot_open_the_requests(client, editor):
    client.force_login(editor)
    pdr = request_open(
        by=UserFactory(role=roles.DATA_PROTECTION_OFFICER), kind=RequestKind.ACCESS, requester="A", email="a@example.vn"
    )
    assert client.get(f"/admin/portal/personaldatarequest/{pdr.pk}/xuat/json/").status_code == 403
    assert client.post(f"/admin/portal/personaldatarequest/{pdr.pk}/xoa/").status_code == 403
