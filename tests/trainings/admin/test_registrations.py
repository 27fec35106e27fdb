"""Tests of trainings/admin/registrations.py: the organiser invites a kind of units, follows answers, closes."""

import datetime

import pytest
import time_machine

from portal import roles
from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import HCM, TrainingFactory
from trainings.models import Invitation, Training

pytestmark = pytest.mark.django_db

START = datetime.datetime(2025, 11, 20, 7, 30, tzinfo=HCM)


def test_the_organiser_invites_every_school_then_revokes_one_and_closes(
    editor_client, django_capture_on_commit_callbacks
):
    training = TrainingFactory(starts_at=START, status="open", registration_deadline=START - datetime.timedelta(days=3))
    schools = [UnitFactory(name=f"Trường Tiểu học Số {n}", kind="school") for n in (1, 2, 3)]
    UnitFactory(name="Phòng GD&ĐT huyện Lắk", kind="bureau")
    url = f"/admin/trainings/training/{training.pk}/don-vi-dang-ky/"
    with time_machine.travel(START - datetime.timedelta(days=10), tick=False):
        with django_capture_on_commit_callbacks() as queued:
            response = editor_client.post(url, {"do": "invite", "kind": "school", "places": "2"})
        assert response.status_code == 302
        assert len(queued) == 3  # one invitation mail each
        assert sorted(Invitation.objects.values_list("unit__name", "places")) == [(s.name, 2) for s in schools]
        invitation = Invitation.objects.get(unit=schools[0])
        editor_client.post(url, {"do": "revoke", "invitation": invitation.pk})
        html = editor_client.get(url).content.decode()
        assert "3 đơn vị được mời, 6 chỗ; 0 đại biểu đã đăng ký; 0 đơn vị đã trả lời, 3 chưa trả lời." in html
        assert "Đã thu hồi" in html
        editor_client.post(url, {"do": "close"})
    assert Invitation.objects.get(pk=invitation.pk).revoked_at is not None
    assert Training.objects.get(pk=training.pk).registration_closed_at is not None


def test_people_without_the_right_to_change_trainings_are_refused(client):
    training = TrainingFactory()
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    response = client.get(f"/admin/trainings/training/{training.pk}/don-vi-dang-ky/")
    assert response.status_code == 403


def test_the_organiser_invites_only_the_schools_of_one_area(editor_client):
    training = TrainingFactory(starts_at=START, status="open", registration_deadline=START - datetime.timedelta(days=3))
    lak = UnitFactory(name="Phòng GD&ĐT huyện Lắk", kind="bureau")
    ours = UnitFactory(name="Trường Tiểu học Liên Sơn", kind="school", parent=lak)
    UnitFactory(name="Trường Tiểu học Ea Kao", kind="school")
    url = f"/admin/trainings/training/{training.pk}/don-vi-dang-ky/"
    with time_machine.travel(START - datetime.timedelta(days=10), tick=False):
        editor_client.post(url, {"do": "invite", "kind": "school", "area": lak.pk, "places": "1"})
    assert list(Invitation.objects.values_list("unit", flat=True)) == [ours.pk]


def test_the_training_page_lists_its_invitations_and_links_the_registration_page(editor_client):
    training = TrainingFactory(registration_deadline=START)
    Invitation.objects.create(training=training, unit=UnitFactory(name="Trường THCS Phan Chu Trinh"), places=2)
    html = editor_client.get(f"/admin/trainings/training/{training.pk}/change/").content.decode()
    assert "Trường THCS Phan Chu Trinh" in html
    assert f'href="/admin/trainings/training/{training.pk}/don-vi-dang-ky/"' in html
