"""Two people, one article (news/admin/articles.py): a save over someone else's newer save is
refused with both versions side by side, and goes through only when its author says so."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.test import Client

from news.enums import ArticleStatus
from news.models import Article
from portal import roles
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

from .helpers import change_form

pytestmark = pytest.mark.django_db

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
OPENED = datetime.datetime(2026, 12, 3, 10, 30, tzinfo=HCM)


def url(article) -> str:
    return f"/admin/news/article/{article.pk}/change/"


@pytest.fixture
def two_editors(client, editor):
    """The article, the form as I opened it at 10:30, and Trần Thu Hà's save at 10:45."""
    with time_machine.travel(OPENED, tick=False):
        article = ArticleFactory(
            status=ArticleStatus.PENDING,
            title="Khai giảng năm học mới",
            lead="Các trường khai giảng đồng loạt.",
            body="<p>Đoạn một.</p>",
        )
        mine = change_form(article)
    with time_machine.travel(OPENED + datetime.timedelta(minutes=15), tick=False):
        other = Client()  # Trần Thu Hà, in her own browser
        other.force_login(editor)
        other.post(url(article), change_form(article, title="Khai giảng năm học 2026-2027"))
    me = UserFactory(role=roles.EDITOR, last_name="Phạm", first_name="Bình")
    client.force_login(me)
    return article, mine


def test_a_stale_save_is_refused_with_what_differs(client, two_editors):
    article, mine = two_editors
    response = client.post(url(article), {**mine, "lead": "Sapo tôi viết lại.", "body": "<p>Đoạn một, sửa.</p>"})
    assert response.status_code == 200
    conflict = response.context["edit_conflict"]
    assert (conflict["version"], conflict["saved_by"], conflict["saved_at"]) == (2, "Trần Thu Hà", "10:45 03/12/2026")
    assert conflict["rows"] == [
        {"label": "Tiêu đề", "theirs": "Khai giảng năm học 2026-2027", "yours": "Khai giảng năm học mới"},
        {"label": "Sapo", "theirs": "Các trường khai giảng đồng loạt.", "yours": "Sapo tôi viết lại."},
        {"label": "Nội dung", "theirs": "Đoạn một.", "yours": "Đoạn một, sửa."},
    ]
    form = response.context["adminform"].form
    assert form["lead"].value() == "Sapo tôi viết lại."  # my text, kept
    page = response.content.decode()
    assert "Trần Thu Hà đã lưu bài này lúc 10:45 03/12/2026, sau khi bạn mở trang." in page
    assert 'name="_overwrite" value="2"' in page
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.lead, saved.version) == (
        "Khai giảng năm học 2026-2027",
        "Các trường khai giảng đồng loạt.",
        2,
    )


def test_keeping_mine_saves_over_theirs_when_asked(client, two_editors):
    article, mine = two_editors
    response = client.post(url(article), {**mine, "lead": "Sapo tôi viết lại.", "_overwrite": "2"}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["Đã lưu bản của bạn thay cho bản người khác vừa lưu."]
    assert response.redirect_chain == [(url(article), 302)]
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.lead, saved.version) == ("Khai giảng năm học mới", "Sapo tôi viết lại.", 3)


def test_keeping_mine_is_refused_again_after_a_third_save(client, two_editors, editor):
    article, mine = two_editors
    other = Client()
    other.force_login(editor)
    other.post(url(article), change_form(Article.objects.get(pk=article.pk), byline="Ban biên tập"))
    response = client.post(url(article), {**mine, "lead": "Sapo tôi viết lại.", "_overwrite": "2"})
    assert response.context["edit_conflict"]["version"] == 3
    assert Article.objects.get(pk=article.pk).lead == "Các trường khai giảng đồng loạt."


def test_a_stale_save_takes_no_workflow_step(client, two_editors):
    article, mine = two_editors
    response = client.post(url(article), {**mine, "_workflow": "publish"})
    assert response.context["edit_conflict"]["version"] == 2
    saved = Article.objects.get(pk=article.pk)
    assert (saved.status, saved.events.count()) == (ArticleStatus.PENDING, 0)


def test_a_step_taken_meanwhile_is_not_a_conflict(client, editor, collaborator):
    """The author sent it for review while the editor typed: the editor's save goes through."""
    article = ArticleFactory(created_by=collaborator)
    mine = change_form(article)
    client.force_login(collaborator)
    client.post(url(article), change_form(article, _workflow="submit"))
    client.force_login(editor)
    assert client.post(url(article), {**mine, "title": "Sửa lỗi chính tả"}).status_code == 302
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.status) == ("Sửa lỗi chính tả", ArticleStatus.PENDING)
