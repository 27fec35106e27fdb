"""Tests of awards/views.py: the public honour roll, the scans of decisions and the leaders' figures."""

import datetime
import re

import pytest
import time_machine

from portal import roles
from portal.models import SiteProfile
from tests.awards.conftest import NOW, PDF, REVOKED, decision_with_scan
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UnitFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("profile", "private_root")]


URL = "/lanh-dao/khen-thuong/"


@pytest.fixture
def profile():
    SiteProfile.objects.create(pk=1, name="Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm")


def html_of(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


# --- the honour roll ------------------------------------------------------------------------------


def test_honour_roll_shows_only_published_decisions(client, honour_roll):
    html = html_of(client.get("/khen-thuong/"))
    assert "Nguyễn Thị Thu Hà" in html
    assert "Trường THPT Chu Văn An" in html
    assert "Lê Văn Nháp" not in html
    assert "Phạm Văn Thu Hồi" not in html
    assert "130/QĐ-SGDĐT" not in html and "90/QĐ-SGDĐT" not in html
    assert "2 lượt khen thưởng." in html


def test_search_ignores_case_and_diacritics_and_matches_the_unit(client, honour_roll):
    assert "Nguyễn Thị Thu Hà" in html_of(client.get("/khen-thuong/", {"q": "NGUYEN THI THU HA"}))
    html = html_of(client.get("/khen-thuong/", {"q": "truong thpt chu van an"}))
    assert html.count('class="award-item"') == 2
    html = html_of(client.get("/khen-thuong/", {"q": "Thu Hồi"}))
    assert "Phạm Văn Thu Hồi" not in html
    assert "Không có khen thưởng nào khớp với điều kiện tìm" in html


def test_filters_by_school_year_form_and_unit(client, school):
    other_school = UnitFactory(name="Trường THCS Nguyễn Du")
    title = AwardFormFactory(name="Chiến sĩ thi đua cơ sở", recipients="individuals")
    CommendationFactory(recipient_name="Năm Nay", unit=school)
    CommendationFactory(
        decision=DecisionFactory(school_year="2023-2024", signed_on=datetime.date(2024, 6, 1)),
        recipient_name="Năm Trước",
        unit=other_school,
        form=title,
    )
    assert "Năm Trước" not in html_of(client.get("/khen-thuong/", {"nam_hoc": "2024-2025"}))
    assert "Năm Nay" not in html_of(client.get("/khen-thuong/", {"hinh_thuc": title.slug}))
    html = html_of(client.get("/khen-thuong/", {"don_vi": other_school.slug}))
    assert ("Năm Trước" in html, "Năm Nay" in html) == (True, False)
    # A value that is not on offer is ignored rather than an error.
    assert html_of(client.get("/khen-thuong/", {"nam_hoc": "1999-2000"})).count('class="award-item"') == 2


def test_honour_roll_is_paginated(client, settings, school):
    settings.PAGE_SIZE = 2
    decision = DecisionFactory()
    CommendationFactory.create_batch(5, decision=decision, unit=school)
    html = html_of(client.get("/khen-thuong/", {"trang": 3}))
    assert html.count('class="award-item"') == 1
    assert '<span aria-current="page">3</span>' in html
    assert 'href="?trang=2" rel="prev"' in html
    assert client.get("/khen-thuong/", {"trang": 4}).status_code == 404  # as every public list


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("count", [1, 30])
def test_public_pages_run_a_fixed_number_of_queries(client, django_assert_num_queries, make_article, school, count):
    decision = DecisionFactory()
    for commendation in CommendationFactory.create_batch(count, decision=decision, unit=UnitFactory()):
        commendation.articles.add(make_article(f"Gương sáng {commendation.recipient_name}"))
    CommendationFactory(decision=decision, unit=school)
    client.get("/")  # the site profile goes to the cache
    with django_assert_num_queries(9):
        client.get("/khen-thuong/")
    with django_assert_num_queries(6):
        client.get("/khen-thuong/", {"q": "tran thi hong", "nam_hoc": "2024-2025"})
    decision.articles.add(*(make_article(f"Tin trao thưởng {n}") for n in range(count)))
    with django_assert_num_queries(7):  # + the articles reporting the decision, the albums and videos of the ceremony
        client.get(decision.get_absolute_url())
    with django_assert_num_queries(4):
        client.get(f"/khen-thuong/don-vi/{school.slug}/")
    with django_assert_num_queries(3):
        client.get("/khen-thuong/guong-dien-hinh/")
    with django_assert_num_queries(2):
        client.get("/khen-thuong/quyet-dinh/")


def test_decision_page_lists_collectives_then_individuals(client, honour_roll):
    html = html_of(client.get("/khen-thuong/quyet-dinh/125-qd-sgddt-2025/"))
    assert "<h1>Quyết định số 125/QĐ-SGDĐT</h1>" in html
    assert "<dt>Ngày ký</dt><dd>09/06/2025</dd>" in html
    assert "<dt>Người ký</dt><dd>Phó Giám đốc Nguyễn Văn Thành</dd>" in html
    assert html.index("<h3>Tập thể</h3>") < html.index("<h3>Cá nhân</h3>") < html.index("Nguyễn Thị Thu Hà")


def test_draft_and_revoked_decisions_are_not_found_by_visitors(client, honour_roll):
    assert client.get(honour_roll["draft"].get_absolute_url()).status_code == 404
    assert client.get(honour_roll["revoked"].get_absolute_url()).status_code == 404


def test_editors_preview_a_draft_that_is_not_cached_or_indexed(client, honour_roll):
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.get(honour_roll["draft"].get_absolute_url())
    html = html_of(response)
    assert "Bản xem trước cho biên tập viên: quyết định đang ở trạng thái “Bản nháp”" in html
    assert "Lê Văn Nháp" in html
    assert "no-cache" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_unit_page_shows_what_the_unit_and_its_people_received_over_the_years(client, honour_roll, school):
    CommendationFactory(
        decision=DecisionFactory(school_year="2022-2023", signed_on=datetime.date(2023, 5, 30)),
        recipient_name="Hoàng Văn Cũ",
        unit=school,
    )
    CommendationFactory(recipient_name="Người Trường Khác")
    html = html_of(client.get(f"/khen-thuong/don-vi/{school.slug}/"))
    assert "<h1>Khen thưởng của Trường THPT Chu Văn An</h1>" in html
    assert "3 lượt khen thưởng." in html
    assert html.index("Năm học 2024-2025") < html.index("Năm học 2022-2023") < html.index("Hoàng Văn Cũ")
    for hidden in ("Lê Văn Nháp", "Phạm Văn Thu Hồi", "Người Trường Khác"):
        assert hidden not in html


@time_machine.travel(NOW, tick=False)
def test_exemplary_stories_show_only_published_articles_of_public_decisions(client, honour_roll, make_article):
    person = honour_roll["published"].commendations.get(recipient_kind="individual")
    person.articles.add(
        make_article("Cô Hà và những bản tin học đường"), make_article("Bài nháp chưa đăng", published=False)
    )
    honour_roll["revoked"].commendations.get().articles.add(make_article("Bài về quyết định đã thu hồi"))
    for url in ("/khen-thuong/", "/khen-thuong/guong-dien-hinh/", person.get_absolute_url()):
        html = html_of(client.get(url))
        assert "Cô Hà và những bản tin học đường" in html
        assert "Bài nháp chưa đăng" not in html
        assert "Bài về quyết định đã thu hồi" not in html


# --- the scans of decisions -----------------------------------------------------------------------


def test_the_scan_of_a_published_decision_is_for_anyone(client, private_root, tmp_path):
    decision = decision_with_scan()
    assert re.fullmatch(r"awards/decisions/[0-9a-f]{32}/qd-125-ban-quet\.pdf", decision.file.name)
    assert (private_root / decision.file.name).read_bytes() == PDF
    assert not (tmp_path / "media").exists()

    html = client.get(decision.get_absolute_url()).content.decode()
    assert (
        f'<a href="/khen-thuong/quyet-dinh/{decision.slug}/ban-quet/" type="application/pdf">'
        "Bản quét quyết định (PDF)</a>"
    ) in html
    response = client.get(f"/khen-thuong/quyet-dinh/{decision.slug}/ban-quet/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="qd-125-ban-quet.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=300"


@pytest.mark.parametrize("state", [{"status": "draft", "published_at": None}, REVOKED], ids=["draft", "revoked"])
def test_the_scan_of_a_draft_or_revoked_decision_is_404_but_for_staff_who_view_decisions(client, state):
    url = decision_with_scan(**state).get_download_url()
    assert client.get(url).status_code == 404
    # Leaders read decisions in their area but are not staff; collaborators may not view decisions.
    for role in (roles.COLLABORATOR, roles.LEADER):
        client.force_login(UserFactory(role=role))
        assert client.get(url).status_code == 404
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"] == 'attachment; filename="qd-125-ban-quet.pdf"'
    assert response["Cache-Control"] == "private, no-store"


def test_a_decision_without_a_scan_is_404(client):
    decision = DecisionFactory()
    assert client.get(f"/khen-thuong/quyet-dinh/{decision.slug}/ban-quet/").status_code == 404


# --- the leaders' figures -------------------------------------------------------------------------


def test_leaders_see_tables_and_charts_in_a_fixed_number_of_queries(client, data, django_assert_num_queries):
    client.force_login(UserFactory(role=roles.LEADER))
    client.get(URL)  # session, user and site profile warm up
    # 10, + the count of what awaits the leaders in their menu (news.selectors.articles.leaders_awaiting_count).
    with django_assert_num_queries(11):
        response = client.get(URL, {"nam_hoc": "2024-2025"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<svg class="chart"') == 3
    assert '<title id="chart-khen-thuong-theo-don-vi-title">Khen thưởng theo đơn vị</title>' in html
    assert '<th scope="row">Năm học 2024-2025</th>' in html
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
