"""Tests of trainings/views/leaders.py: who may enter the leaders' area, its pages and their query counts, comments
and sign-off."""

import datetime
import io

import pytest
import time_machine
from openpyxl import load_workbook

from portal import roles
from portal.models import UnitSuccession
from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import (
    HCM,
    MaterialFactory,
    PaperFactory,
    ParticipantFactory,
    RemoteSiteFactory,
    SessionFactory,
    SpeakerFactory,
    TrainingFactory,
)
from trainings.enums import Attendance, ReviewStatus
from trainings.models import Invitation, Participant, Review, Training

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


def _grow(training, count):
    units = [UnitFactory() for _ in range(5)]
    Participant.objects.bulk_create(
        [
            Participant(
                training=training,
                full_name=f"Người {training.pk}-{n}",
                unit=units[n % 5],
                email=f"n{training.pk}-{n}@example.vn",
                person_key=f"e:n{training.pk}-{n}@example.vn",
                attendance=Attendance.PRESENT if n % 3 else Attendance.ABSENT,
            )
            for n in range(count)
        ]
    )


def _full_record(training):
    speaker = SpeakerFactory()
    for _ in range(3):
        SessionFactory(training=training, speakers=[speaker, SpeakerFactory()])
    RemoteSiteFactory(training=training, head_count=25, unit=UnitFactory())
    RemoteSiteFactory(training=training)
    Review.objects.create(training=training, author=UserFactory(), comment="Tốt.")


def test_the_leaders_record_links_every_material_and_paper(client, people):
    training = TrainingFactory(is_public=False)
    internal = MaterialFactory(training=training, title="Kế hoạch (dự thảo)")
    paper = PaperFactory(training=training, title="Kinh nghiệm của trường")
    client.force_login(people["leader"])
    html = client.get(training.get_leaders_url()).content.decode()
    assert f'<a href="/hoi-nghi-tap-huan/tham-luan/{paper.pk}/">Kinh nghiệm của trường</a>' in html
    assert f'<a href="/hoi-nghi-tap-huan/tai-lieu/{internal.pk}/">Kế hoạch (dự thảo)</a>' in html
    assert client.get(internal.get_download_url()).status_code == 200
    assert client.get(paper.get_download_url()).status_code == 200


