"""Tests of trainings/selectors.py: upcoming trainings, attendance figures, the year overview and the school year."""

import datetime

import pytest

from portal.models import Unit, UnitSuccession
from tests.factories.portal import UnitFactory
from tests.factories.trainings import (
    ParticipantFactory,
    RemoteSiteFactory,
    SessionFactory,
    TopicFactory,
    TrainingFactory,
)
from tests.trainings.conftest import at
from trainings.selectors import (
    current_school_year,
    training_attendance,
    trainings_for_leaders,
    trainings_upcoming,
    year_overview,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen")]


def figures(rows, *keys):
    return [tuple(row[k] for k in keys) for row in rows]


def test_attendance_by_unit_and_role_on_a_known_data_set(known_training):
    result = training_attendance(known_training)
    keys = ("label", "registered", "present", "absent", "excused", "unknown", "rate")
    assert figures(result.by_unit, *keys) == [
        ("Phòng GD&ĐT Krông Ana", 4, 3, 1, 0, 0, 75.0),
        ("Phòng GD&ĐT Lắk", 3, 1, 0, 1, 1, 33.3),
    ]
    assert figures(result.by_role, *keys) == [
        ("Đại biểu", 5, 3, 1, 1, 0, 60.0),
        ("Báo cáo viên", 1, 1, 0, 0, 0, 100.0),
        ("Phóng viên", 1, 0, 0, 0, 1, 0.0),
    ]
    assert result.total == {
        "registered": 7,
        "present": 4,
        "absent": 1,
        "excused": 1,
        "unknown": 1,
        "rate": 57.1,
    }


def test_a_school_is_named_with_its_bureau_since_school_names_recur():
    training = TrainingFactory()
    for place in ("Krông Ana", "Lắk"):
        bureau = UnitFactory(name=f"Phòng GD&ĐT {place}", short_name=f"Phòng GD&ĐT {place}", kind="bureau")
        ParticipantFactory(training=training, unit=UnitFactory(name="Trường Mầm non Hoa Sen", parent=bureau))
    ParticipantFactory(training=training, unit=None, email="")
    labels = sorted(row["label"] for row in training_attendance(training).by_unit)
    assert labels == [
        "(Không ghi đơn vị)",
        "Trường Mầm non Hoa Sen (Phòng GD&ĐT Krông Ana)",
        "Trường Mầm non Hoa Sen (Phòng GD&ĐT Lắk)",
    ]


def test_year_overview_counts_trainings_delegates_topics_and_units_that_sent_nobody(known_training):
    crisis = TopicFactory(name="Truyền thông xử lý khủng hoảng")
    SessionFactory(training=known_training, topic=crisis)
    other = TrainingFactory(status="planned", school_year="2025-2026")
    SessionFactory(training=other, topic=crisis)
    SessionFactory(training=other, topic=TopicFactory(name="Mạng xã hội"))
    ParticipantFactory(training=other)
    TrainingFactory(status="cancelled", school_year="2025-2026")
    idle = UnitFactory(name="Trường Tiểu học Hòa Bình")
    data = year_overview("2025-2026")
    assert data.totals == {
        "trainings": 2,
        "held": 1,
        "registered": 8,
        "present": 4,
        "registered_held": 7,
        "named_present": 4,
        "remote_present": 0,
        "counted": 0,
        "attended": 4,
        "rate": 57.1,
    }
    assert [(t.name, t.trainings_count) for t in data.topics] == [
        ("Mạng xã hội", 1),
        ("Truyền thông xử lý khủng hoảng", 2),
    ]
    idle_names = [u.name for u in data.idle_units]
    assert "Trường Tiểu học Hòa Bình" in idle_names
    assert "Phòng Giáo dục và Đào tạo huyện Krông Ana" not in idle_names
    assert idle in data.idle_units


def test_the_school_year_starts_in_august():
    assert current_school_year(datetime.date(2025, 7, 31)) == "2024-2025"
    assert current_school_year(datetime.date(2025, 8, 1)) == "2025-2026"
    assert current_school_year(datetime.date(2026, 5, 20)) == "2025-2026"


def test_upcoming_trainings_are_public_not_over_not_cancelled_soonest_first():
    later = TrainingFactory(title="Tọa đàm mạng xã hội", status="open", **at(20))
    soon = TrainingFactory(title="Tập huấn phát ngôn", status="planned", **at(3))
    TrainingFactory(title="Đã qua", **at(-3))
    TrainingFactory(title="Đã hủy", status="cancelled", **at(5))
    TrainingFactory(title="Nội bộ", is_public=False, **at(4))
    assert trainings_upcoming() == [soon, later]
    assert trainings_upcoming(limit=1) == [soon]


def _hybrid(known_training, *, sites=12, each=30):
    """``known_training`` (4 named present) with ``sites`` remote sites of ``each`` people and 15 counted at the hall."""
    known_training.format = "hybrid"
    known_training.counted_attendance = 15
    known_training.save()
    for n in range(sites):
        RemoteSiteFactory(training=known_training, head_count=each, unit=UnitFactory(name=f"Phòng GD&ĐT điểm cầu {n}"))
    return known_training


def test_the_total_adds_named_people_remote_sites_and_people_counted_but_not_named(known_training):
    _hybrid(known_training)
    RemoteSiteFactory(training=known_training, head_count=None)  # not reported yet: counts nothing
    assert training_attendance(known_training).attended == {
        "named_present": 4,
        "remote_present": 360,
        "counted": 15,
        "attended": 379,
    }
    listed = trainings_for_leaders().get(pk=known_training.pk)
    assert (listed.present, listed.remote_present, listed.counted, listed.attended) == (4, 360, 15, 379)


def test_a_unit_that_followed_only_from_a_remote_site_is_not_idle(known_training):
    host = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Ea Kar")
    served = UnitFactory(name="Trường Tiểu học Ea Kar")
    silent = UnitFactory(name="Trường Tiểu học Cư Huê")
    site = RemoteSiteFactory(training=known_training, unit=host, head_count=28)
    site.served_units.add(served)
    RemoteSiteFactory(training=known_training, unit=silent, head_count=0)  # connected, nobody counted
    data = year_overview("2025-2026")
    idle_names = {u.name for u in data.idle_units}
    assert host.name not in idle_names
    assert served.name not in idle_names
    assert silent.name in idle_names
    assert (data.totals["remote_present"], data.totals["attended"]) == (28, 32)


def test_a_record_keeps_the_units_of_its_day_and_a_leader_may_roll_them_up_to_todays(known_training):
    ka = known_training.participants.get(role="speaker").unit
    commune = UnitFactory(name="Ủy ban nhân dân xã Krông Ana", short_name="UBND xã Krông Ana", kind="commune")
    UnitSuccession.objects.create(predecessor=ka, successor=commune, on=datetime.date(2025, 7, 1))
    Unit.objects.filter(pk=ka.pk).update(valid_to=datetime.date(2025, 6, 30), is_active=False)
    as_then = figures(training_attendance(known_training).by_unit, "label", "present", "registered")
    assert as_then == [("Phòng GD&ĐT Krông Ana", 3, 4), ("Phòng GD&ĐT Lắk", 1, 3)]
    rolled = figures(training_attendance(known_training, by_today_units=True).by_unit, "label", "present", "registered")
    assert sorted(rolled) == [("Phòng GD&ĐT Lắk", 1, 3), ("UBND xã Krông Ana", 3, 4)]


def test_units_that_sent_nobody_are_those_of_that_year_of_a_kind_that_reports():
    TrainingFactory(school_year="2025-2026")
    gone = UnitFactory(name="Phòng GD&ĐT huyện Cũ", kind="bureau", valid_to=datetime.date(2024, 6, 30), is_active=False)
    that_year = UnitFactory(name="Phòng GD&ĐT huyện Lắk", kind="bureau", valid_to=datetime.date(2025, 6, 30))
    UnitFactory(name="Ủy ban nhân dân xã Lắk", kind="commune")
    assert [u.name for u in year_overview("2024-2025").idle_units if u.kind != "school"] == [that_year.name]
    assert gone not in year_overview("2024-2025").idle_units
    assert [u.name for u in year_overview("2025-2026").idle_units if u.kind != "school"] == []
