"""news/views/approvals.py: the leaders' queue of articles in /lanh-dao/bai-cho-duyet/."""

import pytest

from news.enums import ArticleStatus
from news.services.articles import article_publish
from tests.factories.news import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(editor):
    article = ArticleFactory(
        status=ArticleStatus.PENDING,
        title="Thông cáo báo chí về kỳ thi tuyển sinh lớp 10",
        category=CategoryFactory(requires_leaders=True),
    )
    return article_publish(article=article, by=editor)


def test_a_leader_sees_the_count_reads_the_article_and_approves_it(client, leader, waiting):
    client.force_login(leader)
    queue = client.get("/lanh-dao/bai-cho-duyet/")
    assert list(queue.context["articles"]) == [waiting]
    assert '<span class="badge">1</span>' in queue.content.decode()
    page = client.get(f"/lanh-dao/bai-cho-duyet/{waiting.pk}/")
    assert waiting.body in page.content.decode()
    client.post(f"/lanh-dao/bai-cho-duyet/{waiting.pk}/quyet-dinh/", {"quyet-dinh": "duyet"})
    waiting.refresh_from_db()
    assert waiting.status == ArticleStatus.PUBLISHED
    assert client.get(waiting.get_absolute_url()).status_code == 200


def test_the_public_does_not_see_an_article_waiting_for_the_leaders(client, waiting):
    assert client.get(waiting.get_absolute_url()).status_code == 404


def test_a_returned_article_needs_a_reason(client, leader, waiting):
    client.force_login(leader)
    response = client.post(f"/lanh-dao/bai-cho-duyet/{waiting.pk}/quyet-dinh/", {"quyet-dinh": "tra-lai"}, follow=True)
    assert "Hãy ghi lý do trả lại" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == ArticleStatus.LEADERS


def test_only_leaders_reach_the_queue_and_only_queued_articles(client, editor, collaborator, leader, waiting):
    draft = ArticleFactory(status=ArticleStatus.DRAFT)
    client.force_login(leader)
    assert client.get(f"/lanh-dao/bai-cho-duyet/{draft.pk}/").status_code == 404
    for user in (editor, collaborator):
        client.force_login(user)
        assert client.get("/lanh-dao/bai-cho-duyet/").status_code == 403
        assert client.get(f"/lanh-dao/bai-cho-duyet/{waiting.pk}/").status_code == 403
        assert (
            client.post(f"/lanh-dao/bai-cho-duyet/{waiting.pk}/quyet-dinh/", {"quyet-dinh": "duyet"}).status_code == 403
        )
    waiting.refresh_from_db()
    assert waiting.status == ArticleStatus.LEADERS
