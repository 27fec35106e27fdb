"""Tests of portal/db.py: names sorted in Vietnamese alphabetical order."""

import pytest

from news.models import Tag
from portal.models import Unit
from tests.factories.news import TagFactory
from tests.factories.portal import UnitFactory, UserFactory

pytestmark = pytest.mark.django_db

# As a Vietnamese reader expects them: Â after A, Đ after D, Ơ after Ô, all before Y.
UNITS_IN_ORDER = [
    "Trường THCS Âu Cơ",
    "Trường THCS Dương Minh Châu",
    "Trường THCS Đoàn Kết",
    "Trường THCS Ơn Sơn",
    "Trường THCS Yên Thế",
]


def test_units_and_tags_are_sorted_in_vietnamese_order():
    for name in reversed(UNITS_IN_ORDER):
        UnitFactory(name=name)
    for name in ["Zalo", "Đổi mới", "Ôn thi", "An toàn", "Ánh sáng", "Dạy học"]:
        TagFactory(name=name)
    assert list(Unit.objects.order_by("name").values_list("name", flat=True)) == UNITS_IN_ORDER
    assert list(Tag.objects.values_list("name", flat=True)) == [  # Meta.ordering
        "An toàn",
        "Ánh sáng",
        "Dạy học",
        "Đổi mới",
        "Ôn thi",
        "Zalo",
    ]
    # Equality stays exact: the collation tells "Đổi mới" from "Doi moi".
    assert not Tag.objects.filter(name="Doi moi").exists()


def test_the_units_list_of_the_admin_is_in_vietnamese_order(client):
    for name in reversed(UNITS_IN_ORDER):
        UnitFactory(name=name)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get("/admin/portal/unit/").text
    assert [html.index(name) for name in UNITS_IN_ORDER] == sorted(html.index(name) for name in UNITS_IN_ORDER)
