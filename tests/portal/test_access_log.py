"""The access log of personal data: delegate lists viewed, people exported, rights changes; stamped files."""

import io
import zipfile

import pytest

from portal import roles
from portal.models import AccessAction, PersonalDataAccess
from portal.rights import Person, personal_data_erase
from tests.factories.portal import QuestionFactory, UserFactory
from tests.factories.trainings import ParticipantFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = UserFactory(username="quantri", role=roles.ADMINISTRATOR)
    client.force_login(user)
    client.user = user
    return client


def test_a_delegate_list_and_its_export_are_logged_and_the_file_says_who(admin_client):
    delegate = ParticipantFactory()
    training = delegate.training
    admin_client.get(f"/admin/trainings/participant/?training__id__exact={training.pk}")
    admin_client.get(f"/admin/trainings/participant/{delegate.pk}/change/")
    response = admin_client.get(f"/admin/trainings/training/{training.pk}/dai-bieu.xlsx")
    assert response.status_code == 200
    log = list(PersonalDataAccess.objects.order_by("pk").values_list("user__username", "action", "count"))
    assert log == [
        ("quantri", AccessAction.VIEW_CONTACTS, 1),
        ("quantri", AccessAction.VIEW_CONTACTS, None),
        ("quantri", AccessAction.EXPORT, 1),
    ]
    core = zipfile.ZipFile(io.BytesIO(response.content)).read("docProps/core.xml").decode()
    assert "quantri</dc:creator>" in core
    assert ">Xuất bởi quantri lúc " in core


def test_an_erase_by_the_rights_tool_is_logged():
    officer = UserFactory(username="baove", role=roles.DATA_PROTECTION_OFFICER)
    QuestionFactory(full_name="Lan", email="lan@example.vn")
    personal_data_erase(person=Person(email="lan@example.vn"), by=officer)
    entry = PersonalDataAccess.objects.get()
    assert (entry.user, entry.action, entry.what) == (
        officer,
        AccessAction.RIGHTS_CHANGE,
        "Xoá, ẩn danh dữ liệu của lan@example.vn: {'Câu hỏi gửi qua hỏi đáp': 1}",
    )
