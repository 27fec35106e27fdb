"""Tests of awards/admin/commendations.py: the lists filter by school year, form, unit and issuer, and search without
diacritics."""

import pytest

from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UnitFactory

pytestmark = pytest.mark.django_db


def test_lists_filter_by_school_year_form_unit_and_issuer_and_search_without_diacritics(client, editor):
    school = UnitFactory(name="Trường THPT Chu Văn An")
    CommendationFactory(recipient_name="Nguyễn Thị Thu Hà", unit=school)
    CommendationFactory(
        recipient_name="Lê Văn Hùng",
        decision=DecisionFactory(issuer="province", number="8/QĐ-UBND"),
        form=AwardFormFactory(name="Bằng khen của Chủ tịch UBND tỉnh", level="province"),
    )
    html = client.get("/admin/awards/decision/").content.decode()
    for heading in ("năm học / năm", "cơ quan ban hành", "hình thức khen thưởng", "đơn vị"):
        assert f'data-filter-title="{heading}"' in html
    html = client.get("/admin/awards/commendation/", {"q": "nguyen thi thu ha"}).content.decode()
    assert "Nguyễn Thị Thu Hà" in html and "Lê Văn Hùng" not in html
    html = client.get("/admin/awards/commendation/", {"decision__issuer__exact": "province"}).content.decode()
    assert "Lê Văn Hùng" in html and "Nguyễn Thị Thu Hà" not in html
