"""The leaders' figures: commendations per school year, form and unit, as tables and SVG charts."""

import datetime

import pytest

from awards.selectors import commendation_figures
from portal import roles
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UnitFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/lanh-dao/khen-thuong/"


@pytest.fixture
def data():
    school, bureau = UnitFactory(name="Trường THPT Chu Văn An"), UnitFactory(name="Phòng GD&ĐT huyện Lắk")
    giay_khen = AwardFormFactory(name="Giấy khen của Giám đốc Sở", order=1)
    title = AwardFormFactory(name="Lao động tiên tiến", category="title", recipients="individuals", order=2)
    this_year = DecisionFactory(school_year="2024-2025")
    CommendationFactory(
        decision=this_year, form=giay_khen, recipient_kind="collective", unit=school, prize_amount=1404000
    )
    CommendationFactory.create_batch(2, decision=this_year, form=giay_khen, unit=school, prize_amount=702000)
    CommendationFactory(decision=this_year, form=title, unit=bureau)
    last_year = DecisionFactory(school_year="2023-2024", signed_on=datetime.date(2024, 5, 20))
    CommendationFactory(decision=last_year, form=title, unit=bureau)
    hidden = DecisionFactory(status="draft", published_at=None)
    CommendationFactory.create_batch(5, decision=hidden, form=title, unit=bureau)
    return {"school": school, "bureau": bureau}


def rows(items, *keys):
    return [tuple(item[k] for k in ("label", *keys)) for item in items]


def test_figures_count_public_commendations_per_year_form_and_unit(data):
    figures = commendation_figures()
    assert rows(figures.school_years, "collective", "individual", "total", "prize_total") == [
        ("2024-2025", 1, 3, 4, 2808000),
        ("2023-2024", 0, 1, 1, None),
    ]
    assert rows(figures.forms, "collective", "individual", "total") == [
        ("Giấy khen của Giám đốc Sở", 1, 2, 3),
        ("Lao động tiên tiến", 0, 2, 2),
    ]
    assert rows(figures.units, "total") == [("Trường THPT Chu Văn An", 3), ("Phòng GD&ĐT huyện Lắk", 2)]
    assert (figures.unit_count, figures.decision_count) == (2, 2)


def test_figures_of_one_school_year_narrow_forms_and_units_but_keep_the_yearly_trend(data):
    figures = commendation_figures(school_year="2023-2024")
    assert len(figures.school_years) == 2
    assert rows(figures.forms, "total") == [("Lao động tiên tiến", 1)]
    assert rows(figures.units, "total") == [("Phòng GD&ĐT huyện Lắk", 1)]
    assert figures.decision_count == 1


def test_leaders_see_tables_and_charts_in_a_fixed_number_of_queries(client, data, django_assert_num_queries):
    client.force_login(UserFactory(role=roles.LEADER))
    client.get(URL)  # session, user and site profile warm up
    with django_assert_num_queries(10):
        response = client.get(URL, {"nam_hoc": "2024-2025"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<svg class="chart"') == 3
    assert '<title id="chart-khen-thuong-theo-don-vi-title">Khen thưởng theo đơn vị</title>' in html
    assert '<th scope="row">2024-2025</th>' in html
    assert "2.808.000" in html
    assert "Năm học 2024-2025: 1 quyết định." in html
    assert 'aria-current="page">Thi đua - Khen thưởng</a>' in html
    assert "no-cache" in response["Cache-Control"]


def test_figures_are_for_leaders_only(client):
    assert client.get(URL)["Location"].startswith("/dang-nhap/")
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    assert client.get(URL).status_code == 403
    client.force_login(UserFactory(role=roles.EDITOR))  # editors hold the leaders' area permission too
    assert client.get(URL).status_code == 200
