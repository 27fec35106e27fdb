"""Fixtures of the awards tests: news articles to link as exemplary stories."""

import datetime

import pytest

from news.models import Article, Category
from tests.factories.portal import UserFactory

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
