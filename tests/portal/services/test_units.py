"""Tests of portal/services/units.py and the lineage reads of portal/selectors.py: mergers, splits, the checks that
refuse a wrong lineage, and the roll-up to today's units."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from portal import roles
from portal.models import Unit, UnitSuccession
from portal.selectors import UnitMatcher, units_today
from portal.services.units import LineageError, units_succeed
from tests.factories.portal import UnitFactory, UserFactory

pytestmark = pytest.mark.django_db

REFORM = datetime.date(2025, 7, 1)


@pytest.fixture
def admin_user():
    return UserFactory(role=roles.ADMINISTRATOR)


@pytest.fixture
def district():
    bureau_a = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Krông Ana", kind="bureau")
    bureau_b = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Cư Kuin", kind="bureau")
    commune = UnitFactory(name="Ủy ban nhân dân xã Krông Ana", kind="commune")
    return bureau_a, bureau_b, commune


def test_a_merger_closes_the_old_units_the_day_before_and_records_the_lineage(admin_user, district):
    bureau_a, bureau_b, commune = district
    units_succeed(predecessors=[bureau_a, bureau_b], successors=[commune], on=REFORM, note="Nghị quyết", by=admin_user)
    bureau_a.refresh_from_db()
    commune.refresh_from_db()
    assert (bureau_a.valid_to, bureau_a.is_active) == (datetime.date(2025, 6, 30), False)
    assert commune.valid_from == REFORM
    assert sorted(UnitSuccession.objects.values_list("predecessor__name", "successor__name")) == [
        ("Phòng Giáo dục và Đào tạo huyện Cư Kuin", "Ủy ban nhân dân xã Krông Ana"),
        ("Phòng Giáo dục và Đào tạo huyện Krông Ana", "Ủy ban nhân dân xã Krông Ana"),
    ]
    assert [u.name for u in Unit.objects.valid_on(datetime.date(2025, 6, 30)).filter(kind="bureau")] == [
        "Phòng Giáo dục và Đào tạo huyện Cư Kuin",
        "Phòng Giáo dục và Đào tạo huyện Krông Ana",
    ]
    assert not Unit.objects.valid_on(REFORM).filter(kind="bureau").exists()


def test_the_roll_up_follows_a_chain_and_sends_a_split_unit_to_its_first_successor(admin_user, district):
    bureau_a, bureau_b, commune = district
    ward = UnitFactory(name="Ủy ban nhân dân phường Tân An", kind="commune", order=1)
    units_succeed(predecessors=[bureau_a], successors=[ward, commune], on=REFORM, by=admin_user)
    later = UnitFactory(name="Ủy ban nhân dân phường Buôn Ma Thuột", kind="commune")
    units_succeed(predecessors=[ward], successors=[later], on=datetime.date(2026, 1, 1), by=admin_user)
    school = UnitFactory(name="Trường Tiểu học Hòa Bình")
    today = units_today({bureau_a.pk, bureau_b.pk, school.pk})
    assert {key: unit.name for key, unit in today.items()} == {
        bureau_a.pk: "Ủy ban nhân dân xã Krông Ana",  # order 0 comes before the ward's 1
        bureau_b.pk: "Phòng Giáo dục và Đào tạo huyện Cư Kuin",
        school.pk: "Trường Tiểu học Hòa Bình",
    }


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("itself", "“Ủy ban nhân dân xã Krông Ana” không thể kế thừa chính nó."),
        ("loop", "đã kế thừa (trực tiếp hoặc qua nhiều bước) từ"),
        ("before_end", "còn hoạt động đến hết 31/12/2025; đơn vị kế thừa không thể bắt đầu trước đó."),
    ],
)
def test_a_wrong_lineage_is_refused_in_vietnamese_and_nothing_is_saved(admin_user, district, case, message):
    bureau_a, bureau_b, commune = district
    if case == "itself":
        predecessors, successors = [commune], [commune]
    elif case == "loop":
        units_succeed(predecessors=[bureau_a], successors=[commune], on=REFORM, by=admin_user)
        predecessors, successors = [commune], [bureau_a]
    else:
        Unit.objects.filter(pk=bureau_b.pk).update(valid_to=datetime.date(2025, 12, 31))
        predecessors, successors = [bureau_b], [commune]
    before = list(UnitSuccession.objects.values_list("pk", flat=True))
    with pytest.raises(LineageError) as error:
        units_succeed(predecessors=predecessors, successors=successors, on=REFORM, by=admin_user)
    assert message in str(error.value)
    assert list(UnitSuccession.objects.values_list("pk", flat=True)) == before
    bureau_b.refresh_from_db()
    assert bureau_b.is_active


def test_only_those_who_may_change_units_record_a_merger(district):
    bureau_a, _b, commune = district
    with pytest.raises(PermissionDenied):
        units_succeed(predecessors=[bureau_a], successors=[commune], on=REFORM, by=UserFactory(role=roles.LEADER))


def test_the_admin_action_records_a_merger_in_one_step(client, admin_user, district):
    bureau_a, bureau_b, commune = district
    client.force_login(admin_user)
    data = {"action": "record_succession", "_selected_action": [bureau_a.pk, bureau_b.pk]}
    form = client.post("/admin/portal/unit/", data)
    assert "Ghi nhận sáp nhập, kế thừa" in form.content.decode()
    done = client.post("/admin/portal/unit/", {**data, "apply": "1", "successor": commune.pk, "on": "01/07/2025"})
    assert done.status_code == 302
    assert UnitSuccession.objects.filter(successor=commune).count() == 2
    again = client.post("/admin/portal/unit/", {**data, "apply": "1", "successor": commune.pk, "on": "01/07/2025"})
    assert (
        "Việc kế thừa của “Phòng Giáo dục và Đào tạo huyện Krông Ana” đã được ghi nhận trước đây."
        in again.content.decode()
    )
    assert UnitSuccession.objects.count() == 2


def test_an_import_matches_an_old_name_and_picks_the_unit_of_its_date_when_a_name_was_reused():

    old = UnitFactory(name="Trường Tiểu học Lê Lợi", valid_to=datetime.date(2025, 6, 30), is_active=False)
    new = UnitFactory(name="Trường Tiểu học Lê Lợi", valid_from=REFORM)
    assert UnitMatcher(on=datetime.date(2024, 10, 1)).match("truong tieu hoc le loi") == (old, None)
    assert UnitMatcher(on=datetime.date(2025, 10, 1)).match("Trường Tiểu học Lê Lợi") == (new, None)
    assert UnitMatcher().match("Trường Tiểu học Lê Lợi")[0] is None  # without a date: ask for the code
