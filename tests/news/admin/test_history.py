"""History pages of articles: readable by whoever may change the live article, never a way to save an old version."""

import datetime

import pytest
from django.utils import timezone

from news.enums import ArticleStatus
from news.models import Article
from news.services.articles import article_publish
from portal import roles
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Đáp án đề thi tuyển sinh lớp 10 (bản nháp)"
PUBLISHED_TITLE = "Công bố đáp án đề thi tuyển sinh lớp 10"


@pytest.fixture
def author():
    return UserFactory(role=roles.COLLABORATOR)


@pytest.fixture
def editor():
    return UserFactory(role=roles.EDITOR)


@pytest.fixture
def published(author, editor) -> Article:
    """A collaborator's draft that an editor retitled and published: three versions in its history."""
    article = ArticleFactory(created_by=author, title=DRAFT_TITLE)
    article.title = PUBLISHED_TITLE
    article.save()
    return article_publish(article=article, by=editor)


def user_of(role: str, author, editor):
    return {
        "author": author,
        "other collaborator": UserFactory(role=roles.COLLABORATOR),
        "leader": UserFactory(role=roles.LEADER),
        "leader with admin access": UserFactory(role=roles.LEADER, is_staff=True),
        "editor": editor,
        "administrator": UserFactory(role=roles.ADMINISTRATOR),
    }[role]


def history_urls(article: Article) -> tuple[str, str]:
    first = article.history.earliest("history_date")
    return (
        f"/admin/news/article/{article.pk}/history/",
        f"/admin/news/article/{article.pk}/history/{first.history_id}/",
    )


def version_post(article: Article, **overrides) -> dict:
    """What the version page's form would send, with the changes a reverting user makes."""
    data = {
        "title": DRAFT_TITLE,
        "slug": article.slug,
        "lead": article.lead,
        "body": "<p>Nội dung cũ ghi đè bài đã đăng.</p>",
        "category": article.category_id,
        "status": ArticleStatus.DRAFT,
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "credits-TOTAL_FORMS": "0",
        "credits-INITIAL_FORMS": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("author", 403),  # the draft is published now: only editors may change it
        ("other collaborator", 404),
        ("leader", 302),  # not in the admin at all: to its sign-in page
        ("leader with admin access", 404),
        ("editor", 200),
        ("administrator", 200),
    ],
)
def test_the_history_of_a_published_article_is_for_those_who_may_change_it(
    client, published, author, editor, role, expected
):
    client.force_login(user_of(role, author, editor))
    listing, version = history_urls(published)
    assert (client.get(listing).status_code, client.get(version).status_code) == (expected, expected)


def test_an_author_reads_the_history_of_their_own_draft_without_a_revert_button(client, author):
    draft = ArticleFactory(created_by=author, title=DRAFT_TITLE)
    draft.title = "Đáp án đề thi tuyển sinh lớp 10 (sửa lần hai)"
    draft.save()
    client.force_login(author)
    listing, version = history_urls(draft)
    assert client.get(listing).status_code == 200
    page = client.get(version)
    assert page.status_code == 200
    html = page.content.decode()
    assert DRAFT_TITLE in html
    assert 'name="_save"' not in html


@pytest.mark.parametrize("state", ["draft", "scheduled"])
def test_a_collaborator_cannot_read_another_authors_article_through_its_history(client, author, state):
    status = {
        "draft": {"status": ArticleStatus.DRAFT},
        "scheduled": {"status": ArticleStatus.PUBLISHED, "publish_at": timezone.now() + datetime.timedelta(days=1)},
    }[state]
    article = ArticleFactory(created_by=author, title=DRAFT_TITLE, **status)
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    for url in history_urls(article):
        response = client.get(url)
        assert response.status_code == 404
        assert DRAFT_TITLE not in response.content.decode()


@pytest.mark.parametrize("role", ["author", "editor", "administrator"])
def test_no_one_saves_an_old_version_over_a_published_article(client, published, author, editor, role):
    before = list(published.history.values_list("history_id", flat=True))
    client.force_login(user_of(role, author, editor))
    _listing, version = history_urls(published)
    response = client.post(version, version_post(published))
    assert response.status_code == 405
    published.refresh_from_db()
    assert (published.title, published.status, published.reviewed_by) == (
        PUBLISHED_TITLE,
        ArticleStatus.PUBLISHED,
        editor,
    )
    assert published.body == "<p>Nội dung bài viết về công tác truyền thông giáo dục.</p>"
    assert list(published.history.values_list("history_id", flat=True)) == before


def test_an_author_cannot_revert_their_own_draft_either(client, author):
    draft = ArticleFactory(created_by=author, title=DRAFT_TITLE)
    draft.title = "Đáp án đề thi tuyển sinh lớp 10 (sửa lần hai)"
    draft.save()
    client.force_login(author)
    _listing, version = history_urls(draft)
    assert client.post(version, version_post(draft)).status_code == 405
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("Đáp án đề thi tuyển sinh lớp 10 (sửa lần hai)", ArticleStatus.DRAFT)


def test_the_history_of_a_deleted_article_is_not_found(client, published, editor):
    listing, version = history_urls(published)
    Article.objects.filter(pk=published.pk).update(status=ArticleStatus.DRAFT)
    Article.objects.get(pk=published.pk).delete()
    client.force_login(editor)
    assert (client.get(listing).status_code, client.get(version).status_code) == (404, 404)
