"""seed_demo: the units, one account per role and the organisation pages, the same however often it runs."""

import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from awards.models import Decision
from portal.models.core import SiteProfile, Unit, UnitSuccession, User
from portal.models.feedback import Question
from portal.models.privacy import PersonalDataRequest, RetentionSweep
from tests.demo.conftest import ORGANISATION_MODELS
from trainings.models import Training
from trainings.selectors import training_attendance

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_creates_one_user_per_role(demo):
    units, users = demo.first["units_users"]
    assert (Unit.objects.count(), User.objects.count()) == (units, users)
    assert (
        [model.objects.count() for model in ORGANISATION_MODELS] == demo.first["organisation"] == [1, 4, 7, 2, 4, 7, 5]
    )
    assert Question.objects.published().count() == 4
    # The demo's retention sweep anonymised the asker answered 210 days ago, and only once.
    report = RetentionSweep.objects.get()
    assert (report.dry_run, report.counts["question_contact"]) == (False, 1)
    old = Question.objects.get(contact_erased_at__isnull=False, answer__gt="")
    assert (old.public_name, old.email, old.history.filter(email="").count()) == ("Bạn đọc", "", old.history.count())
    assert SiteProfile.objects.get().name_en == "Dak Lak Department of Education and Training"
    assert units >= 90
    assert Unit.objects.filter(kind="bureau").count() == 15
    roles = {user.username: list(user.groups.values_list("name", flat=True)) for user in User.objects.all()}
    assert roles == {
        "congtacvien": ["Cộng tác viên / Phóng viên"],
        "bientapvien": ["Biên tập viên"],
        "lanhdao": ["Lãnh đạo Sở"],
        "quantri": ["Quản trị"],
        "baovedulieu": ["Cán bộ bảo vệ dữ liệu cá nhân"],
    }
    # The finished request of a person who asked to be erased, and its outcome.
    request = PersonalDataRequest.objects.get()
    assert (request.status, request.outcome) == ("done", "Đã xoá hoặc ẩn danh: Câu hỏi gửi qua hỏi đáp – 1")
    assert "congtacvien  CongTacVien@2026" in demo.output


def test_seed_demo_refuses_production_without_the_flag():
    with pytest.raises(CommandError):
        call_command("seed_demo")


def test_seed_demo_follows_the_2025_reform_and_its_records_add_up(demo):
    assert Unit.objects.filter(kind="commune").count() == 4
    assert Unit.objects.get(code="KA").valid_to == datetime.date(2025, 6, 30)
    assert UnitSuccession.objects.count() == 5
    assert sorted(UnitSuccession.objects.filter(predecessor__code="KA").values_list("successor__code", flat=True)) == [
        "XA-DURKMAL",
        "XA-KRONGANA",
    ]
    hybrid = Training.objects.get(slug__startswith="hoi-nghi-trien-khai-cong-tac-truyen-thong")
    assert training_attendance(hybrid).attended == {
        "named_present": 40,
        "remote_present": 353,
        "counted": 18,
        "attended": 411,
    }
    ministry = Training.objects.get(second_kind="training")
    assert list(ministry.guests.filter(role="presiding").values_list("title", flat=True)) == ["Thứ trưởng"]
    assert ministry.papers.public_full_text().count() == 1
    award = Decision.objects.published().get(calendar_year=2025)
    assert (award.period, award.training, award.articles.count()) == ("2025", ministry, 1)
