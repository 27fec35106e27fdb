"""Tests of the article's coverage inlines (news/admin/articles.py with the inlines trainings and awards add): an
article names the conferences and decisions it reports, and its page links them back."""

import pytest

from awards.models import Decision
from portal import roles
from tests.factories.awards import DecisionFactory
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory
from tests.factories.trainings import TrainingFactory
from tests.news.admin.helpers import change_form
from trainings.models import Training

pytestmark = pytest.mark.django_db

TRAINING_PREFIX = "Training_articles"
DECISION_PREFIX = "Decision_articles"


def _links(training, decision) -> dict:
    return {
        f"{TRAINING_PREFIX}-TOTAL_FORMS": "1",
        f"{TRAINING_PREFIX}-INITIAL_FORMS": "0",
        f"{TRAINING_PREFIX}-0-training": str(training.pk),
        f"{DECISION_PREFIX}-TOTAL_FORMS": "1",
        f"{DECISION_PREFIX}-INITIAL_FORMS": "0",
        f"{DECISION_PREFIX}-0-decision": str(decision.pk),
    }


def test_an_editor_links_an_article_to_its_conference_and_decision_from_the_articles_admin_page(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    article = ArticleFactory(published=True, title="Trao Giấy khen công tác truyền thông năm 2017")
    training = TrainingFactory(title="Hội nghị tập huấn truyền thông giáo dục", is_public=True)
    decision = DecisionFactory(school_year="", calendar_year=2017)
    page = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert f'name="{TRAINING_PREFIX}-TOTAL_FORMS"' in page and f'name="{DECISION_PREFIX}-TOTAL_FORMS"' in page
    response = client.post(
        f"/admin/news/article/{article.pk}/change/", change_form(article, **_links(training, decision))
    )
    assert response.status_code == 302
    # One relation each, so the other side sees it too.
    assert list(Training.objects.filter(articles=article)) == [training]
    assert list(Decision.objects.filter(articles=article)) == [decision]
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Hội nghị / Quyết định liên quan" in html
    assert f'<a href="{training.get_absolute_url()}">Hội nghị tập huấn truyền thông giáo dục</a>' in html
    assert f'<a href="{decision.get_absolute_url()}">Quyết định số {decision.number}</a>' in html
    assert article.title in client.get(decision.get_absolute_url()).content.decode()
    assert article.title in client.get(training.get_absolute_url()).content.decode()


def test_a_post_without_the_coverage_inlines_keeps_the_links(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    article = ArticleFactory(published=True)
    training = TrainingFactory()
    training.articles.add(article)
    response = client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, title="Tiêu đề mới"))
    assert response.status_code == 302
    assert list(article.trainings.all()) == [training]


def test_the_article_page_hides_private_conferences_and_unpublished_decisions(client):
    article = ArticleFactory(published=True)
    TrainingFactory(title="Hội nghị nội bộ", is_public=False).articles.add(article)
    DecisionFactory(number="77/QĐ-SGDĐT", status="draft", published_at=None).articles.add(article)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Hội nghị / Quyết định liên quan" not in html
    assert "Hội nghị nội bộ" not in html and "77/QĐ-SGDĐT" not in html
