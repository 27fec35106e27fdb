"""Fixtures of the awards tests: the honour roll, the catalogue and schools, scans, figures, news articles to link."""

import datetime

import pytest
from django.core.files.base import ContentFile

from news.models import Article, Category
from tests.factories.awards import AwardFormFactory, CommendationFactory, DecisionFactory
from tests.factories.portal import UnitFactory, UserFactory

NOW = datetime.datetime(2025, 9, 15, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def make_article(db):
    """``make_article(title, published=True)``: an article, published a day before NOW or left a draft."""
    category = Category.objects.create(name="Gương sáng ngành giáo dục")
    author = UserFactory()

    def make(title: str, *, published: bool = True) -> Article:
        return Article.objects.create(
            title=title,
            lead="Câu chuyện về một tập thể, cá nhân được khen thưởng.",
            body="<p>Nội dung bài viết.</p>",
            category=category,
            created_by=author,
            status="published" if published else "draft",
            publish_at=NOW - datetime.timedelta(days=1) if published else None,
        )

    return make


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # Users are made by the dozen here and never sign in with a password; PBKDF2 would dominate the run.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


PDF = b"%PDF-1.4\n% quyet dinh\n"


REVOKED = {
    "status": "revoked",
    "revoked_at": datetime.datetime(2025, 7, 1, 8, 0, tzinfo=datetime.UTC),
    "revoke_reason": "Khen nhầm đối tượng.",
    "revoking_number": "45/QĐ-SGDĐT",
    "revoking_signed_on": datetime.date(2025, 7, 1),
}


def decision_with_scan(**fields):
    return DecisionFactory(number="125/QĐ-SGDĐT", file=ContentFile(PDF, name="QĐ 125 (bản quét).pdf"), **fields)


@pytest.fixture
def catalogue():
    return {
        "giay_khen": AwardFormFactory(name="Giấy khen của Giám đốc Sở", recipients="both"),
        "tap_the": AwardFormFactory(name="Tập thể lao động tiên tiến", recipients="collectives", category="title"),
        "cstd": AwardFormFactory(name="Chiến sĩ thi đua cơ sở", recipients="individuals", category="title"),
    }


@pytest.fixture
def schools():
    return {
        "cva": UnitFactory(name="Trường THPT Chu Văn An", code="THPT-CVA"),
        "nd": UnitFactory(name="Trường THCS Nguyễn Du", code="BMT-04"),
    }


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


@pytest.fixture
def school():
    return UnitFactory(name="Trường THPT Chu Văn An", code="THPT-CVA")


@pytest.fixture
def honour_roll(school):
    """One published, one draft and one revoked decision, each with a person from the school."""
    published = DecisionFactory(number="125/QĐ-SGDĐT")
    CommendationFactory(decision=published, recipient_name="Nguyễn Thị Thu Hà", unit=school)
    CommendationFactory(
        decision=published,
        recipient_kind="collective",
        recipient_name="Trường THPT Chu Văn An",
        position="",
        unit=school,
    )
    draft = DecisionFactory(number="130/QĐ-SGDĐT", status="draft", published_at=None)
    CommendationFactory(decision=draft, recipient_name="Lê Văn Nháp", unit=school)
    revoked = DecisionFactory(number="90/QĐ-SGDĐT", status="revoked", revoked_at=NOW, revoke_reason="Sai đối tượng")
    CommendationFactory(decision=revoked, recipient_name="Phạm Văn Thu Hồi", unit=school)
    return {"published": published, "draft": draft, "revoked": revoked}
