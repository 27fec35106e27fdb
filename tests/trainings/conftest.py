"""Fixtures and helpers the trainings' test folders share: people and a known record, the public clock, a training
with reminders."""

import datetime

import pytest
import time_machine

from portal import roles
from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import HCM, ParticipantFactory, TrainingFactory
from trainings.enums import Attendance, ParticipantRole


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    return client


@pytest.fixture
def people():
    return {
        "collaborator": UserFactory(role=roles.COLLABORATOR),
        "editor": UserFactory(role=roles.EDITOR),
        "leader": UserFactory(role=roles.LEADER),
    }


@pytest.fixture
def leader():
    return UserFactory(role=roles.LEADER, last_name="Nguyễn Văn", first_name="Thành")


@pytest.fixture
def known_training():
    """Two units: Krông Ana 4 people (3 present, 1 absent), Lắk 3 (1 present, 1 excused, 1 unknown)."""
    training = TrainingFactory(title="Tập huấn truyền thông xử lý khủng hoảng")
    ka = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Krông Ana", short_name="Phòng GD&ĐT Krông Ana", order=1)
    lak = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Lắk", short_name="Phòng GD&ĐT Lắk", order=2)
    rows = [
        (ka, ParticipantRole.DELEGATE, Attendance.PRESENT),
        (ka, ParticipantRole.DELEGATE, Attendance.PRESENT),
        (ka, ParticipantRole.SPEAKER, Attendance.PRESENT),
        (ka, ParticipantRole.DELEGATE, Attendance.ABSENT),
        (lak, ParticipantRole.DELEGATE, Attendance.PRESENT),
        (lak, ParticipantRole.DELEGATE, Attendance.EXCUSED),
        (lak, ParticipantRole.PRESS, Attendance.UNKNOWN),
    ]
    for unit, role, attendance in rows:
        ParticipantFactory(training=training, unit=unit, role=role, attendance=attendance)
    return training


NOW = datetime.datetime(2025, 11, 1, 9, 0, tzinfo=HCM)


def at(days: int) -> dict:
    start = NOW + datetime.timedelta(days=days)
    return {"starts_at": start, "ends_at": start + datetime.timedelta(hours=8)}


@pytest.fixture
def frozen():
    """The public side's clock: NOW, standing still."""
    with time_machine.travel(NOW, tick=False):
        yield


START = datetime.datetime(2025, 11, 20, 7, 30, tzinfo=HCM)


# The 72-hour reminder of a training starting at START is due at this moment.
DUE = START - datetime.timedelta(hours=72)


@pytest.fixture
def training():
    """An open training starting at START, with three delegates of one unit."""
    training = TrainingFactory(
        title="Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        starts_at=START,
        ends_at=START + datetime.timedelta(hours=9),
        status="open",
        venue="Hội trường Sở GD&ĐT, 8 Nguyễn Tất Thành",
        summary="Kỹ năng phát ngôn cho cán bộ quản lý các đơn vị.",
    )
    unit = UnitFactory()
    for number in range(1, 4):
        ParticipantFactory(training=training, unit=unit, full_name=f"Đại biểu {number}", email=f"db{number}@example.vn")
    return training


def addresses(sink) -> list[str]:
    return sorted(message["To"] for message in sink.messages)
