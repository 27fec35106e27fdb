"""The unit's registration page: the form through its private link, and every way the link is refused."""

import datetime

import pytest
import time_machine
from django.test import Client

from tests.factories.portal import UnitFactory
from tests.factories.trainings import HCM, ParticipantFactory, RemoteSiteFactory, TrainingFactory
from trainings.models import Invitation, Participant

START = datetime.datetime(2025, 11, 20, 7, 30, tzinfo=HCM)
DEADLINE = START - datetime.timedelta(days=3)
BEFORE = DEADLINE - datetime.timedelta(days=1)


@pytest.fixture
def invitation(db):
    training = TrainingFactory(
        title="Hội nghị triển khai nhiệm vụ năm học", starts_at=START, status="open", registration_deadline=DEADLINE
    )
    return Invitation.objects.create(training=training, unit=UnitFactory(name="Trường THPT Lê Quý Đôn"), places=2)


def post_data(*people, total=2):
    data = {"d-TOTAL_FORMS": str(total), "d-INITIAL_FORMS": "0", "d-MIN_NUM_FORMS": "0", "d-MAX_NUM_FORMS": "500"}
    for n, (name, mail, phone) in enumerate(people):
        data |= {f"d-{n}-full_name": name, f"d-{n}-position": "Giáo viên", f"d-{n}-email": mail, f"d-{n}-phone": phone}
    return data


@pytest.mark.django_db
def test_the_unit_sees_a_form_with_one_card_per_place_never_cached(client, invitation):
    with time_machine.travel(BEFORE, tick=False):
        response = client.get(invitation.get_absolute_url())
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
    html = response.content.decode()
    assert html.count('<fieldset class="delegate">') == 2
    assert "Trường THPT Lê Quý Đôn" in html
    assert 'name="csrfmiddlewaretoken"' in html


@pytest.mark.django_db
def test_the_unit_saves_and_edits_its_list(client, invitation):
    with time_machine.travel(BEFORE, tick=False):
        url = invitation.get_absolute_url()
        response = client.post(url, post_data(("Nguyễn Văn An", "an@x.vn", "0905111222")))
        assert response.status_code == 302
        page = client.get(url).content.decode()
        assert 'value="Nguyễn Văn An"' in page
        assert "Đã lưu danh sách đại biểu." in page
    assert list(Participant.objects.filter(invitation=invitation).values_list("full_name", "unit")) == [
        ("Nguyễn Văn An", invitation.unit_id)
    ]


@pytest.mark.django_db
def test_bad_rows_are_explained_and_nothing_is_saved(client, invitation):
    with time_machine.travel(BEFORE, tick=False):
        response = client.post(
            invitation.get_absolute_url(),
            post_data(("Nguyễn Văn An", "an@", "0905111222"), ("Lê Bình", "binh@x.vn", "12")),
        )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Đại biểu 1: thư điện tử “an@” không hợp lệ." in html
    assert "Đại biểu 2: số điện thoại “12” không hợp lệ" in html
    assert 'value="Lê Bình"' in html  # what was typed is kept
    assert not Participant.objects.exists()


@pytest.mark.django_db
def test_more_delegates_than_places_posted_by_hand_are_refused(client, invitation):
    people = [(f"Người {n}", f"n{n}@x.vn", "") for n in range(3)]
    with time_machine.travel(BEFORE, tick=False):
        response = client.post(invitation.get_absolute_url(), post_data(*people, total=3))
    assert "Đơn vị được cử 2 đại biểu; danh sách có 3 người." in response.content.decode()
    assert not Participant.objects.exists()


@pytest.mark.django_db
def test_another_units_people_are_never_shown(client, invitation):
    ParticipantFactory(training=invitation.training, full_name="Phạm Thị Khác", email="khac@x.vn")
    RemoteSiteFactory(training=invitation.training, name="Điểm cầu Krông Ana")
    with time_machine.travel(BEFORE, tick=False):
        html = client.get(invitation.get_absolute_url()).content.decode()
    assert "Phạm Thị Khác" not in html and "khac@x.vn" not in html
    assert "Điểm cầu Krông Ana" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("late", "Đã hết hạn đăng ký"),
        ("revoked", "đã được Ban tổ chức thu hồi"),
        ("closed", "Ban tổ chức đã khóa đăng ký"),
    ],
)
def test_a_link_that_no_longer_opens_answers_410_without_a_form(client, invitation, change, reason):
    now = BEFORE
    if change == "late":
        now = DEADLINE
    elif change == "revoked":
        Invitation.objects.filter(pk=invitation.pk).update(revoked_at=BEFORE)
    else:
        type(invitation.training).objects.filter(pk=invitation.training_id).update(registration_closed_at=BEFORE)
    with time_machine.travel(now, tick=False):
        get = client.get(invitation.get_absolute_url())
        post = client.post(invitation.get_absolute_url(), post_data(("An", "an@x.vn", "")))
    assert (get.status_code, post.status_code) == (410, 410)
    assert reason in get.content.decode()
    assert "<form" not in get.content.decode().split("<main", 1)[-1]
    assert not Participant.objects.exists()


@pytest.mark.django_db
def test_guessing_tokens_is_refused_after_ten_wrong_ones(client, invitation):
    for n in range(11):
        assert client.get(f"/hoi-nghi-tap-huan/dang-ky/doan-thu-{n}/").status_code == 404
    assert client.get("/hoi-nghi-tap-huan/dang-ky/doan-thu-x/").status_code == 429
    assert client.get(invitation.get_absolute_url()).status_code == 429  # even a right one, from that address


@pytest.mark.django_db
def test_a_post_without_the_csrf_token_is_refused(invitation):
    with time_machine.travel(BEFORE, tick=False):
        response = Client(enforce_csrf_checks=True).post(
            invitation.get_absolute_url(), post_data(("An", "an@x.vn", ""))
        )
    assert response.status_code == 403