def test_the_record_page_shows_the_table_and_the_chart(client, leader, known_training):
    client.force_login(leader)
    response = client.get(known_training.get_leaders_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "4/7 người đăng ký có mặt (57,1%)." in html
    assert (
        '<tr><th scope="row">Phòng GD&amp;ĐT Krông Ana</th><td class="num">4</td><td class="num">3</td>'
        '<td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">75,0%</td></tr>'
    ) in html
    assert '<svg class="chart"' in html
    assert "<title>Có mặt: 3</title>" in html
    assert html.count('<svg class="chart"') == 3  # everyone who took part, by role, by unit


def test_a_collaborator_gets_403_and_a_visitor_is_sent_to_sign_in(client, known_training):
    response = client.get("/lanh-dao/")
    assert response.status_code == 302
    assert response["Location"] == "/dang-nhap/?next=/lanh-dao/"
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    assert client.get("/lanh-dao/").status_code == 403
    assert client.get(known_training.get_leaders_url()).status_code == 403
    assert client.get("/lanh-dao/tong-hop/").status_code == 403
    assert client.post(f"/lanh-dao/hoi-nghi/{known_training.slug}/ky-duyet/", {"confirm": "on"}).status_code == 403


def test_a_leader_enters_the_leaders_area_but_not_the_admin(client, leader, known_training):
    client.force_login(leader)
    assert client.get("/lanh-dao/").status_code == 200
    assert client.get("/lanh-dao/tong-hop/").status_code == 200
    assert client.get("/admin/trainings/training/").status_code == 302


def test_an_editor_may_read_the_leaders_area_but_not_sign_off(client, known_training):
    client.force_login(UserFactory(role=roles.EDITOR))
    assert client.get(known_training.get_leaders_url()).status_code == 200
    assert client.post(f"/lanh-dao/hoi-nghi/{known_training.slug}/ky-duyet/", {"confirm": "on"}).status_code == 403


def test_a_leader_comments_then_signs_off_and_who_and_when_are_kept(client, leader, known_training):
    client.force_login(leader)
    url = known_training.get_leaders_url()
    # The comment in an hour, the sign-off an hour later (within the leader's session).
    now = datetime.datetime.now(HCM).replace(second=0, microsecond=0)
    with time_machine.travel(now + datetime.timedelta(hours=1), tick=False):
        response = client.post(url + "nhan-xet/", {"comment": "Đề nghị bổ sung số liệu điểm cầu."})
    assert response.status_code == 302
    moment = now + datetime.timedelta(hours=2)
    with time_machine.travel(moment, tick=False):
        response = client.post(url + "ky-duyet/", {"comment": "Đồng ý.", "confirm": "on"}, follow=True)
    html = response.content.decode()
    assert "Đã ký duyệt hồ sơ hội nghị." in html
    assert f"Hồ sơ đã được Nguyễn Văn Thành ký duyệt lúc {moment:%d/%m/%Y %H:%M}." in html
    training = Training.objects.get(pk=known_training.pk)
    assert (training.review_status, training.signed_off_by, training.signed_off_at) == (
        ReviewStatus.SIGNED_OFF,
        leader,
        moment,
    )
    assert list(Review.objects.values_list("comment", "is_sign_off")) == [
        ("Đề nghị bổ sung số liệu điểm cầu.", False),
        ("Đồng ý.", True),
    ]
    again = client.post(url + "ky-duyet/", {"confirm": "on"}, follow=True)
    assert "Hồ sơ đã được ký duyệt trước đó." in again.content.decode()
    assert Review.objects.filter(is_sign_off=True).count() == 1


def test_sign_off_needs_the_confirmation_and_a_held_training(client, leader):
    client.force_login(leader)
    planned = TrainingFactory(status="planned")
    response = client.post(planned.get_leaders_url() + "ky-duyet/", {"confirm": "on"}, follow=True)
    assert "Chỉ ký duyệt hồ sơ của hội nghị đã tổ chức." in response.content.decode()
    held = TrainingFactory()
    response = client.post(held.get_leaders_url() + "ky-duyet/", {}, follow=True)
    assert "Hãy đánh dấu ô xác nhận trước khi ký duyệt." in response.content.decode()
    assert not Review.objects.exists()


@pytest.mark.parametrize(("delegates", "sites"), [(3, 0), (300, 15)])
def test_the_record_page_runs_a_fixed_number_of_queries(client, leader, django_assert_num_queries, delegates, sites):
    training = TrainingFactory()
    _full_record(training)
    _grow(training, delegates)
    for _ in range(sites):
        RemoteSiteFactory(training=training, head_count=20, unit=UnitFactory()).served_units.add(UnitFactory())
        Invitation.objects.create(training=training, unit=UnitFactory(), places=3)
    client.force_login(leader)
    client.get(training.get_leaders_url())  # warm the site profile cache and the session
    # 15 for the record, + the remote sites' units served and their head count, + guests, co-organisers and
    # documents, + the commendations handed out at it, + what awaits the leaders, + units' registration
    with django_assert_num_queries(23):
        response = client.get(training.get_leaders_url())
    assert response.status_code == 200


@pytest.mark.parametrize("trainings", [1, 8])
def test_the_list_and_overview_run_a_fixed_number_of_queries(client, leader, django_assert_num_queries, trainings):
    for _ in range(trainings):
        training = TrainingFactory()
        _grow(training, 20)
        for _ in range(trainings):
            RemoteSiteFactory(training=training, head_count=12, unit=UnitFactory()).served_units.add(UnitFactory())
    client.force_login(leader)
    client.get("/lanh-dao/")
    # + 1 each: the count of what awaits the leaders in their menu (news.selectors.articles.leaders_awaiting_count).
    with django_assert_num_queries(9):
        assert client.get("/lanh-dao/?nam_hoc=2025-2026").status_code == 200
    with django_assert_num_queries(9):
        assert client.get("/lanh-dao/tong-hop/").status_code == 200


def test_the_list_filters_by_year_kind_and_words_without_diacritics(client, leader):
    TrainingFactory(title="Tập huấn kỹ năng phát ngôn", school_year="2024-2025", kind="training")
    TrainingFactory(title="Hội nghị truyền thông giáo dục", school_year="2025-2026", kind="conference")
    client.force_login(leader)
    html = client.get("/lanh-dao/?q=phat+ngon").content.decode()
    assert "Tập huấn kỹ năng phát ngôn" in html and "Hội nghị truyền thông giáo dục" not in html
    html = client.get("/lanh-dao/?nam_hoc=2025-2026&loai=conference").content.decode()
    assert "Hội nghị truyền thông giáo dục" in html and "Tập huấn kỹ năng phát ngôn" not in html


def test_the_printable_page_has_the_record_and_no_site_menu(client, leader, known_training):
    client.force_login(leader)
    html = client.get(known_training.get_leaders_url() + "ban-in/").content.decode()
    assert "Hồ sơ hội nghị: Tập huấn truyền thông xử lý khủng hoảng" in html
    assert "site-nav" not in html
    assert "<script>" not in html


def test_the_overview_page_shows_the_year_and_tells_held_from_upcoming(client, leader, known_training):
    TrainingFactory(title="Tập huấn sắp tới", status="open", school_year="2025-2026")
    client.force_login(leader)
    html = client.get("/lanh-dao/tong-hop/?nam-hoc=2025-2026").content.decode()
    assert "Năm học 2025-2026" in html
    assert "<title>Đại biểu có tên, có mặt: 4</title>" in html
    assert "<title>Đại biểu có tên, không có mặt: 3</title>" in html
    assert "Đăng ký, chưa tổ chức" in html
    assert client.get("/lanh-dao/tong-hop/?nam-hoc=1999-2000").status_code == 404


def test_a_twelve_site_hybrid_event_shows_the_same_sum_on_the_page_the_chart_and_the_export(client, leader):
    training = TrainingFactory(format="hybrid", counted_attendance=10)
    _grow(training, 45)  # 30 present, 15 absent
    for n in range(12):
        RemoteSiteFactory(training=training, unit=UnitFactory(), expected_count=30, head_count=28 + n % 3)
    remote = sum(28 + n % 3 for n in range(12))
    total = 30 + remote + 10
    client.force_login(leader)
    html = client.get(training.get_leaders_url()).content.decode()
    assert f"Tổng số người dự: {total}" in html
    assert f"<dt>Tại các điểm cầu (đếm)</dt><dd>{remote}</dd>" in html
    assert '<text x="' in html and f">{total}</text>" in html  # the number printed beside the chart's bar
    listed = client.get("/lanh-dao/").content.decode()
    assert f'<td class="num">{total}<br>' in listed
    overview = client.get("/lanh-dao/tong-hop/?nam-hoc=2025-2026").content.decode()
    assert f"<dd><strong>{total}</strong></dd>" in overview
    workbook = load_workbook(io.BytesIO(client.get(training.get_leaders_url() + "ho-so.xlsx").content))
    rows = list(workbook["Tổng số người dự"].values)
    assert rows[1:] == [
        ("Đại biểu có tên, có mặt", 30),
        ("Tại các điểm cầu (đếm)", remote),
        ("Đếm, không ghi tên", 10),
        ("Tổng số người dự", total),
    ]


@pytest.mark.parametrize("units", [1, 12])
def test_the_record_by_todays_units_rolls_old_units_up_in_a_fixed_number_of_queries(
    client, leader, django_assert_num_queries, units
):
    training = TrainingFactory()
    commune = UnitFactory(name="Ủy ban nhân dân xã Krông Ana", short_name="UBND xã Krông Ana", kind="commune")
    for n in range(units):
        bureau = UnitFactory(name=f"Phòng GD&ĐT cũ {n}", kind="bureau")
        UnitSuccession.objects.create(predecessor=bureau, successor=commune, on=datetime.date(2025, 7, 1))
        Participant.objects.create(
            training=training, full_name=f"Người {n}", unit=bureau, attendance=Attendance.PRESENT, email=f"c{n}@x.vn"
        )
    client.force_login(leader)
    url = training.get_leaders_url() + "?don-vi=hien-nay"
    client.get(url)
    # this record's 19 (no agenda), + the lineage and today's units, + what awaits the leaders, + units' registration
    with django_assert_num_queries(23):
        html = client.get(url).content.decode()
    assert f"<title>Có mặt: {units}</title>" in html
    assert "UBND xã Krông Ana" in html
    assert "Phòng GD&amp;ĐT cũ 0" not in html


def test_before_the_event_leaders_see_each_invited_units_registration(client, leader):
    training = TrainingFactory(registration_deadline=datetime.datetime(2025, 10, 10, 17, 0, tzinfo=HCM))
    answered = Invitation.objects.create(training=training, unit=UnitFactory(name="Trường THPT Chu Văn An"), places=3)
    Invitation.objects.create(training=training, unit=UnitFactory(name="Trường THPT Hùng Vương"), places=2)
    for _ in range(2):
        ParticipantFactory(training=training, invitation=answered, unit=answered.unit)
    Invitation.objects.filter(pk=answered.pk).update(answered_at=training.starts_at - datetime.timedelta(days=7))
    client.force_login(leader)
    with time_machine.travel(training.starts_at - datetime.timedelta(days=6), tick=False):
        html = client.get(training.get_leaders_url()).content.decode()
    assert "2 đơn vị được mời, 5 chỗ; 2 đại biểu đã đăng ký; 1 đơn vị đã trả lời, 1 chưa trả lời." in html
    assert "<tr><td>Trường THPT Chu Văn An</td><td>3</td><td>2</td></tr>" in html
    assert "<tr><td>Trường THPT Hùng Vương</td><td>2</td><td>Chưa trả lời</td></tr>" in html
