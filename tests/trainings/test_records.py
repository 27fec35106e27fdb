"""Tests of a training's record as it matches real events: two kinds, guests, invited groups, co-organisers,
linked documents, speakers known by organisation only, papers made public with their unit's consent."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.factories.news import DocumentFactory
from tests.factories.portal import UnitFactory
from tests.factories.trainings import (
    GuestFactory,
    PaperFactory,
    ParticipantFactory,
    SessionFactory,
    SpeakerFactory,
    TrainingFactory,
)
from tests.trainings.conftest import at
from trainings.models import Paper, Speaker

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen", "private_root")]


def _ministry_event():
    training = TrainingFactory(
        title="Hội nghị tập huấn công tác truyền thông giáo dục năm 2025",
        kind="conference",
        second_kind="training",
        invited_groups="Lãnh đạo Sở Giáo dục và Đào tạo các tỉnh\nCán bộ phụ trách truyền thông",
        **at(-3),
    )
    training.co_organizers.add(UnitFactory(name="Trung tâm Bồi dưỡng nghiệp vụ Báo chí"))
    GuestFactory(
        training=training, role="presiding", full_name="Nguyễn Văn Phúc", title="Thứ trưởng", organization="Bộ GD&ĐT"
    )
    GuestFactory(training=training, full_name="Trần Thị Hà", title="Phó Chủ tịch UBND tỉnh")
    ParticipantFactory(training=training, full_name="Đại Biểu Riêng Tư", email="riengtu@example.vn")
    training.documents.add(
        DocumentFactory(number="45/KH-SGDĐT", summary="Kế hoạch tổ chức hội nghị"),
        DocumentFactory(number="99/GM-SGDĐT", summary="Giấy mời nội bộ", is_public=False),
    )
    return training


def test_the_public_page_names_presiding_officials_guests_groups_and_public_documents_only(client):
    training = _ministry_event()
    html = client.get(training.get_absolute_url()).content.decode()
    assert "<dd>Hội nghị, tập huấn</dd>" in html
    assert "<strong>Chủ trì:</strong> Nguyễn Văn Phúc, Thứ trưởng, Bộ GD&amp;ĐT" in html
    assert "<strong>Đại biểu, khách mời:</strong> Trần Thị Hà, Phó Chủ tịch UBND tỉnh" in html
    assert "<li>Cán bộ phụ trách truyền thông</li>" in html
    assert "<dd>Trung tâm Bồi dưỡng nghiệp vụ Báo chí</dd>" in html
    assert "45/KH-SGDĐT" in html
    for secret in ("99/GM-SGDĐT", "Đại Biểu Riêng Tư", "riengtu@example.vn"):
        assert secret not in html


def test_the_leaders_record_lists_every_linked_document_and_filters_by_either_kind(client, leader):
    training = _ministry_event()
    client.force_login(leader)
    html = client.get(training.get_leaders_url()).content.decode()
    assert "99/GM-SGDĐT" in html and "(chưa công khai)" in html
    TrainingFactory(title="Hội nghị sơ kết học kỳ", kind="conference")
    listed = client.get("/lanh-dao/?loai=training").content.decode()
    assert training.title in listed
    assert "Hội nghị sơ kết học kỳ" not in listed


def test_a_speaker_may_be_known_by_organisation_only_but_not_by_nothing(client):
    training = TrainingFactory(**at(-2))
    anonymous = SpeakerFactory(full_name="", title="", organization="Trung tâm Bồi dưỡng nghiệp vụ Báo chí")
    SessionFactory(training=training, speakers=[anonymous])
    assert str(anonymous) == "Cán bộ Trung tâm Bồi dưỡng nghiệp vụ Báo chí"
    assert "Cán bộ Trung tâm Bồi dưỡng nghiệp vụ Báo chí" in client.get(training.get_absolute_url()).content.decode()
    with pytest.raises(ValidationError) as error:
        Speaker(full_name="", organization="").full_clean()
    assert "Hãy ghi họ tên báo cáo viên, hoặc ít nhất cơ quan công tác." in str(error.value)


def test_a_paper_shows_its_abstract_and_its_full_text_only_once_its_unit_agreed(client):
    training = TrainingFactory(**at(-2))
    public = PaperFactory(
        training=training,
        abstract="Tóm tắt kinh nghiệm truyền thông.",
        full_text="Toàn văn được công khai.",
        unit_consents=True,
        is_full_text_public=True,
    )
    private = PaperFactory(training=training, abstract="Tóm tắt riêng.", full_text="Toàn văn nội bộ.")
    html = client.get(training.get_absolute_url()).content.decode()
    assert "Tóm tắt kinh nghiệm truyền thông." in html and "Tóm tắt riêng." in html
    assert "Toàn văn được công khai." in html and "Toàn văn nội bộ." not in html
    assert client.get(public.get_download_url()).status_code == 200
    assert client.get(private.get_download_url()).status_code == 404


def test_a_paper_made_public_without_its_units_consent_is_refused_in_vietnamese_and_by_the_database():
    paper = PaperFactory(is_full_text_public=True, unit_consents=True)
    paper.unit_consents = False
    with pytest.raises(ValidationError) as error:
        paper.full_clean()
    assert "Chỉ công khai toàn văn tham luận khi đơn vị trình bày đã đồng ý" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        Paper.objects.filter(pk=paper.pk).update(unit_consents=False)
