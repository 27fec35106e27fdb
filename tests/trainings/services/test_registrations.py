"""Online registration by units: invitations, the unit's list, the one reminder, closing."""

import datetime
import email
import email.policy
import socket

import pytest
import time_machine
from django.core.exceptions import PermissionDenied

from portal import roles
from portal.owed import owed_sweep
from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import HCM, ParticipantFactory, RemoteSiteFactory, TrainingFactory
from trainings.models import Invitation, Participant
from trainings.services.registrations import (
    DelegateRow,
    RegistrationError,
    invitation_mail_once,
    invitation_reissue,
    invitation_revoke,
    invitations_create,
    registration_close,
    registration_save,
)

START = datetime.datetime(2025, 11, 20, 7, 30, tzinfo=HCM)
DEADLINE = START - datetime.timedelta(days=3)
REMIND_AT = DEADLINE - datetime.timedelta(days=2)
INVITED_AT = START - datetime.timedelta(days=14)


def parsed(message):
    return email.message_from_bytes(message.as_bytes(), policy=email.policy.default)


def rows(*names, tag="u"):
    return [
        DelegateRow(full_name=name, position="Hiệu trưởng", email=f"{tag}.{i}@x.vn", phone=f"0905 111 22{i}")
        for i, name in enumerate(names)
    ]


@pytest.fixture
def organiser():
    return UserFactory(role=roles.EDITOR)


@pytest.fixture
def training():
    return TrainingFactory(
        title="Hội nghị triển khai nhiệm vụ năm học",
        starts_at=START,
        status="open",
        registration_deadline=DEADLINE,
        registration_reminder_at=REMIND_AT,
    )


@pytest.mark.django_db
def test_twenty_units_invited_fifteen_register_five_reminded_once_then_closed(training, organiser, smtp_sink):
    units = [UnitFactory(name=f"Trường THPT Số {n:02d}", email=f"thpt{n:02d}@x.vn") for n in range(20)]
    with time_machine.travel(INVITED_AT, tick=False) as clock:
        assert invitations_create(training=training, units=units, places=2, by=organiser) == 20
        clock.shift(datetime.timedelta(minutes=3))
        assert owed_sweep()["trainings.registration_invitations"] == 20
        assert owed_sweep() == {}  # exactly once
        invitation_mails = [parsed(m) for m in smtp_sink.messages]
        first = invitation_mails[0]
        assert first["Subject"].strip() == "[Giấy mời] Hội nghị triển khai nhiệm vụ năm học: đăng ký đại biểu"
        body = first.get_body(("plain",)).get_content()
        invitation = Invitation.objects.get(unit__email=first["To"])
        assert "Ban tổ chức trân trọng mời đơn vị cử 2 đại biểu tham dự" in body
        assert f"/hoi-nghi-tap-huan/dang-ky/{invitation.token}/\n" in body
        (ics,) = list(first.iter_attachments())
        assert ics.get_content_type() == "text/calendar"

        invitations = list(Invitation.objects.order_by("unit__name"))
        for n, invitation in enumerate(invitations[:15]):
            registration_save(invitation=invitation, rows=rows(f"Nguyễn Văn A{n}", f"Trần Thị B{n}", tag=f"u{n}"))
        clock.shift(datetime.timedelta(minutes=3))
        assert owed_sweep()["trainings.registration_confirmations"] == 15
        confirmation = parsed(smtp_sink.messages[20])
        assert confirmation["Subject"].strip() == "[Xác nhận đăng ký] Hội nghị triển khai nhiệm vụ năm học"
        assert (
            "1. Nguyễn Văn A0, Hiệu trưởng, u0.0@x.vn, 0905 111 220" in confirmation.get_body(("plain",)).get_content()
        )

        clock.move_to(REMIND_AT - datetime.timedelta(minutes=1))
        assert "trainings.registration_reminders" not in owed_sweep()
        clock.move_to(REMIND_AT + datetime.timedelta(minutes=1))
        assert owed_sweep()["trainings.registration_reminders"] == 5
        clock.shift(datetime.timedelta(hours=1))
        assert owed_sweep() == {}
        reminded = sorted(parsed(m)["To"] for m in smtp_sink.messages[35:])
        assert reminded == [f"thpt{n:02d}@x.vn" for n in range(15, 20)]
        assert len(smtp_sink.messages) == 40

        clock.move_to(DEADLINE + datetime.timedelta(minutes=1))
        with pytest.raises(RegistrationError):
            registration_save(invitation=invitations[0], rows=rows("Lê Văn C"))
        registration_close(training=training, by=organiser)

    registered = Participant.objects.filter(training=training)
    assert registered.count() == 30
    assert set(registered.values_list("invitation__unit__name", flat=True)) == {u.name for u in units[:15]}
    assert registered.filter(unit=units[0]).count() == 2


