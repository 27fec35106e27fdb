"""Tests of trainings/views/public.py: upcoming and past trainings, and a page per training without personal data."""

import datetime

import pytest
from django.template.loader import render_to_string

from news.models import Article, Category
from tests.factories.news import DocumentFactory
from tests.factories.portal import UnitFactory, UserFactory
from tests.factories.trainings import (
    GuestFactory,
    MaterialFactory,
    PaperFactory,
    ParticipantFactory,
    RemoteSiteFactory,
    SessionFactory,
    SpeakerFactory,
    TopicFactory,
    TrainingFactory,
)
from tests.trainings.conftest import NOW, at
from trainings.models import Material

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen", "private_root")]


def test_the_public_page_links_public_materials_through_the_view_and_names_papers_only(client):
    training = TrainingFactory()
    public = MaterialFactory(training=training, title="Bài trình chiếu công khai", is_public=True)
    MaterialFactory(training=training, title="Tài liệu nội bộ")
    paper = PaperFactory(training=training, title="Kinh nghiệm của trường")
    html = client.get(training.get_absolute_url()).content.decode()
    assert f'<a href="/hoi-nghi-tap-huan/tai-lieu/{public.pk}/">Bài trình chiếu công khai</a>' in html
    assert "Tài liệu nội bộ" not in html
    assert f'<li id="tham-luan-{paper.pk}">Kinh nghiệm của trường' in html
    assert paper.get_download_url() not in html
    assert "/media/" not in html


def test_the_home_block_lists_upcoming_trainings_and_renders_nothing_without_them():
    training = TrainingFactory(title="Tập huấn phát ngôn", status="open", **at(3))
    html = render_to_string("trainings/includes/_home_block.html", {"upcoming_trainings": [training]})
    assert "Hội nghị, tập huấn sắp diễn ra" in html
    assert f'href="{training.get_absolute_url()}">Tập huấn phát ngôn</a>' in html
    assert "04/11/2025 09:00" in html
    assert render_to_string("trainings/includes/_home_block.html", {"upcoming_trainings": []}).strip() == ""


def test_the_list_shows_upcoming_and_past(client):
    TrainingFactory(title="Tập huấn phát ngôn", status="open", **at(3))
    TrainingFactory(title="Hội nghị sơ kết truyền thông", **at(-30))
    TrainingFactory(title="Nội bộ", is_public=False, **at(-2))
    html = client.get("/hoi-nghi-tap-huan/").content.decode()
    upcoming, past = html.split('id="da-to-chuc"')
    assert "Tập huấn phát ngôn" in upcoming
    assert "Hội nghị sơ kết truyền thông" in past
    assert "Nội bộ" not in html


def test_the_list_filters_by_topic(client):
    social = TopicFactory(name="Mạng xã hội")
    SessionFactory(training=TrainingFactory(title="Tọa đàm mạng xã hội", **at(-5)), topic=social)
    TrainingFactory(title="Hội nghị khác", **at(-6))
    html = client.get(f"/hoi-nghi-tap-huan/?chu-de={social.slug}").content.decode()
    assert "Tọa đàm mạng xã hội" in html and "Hội nghị khác" not in html


def test_the_page_shows_the_programme_and_no_personal_data_of_delegates(client):
    training = TrainingFactory(title="Tập huấn phát ngôn", summary="Kỹ năng trả lời phỏng vấn.", **at(-2))
    speaker = SpeakerFactory(full_name="Phạm Quang Huy", email="huy.bcv@example.vn", phone="0913 000 111")
    SessionFactory(training=training, title="Kỹ năng trả lời phỏng vấn báo chí", speakers=[speaker])
    ParticipantFactory(training=training, full_name="Đại Biểu Bí Mật", email="bimat@example.vn", phone="0987 654 321")
    Material.objects.create(training=training, title="Tài liệu nội bộ", file="trainings/materials/noi-bo.pdf")
    Material.objects.create(
        training=training, title="Bài trình chiếu công khai", file="trainings/materials/cong-khai.pdf", is_public=True
    )
    html = client.get(training.get_absolute_url()).content.decode()
    assert "Kỹ năng trả lời phỏng vấn báo chí" in html
    assert "ThS. Phạm Quang Huy" in html
    assert "Bài trình chiếu công khai" in html
    for secret in (
        "Đại Biểu Bí Mật",
        "bimat@example.vn",
        "0987 654 321",
        "huy.bcv@example.vn",
        "0913 000 111",
        "Tài liệu nội bộ",
    ):
        assert secret not in html


def test_a_training_not_public_is_404(client):
    assert client.get(TrainingFactory(is_public=False).get_absolute_url()).status_code == 404


def test_the_public_number_of_delegates_adds_remote_sites_and_people_counted_and_names_no_site_unit(client):
    training = TrainingFactory(format="hybrid", counted_attendance=20, **at(-2))
    ParticipantFactory.create_batch(3, training=training, attendance="present")
    ParticipantFactory(training=training, attendance="absent")
    host = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Kín Đáo")
    for _ in range(12):
        RemoteSiteFactory(training=training, unit=host, head_count=30)
    html = client.get(training.get_absolute_url()).content.decode()
    assert "<dt>Số đại biểu</dt>\n      <dd>383 (trong đó 360 người dự tại các điểm cầu)</dd>" in html
    assert "Kín Đáo" not in html


@pytest.mark.parametrize("delegates", [1, 50])
def test_the_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, delegates):
    training = TrainingFactory(**at(-2))
    for _ in range(3):
        SessionFactory(training=training, speakers=[SpeakerFactory()])
    ParticipantFactory.create_batch(delegates, training=training)
    RemoteSiteFactory.create_batch(delegates % 7, training=training, head_count=5)
    GuestFactory.create_batch(delegates % 4, training=training)
    training.co_organizers.add(*UnitFactory.create_batch(delegates % 3))
    training.documents.add(*DocumentFactory.create_batch(delegates % 3))
    client.get("/")  # the site profile is cached after the first page
    # 10 for the page (guests, co-organisers and public documents among them), + the commendations handed out
    # at it, + albums and videos
    with django_assert_num_queries(13):
        assert client.get(training.get_absolute_url()).status_code == 200
    with django_assert_num_queries(3):
        assert client.get("/hoi-nghi-tap-huan/").status_code == 200


def test_the_page_lists_published_coverage_and_hides_drafts(client):
    training = TrainingFactory(**at(-2))
    category = Category.objects.create(name="Tin tức - Sự kiện")
    author = UserFactory()
    published = Article.objects.create(
        title="Hơn 900 đại biểu dự hội nghị tập huấn truyền thông",
        lead="Sapo.",
        body="<p>Nội dung.</p>",
        category=category,
        created_by=author,
        status="published",
        publish_at=NOW - datetime.timedelta(days=1),
    )
    draft = Article.objects.create(
        title="Bản nháp chưa đăng", lead="Sapo.", body="<p>x</p>", category=category, created_by=author
    )
    training.articles.set([published, draft])
    html = client.get(training.get_absolute_url()).content.decode()
    assert "Hơn 900 đại biểu dự hội nghị tập huấn truyền thông" in html
    assert "Bản nháp chưa đăng" not in html
