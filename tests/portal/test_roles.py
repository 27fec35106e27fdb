"""Tests of portal/roles.py: each role can do what docs/architecture.md gives it, and no more, in every app."""

import pytest
from django.contrib.auth.models import Group

from portal import roles
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


# --- the portal -----------------------------------------------------------------------------------


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


def test_editor_manages_organisation_pages_and_questions(client):
    editor = UserFactory(role=roles.EDITOR)
    client.force_login(editor)
    for model in ("aboutpage", "leader", "office", "spokesperson", "pressbriefing", "agencylink"):
        assert client.get(f"/admin/portal/{model}/add/").status_code == 200, model
    assert client.get("/admin/portal/question/").status_code == 200
    assert client.get("/admin/portal/question/add/").status_code == 403  # questions come from the public
    assert editor.has_perm("portal.change_question")
    assert not editor.has_perm("portal.change_siteprofile")


@pytest.mark.parametrize("role", [roles.COLLABORATOR, roles.LEADER])
def test_collaborators_and_leaders_get_nothing_of_the_organisation_pages(role):
    user = UserFactory(role=role)
    models = ("aboutpage", "leader", "office", "spokesperson", "pressbriefing", "agencylink", "question")
    assert [m for m in models if user.has_perm(f"portal.view_{m}")] == []


def test_administrator_may_do_everything_with_them():
    admin = UserFactory(role=roles.ADMINISTRATOR)
    assert admin.has_perm("portal.delete_leader")
    assert admin.has_perm("portal.change_siteprofile")
    assert admin.has_perm("portal.delete_question")


# --- trainings and awards -------------------------------------------------------------------------


def test_roles_get_the_permissions_of_the_record():
    editor = Group.objects.get(name=roles.EDITOR)
    leader = Group.objects.get(name=roles.LEADER)
    collaborator = Group.objects.get(name=roles.COLLABORATOR)
    editor_codes = set(
        editor.permissions.filter(content_type__app_label="trainings").values_list("codename", flat=True)
    )
    leader_codes = set(
        leader.permissions.filter(content_type__app_label="trainings").values_list("codename", flat=True)
    )
    assert {"add_participant", "change_participant", "change_remotesite", "add_reminder", "view_review"} <= editor_codes
    assert "add_review" not in editor_codes
    assert {"view_participant", "view_session", "access_leaders_area", "sign_off_training"} <= leader_codes
    assert not any(code.startswith(("add_", "change_", "delete_")) for code in leader_codes)
    assert not collaborator.permissions.filter(content_type__app_label="trainings").exists()


def test_roles_editors_manage_awards_leaders_and_collaborators_do_not(client):
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    assert client.get("/admin/awards/decision/").status_code == 403
    client.force_login(UserFactory(role=roles.LEADER))
    assert client.get("/admin/awards/decision/").status_code == 302  # not staff: to the login page
    editor = UserFactory(role=roles.EDITOR)
    assert editor.has_perms(["awards.add_decision", "awards.publish_decision", "awards.revoke_decision"])
    leader = UserFactory(role=roles.LEADER)
    assert leader.has_perm("awards.view_decision") and not leader.has_perm("awards.change_decision")