@pytest.mark.django_db
def test_a_list_with_bad_rows_is_refused_whole_with_row_numbers(training):
    invitation = Invitation.objects.create(training=training, unit=UnitFactory(), places=4)
    ParticipantFactory(training=training, email="da.co@x.vn")
    bad = [
        DelegateRow(full_name="Nguyễn Văn An", email="an@x.vn", phone="0905111222"),
        DelegateRow(full_name="", position="Giáo viên"),
        DelegateRow(full_name="Lê Thị Bình", email="sai-thu", phone="12ab"),
        DelegateRow(full_name="Nguyễn Văn An", email="AN@x.vn"),
    ]
    with time_machine.travel(DEADLINE - datetime.timedelta(days=1), tick=False):
        with pytest.raises(RegistrationError) as refused:
            registration_save(invitation=invitation, rows=bad)
        assert refused.value.problems == [
            (2, "thiếu họ và tên."),
            (3, "thư điện tử “sai-thu” không hợp lệ."),
            (3, "số điện thoại “12ab” không hợp lệ; ví dụ đúng: 0905 111 222."),
            (4, "trùng với dòng 1."),
        ]
        with pytest.raises(RegistrationError) as other_unit:
            registration_save(invitation=invitation, rows=[DelegateRow(full_name="Hà Văn C", email="da.co@x.vn")])
        assert other_unit.value.problems == [(1, "người này đã có trong danh sách của hội nghị.")]
        too_many = [DelegateRow(full_name=f"Người {n}") for n in range(5)]
        with pytest.raises(RegistrationError) as over:
            registration_save(invitation=invitation, rows=too_many)
        assert over.value.problems == [(None, "Đơn vị được cử 4 đại biểu; danh sách có 5 người.")]
    assert not Participant.objects.filter(invitation=invitation).exists()
    assert Invitation.objects.get(pk=invitation.pk).answered_at is None


@pytest.mark.django_db
def test_editing_replaces_the_list_and_keeps_the_remote_site(training):
    site = RemoteSiteFactory(training=training)
    invitation = Invitation.objects.create(training=training, unit=UnitFactory(), places=2)
    with time_machine.travel(DEADLINE - datetime.timedelta(days=1), tick=False):
        registration_save(invitation=invitation, rows=rows("An", "Bình"))
        registration_save(invitation=invitation, rows=[DelegateRow(full_name="Cường", remote_site_id=site.pk)])
    assert list(Participant.objects.filter(invitation=invitation).values_list("full_name", "remote_site")) == [
        ("Cường", site.pk)
    ]


@pytest.mark.django_db
def test_revoked_or_reissued_links_stop_working(training, organiser):
    invitation = Invitation.objects.create(training=training, unit=UnitFactory(), places=2)
    old = invitation.token
    assert Invitation.objects.for_token(old) == invitation
    assert Invitation.objects.for_token(old[:-1] + ("A" if old[-1] != "A" else "B")) is None
    invitation_revoke(invitation=invitation, by=organiser)
    assert not Invitation.objects.for_token(old).is_open(DEADLINE - datetime.timedelta(days=1))
    invitation_reissue(invitation=invitation, by=organiser)
    assert Invitation.objects.for_token(old) is None
    assert Invitation.objects.for_token(invitation.token).is_open(DEADLINE - datetime.timedelta(days=1))
    assert old not in str(Invitation.objects.filter(pk=invitation.pk).values().get())


@pytest.mark.django_db
def test_only_organisers_invite(training):
    with pytest.raises(PermissionDenied):
        invitations_create(training=training, units=[UnitFactory()], places=1, by=UserFactory(role=roles.COLLABORATOR))


@pytest.mark.django_db
def test_a_refused_invitation_mail_is_released_and_sent_at_the_next_sweep(training, settings, smtp_sink):
    port = settings.EMAIL_PORT
    with socket.socket() as closed:  # a port nothing listens on: the mail server refuses
        closed.bind(("127.0.0.1", 0))
        settings.EMAIL_PORT = closed.getsockname()[1]
    with time_machine.travel(INVITED_AT, tick=False) as clock:
        invitation = Invitation.objects.create(training=training, unit=UnitFactory(email="thpt@x.vn"), places=1)
        assert invitation_mail_once(invitation_id=invitation.pk) is False
        assert Invitation.objects.values_list("invitation_sent_at", "invitation_claimed_at").get(pk=invitation.pk) == (
            None,
            None,
        )
        settings.EMAIL_PORT = port
        clock.shift(datetime.timedelta(minutes=3))
        assert owed_sweep() == {"trainings.registration_invitations": 1}
    assert [m["To"] for m in smtp_sink.messages] == ["thpt@x.vn"]
