"""Each role can do what docs/architecture.md gives it, and no more (portal app)."""

import pytest
from django.contrib.auth.models import Group

from portal import roles
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def test_the_four_roles_exist_as_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ALL_ROLES)


def test_collaborator_sees_units_but_cannot_edit_them_or_users(client):
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    assert client.get("/admin/portal/unit/").status_code == 200
    assert client.get("/admin/portal/unit/add/").status_code == 403
    assert client.get("/admin/portal/unit/nhap-tu-tep/").status_code == 403
    assert client.get("/admin/portal/user/").status_code == 403


def test_editor_manages_units_but_not_users(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    assert client.get("/admin/portal/unit/add/").status_code == 200
    assert client.get("/admin/portal/unit/nhap-tu-tep/").status_code == 200
    assert client.get("/admin/portal/user/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403


def test_leader_is_not_let_into_the_admin(client):
    leader = UserFactory(role=roles.LEADER)
    assert not leader.is_staff
    client.force_login(leader)
    response = client.get("/admin/portal/unit/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_administrator_manages_users_groups_and_units(client):
    admin = UserFactory(role=roles.ADMINISTRATOR)
    client.force_login(admin)
    assert client.get("/admin/portal/user/").status_code == 200
    assert client.get("/admin/portal/user/add/").status_code == 200
    assert client.get("/admin/auth/group/").status_code == 200
    assert client.get("/admin/portal/unit/add/").status_code == 200
    assert admin.has_perm("portal.delete_unit")


def test_a_user_without_a_role_cannot_see_units(client):
    client.force_login(UserFactory(is_staff=True))
    assert client.get("/admin/portal/unit/").status_code == 403
