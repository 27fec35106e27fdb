"""The workflow buttons of the article's change form (news/admin/articles.py): each saves what was
typed and then takes its step, in one transaction, or takes nothing and shows the form again."""

import datetime
import re
import zoneinfo

import pytest
import time_machine

from news.enums import ArticleAction, ArticleStatus
from news.models import Article
from news.services.articles import WorkflowError
from portal import roles
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory

from .helpers import change_form, new_form

pytestmark = pytest.mark.django_db

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
# 22/11/2026 20:00 in Vietnam: the moment these tests travel to, and make their articles at.
EVENING = datetime.datetime(2026, 11, 22, 20, 0, tzinfo=HCM)
BODY = "<p>Đoạn đã sửa, <strong>chưa bấm Lưu</strong>.</p>"


def url(article) -> str:
    return f"/admin/news/article/{article.pk}/change/"


def events(article) -> list[str]:
    return list(article.events.order_by("at", "pk").values_list("action", flat=True))


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_send_for_review_saves_the_new_title_and_body_first(client, collaborator):
    article = ArticleFactory(created_by=collaborator, title="Tiêu đề cũ")
    client.force_login(collaborator)
    response = client.post(
        url(article), change_form(article, title="Tiêu đề mới", body=BODY, _workflow="submit"), follow=True
    )
    assert messages_of(response) == ["Đã lưu và gửi bài cho biên tập viên duyệt."]
    assert response.redirect_chain == [(url(article), 302)]
    article.refresh_from_db()
    assert (article.title, article.body, article.status, article.version) == (
        "Tiêu đề mới",
        BODY,
        ArticleStatus.PENDING,
        2,
    )
    assert events(article) == [ArticleAction.SUBMITTED]
    # The history keeps the edit as its own entry, before the step.
    assert list(article.history.order_by("history_date").values_list("title", "status")) == [
        ("Tiêu đề cũ", "draft"),
        ("Tiêu đề mới", "draft"),
        ("Tiêu đề mới", "pending"),
    ]


def test_a_new_article_is_written_and_sent_in_one_request(client, collaborator):
    client.force_login(collaborator)
    page = client.get("/admin/news/article/add/").content.decode()
    assert 'name="_workflow" value="submit"' in page
    response = client.post("/admin/news/article/add/", new_form(CategoryFactory(), _workflow="submit"), follow=True)
    article = Article.objects.get()
    assert messages_of(response) == ["Đã lưu và gửi bài cho biên tập viên duyệt."]
    assert (article.created_by, article.status) == (collaborator, ArticleStatus.PENDING)
    assert events(article) == [ArticleAction.SUBMITTED, ArticleAction.CREATED][::-1]


def test_publish_with_no_time_saves_and_publishes_now(client, editor):
    with time_machine.travel(EVENING, tick=False):
        article = ArticleFactory(status=ArticleStatus.PENDING)
        client.force_login(editor)
        response = client.post(url(article), change_form(article, title="Đã sửa rồi đăng", _workflow="publish"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status, article.publish_at, article.reviewed_by) == (
        "Đã sửa rồi đăng",
        ArticleStatus.PUBLISHED,
        EVENING,
        editor,
    )
    assert events(article) == [ArticleAction.PUBLISHED]


def test_publish_with_a_later_time_saves_and_schedules(client, editor):
    with time_machine.travel(EVENING, tick=False):
        article = ArticleFactory(status=ArticleStatus.PENDING)
        client.force_login(editor)
        response = client.post(
            url(article),
            change_form(article, body=BODY, publish_at_0="03/12/2026", publish_at_1="07:00", _workflow="publish"),
            follow=True,
        )
        assert messages_of(response) == ["Đã lưu và hẹn giờ: bài sẽ đăng lúc 07:00 03/12/2026."]
        assert response.context["publication_note"] == "Sẽ đăng lúc 07:00 03/12/2026"
    article.refresh_from_db()
    assert (article.body, article.status, article.publish_at) == (
        BODY,
        ArticleStatus.PUBLISHED,
        datetime.datetime(2026, 12, 3, 7, 0, tzinfo=HCM),
    )
    assert events(article) == [ArticleAction.SCHEDULED]


def test_a_scheduled_article_is_moved_to_another_time(client, editor):
    with time_machine.travel(EVENING, tick=False):
        article = ArticleFactory(status=ArticleStatus.PUBLISHED, publish_at=EVENING + datetime.timedelta(days=1))
        client.force_login(editor)
        client.post(
            url(article), change_form(article, publish_at_0="25/11/2026", publish_at_1="06:30", _workflow="publish")
        )
    article.refresh_from_db()
    assert article.publish_at == datetime.datetime(2026, 11, 25, 6, 30, tzinfo=HCM)


def test_send_back_saves_the_editors_corrections_and_the_reason(client, editor):
    article = ArticleFactory(status=ArticleStatus.PENDING)
    client.force_login(editor)
    client.post(url(article), change_form(article, body=BODY, workflow_reason="Thiếu nguồn ảnh.", _workflow="return"))
    article.refresh_from_db()
    assert (article.body, article.status, article.return_reason) == (BODY, ArticleStatus.DRAFT, "Thiếu nguồn ảnh.")


def test_unpublish_and_feature_save_the_form_first(client, editor):
    unpublished, featured = ArticleFactory(published=True), ArticleFactory(published=True)
    client.force_login(editor)
    client.post(
        url(unpublished),
        change_form(unpublished, title="Gỡ, sửa", workflow_reason="Sai số liệu.", _workflow="unpublish"),
    )
    client.post(url(featured), change_form(featured, title="Tiêu điểm, sửa", _workflow="feature"))
    unpublished.refresh_from_db()
    featured.refresh_from_db()
    assert (unpublished.title, unpublished.status) == ("Gỡ, sửa", ArticleStatus.UNPUBLISHED)
    assert unpublished.events.get().note == "Sai số liệu."
    assert (featured.title, featured.is_featured) == ("Tiêu điểm, sửa", True)
    client.post(url(featured), change_form(featured, _workflow="unfeature"))
    featured.refresh_from_db()
    assert featured.is_featured is False


def test_an_invalid_form_takes_no_step_and_keeps_the_text(client, collaborator):
    article = ArticleFactory(created_by=collaborator, title="Tiêu đề cũ")
    client.force_login(collaborator)
    response = client.post(url(article), change_form(article, title="", body=BODY, _workflow="submit"))
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors == {"title": ["Trường này là bắt buộc."]}
    assert form["body"].value() == BODY
    article.refresh_from_db()
    assert (article.title, article.status, article.version) == ("Tiêu đề cũ", ArticleStatus.DRAFT, 1)
    assert events(article) == []


def test_send_back_without_a_reason_saves_nothing(client, editor):
    article = ArticleFactory(status=ArticleStatus.PENDING, title="Tiêu đề cũ")
    client.force_login(editor)
    response = client.post(url(article), change_form(article, title="Tiêu đề mới", _workflow="return"))
    form = response.context["adminform"].form
    assert form.errors == {"workflow_reason": ["Hãy ghi lý do trả lại để tác giả biết cần sửa gì."]}
    assert form["title"].value() == "Tiêu đề mới"
    article.refresh_from_db()
    assert (article.title, article.status) == ("Tiêu đề cũ", ArticleStatus.PENDING)


def test_a_step_refused_on_the_locked_row_rolls_the_save_back(client, editor, monkeypatch):
    """The page allowed the step, the article changed before the lock: nothing saved, the form comes back."""
    article = ArticleFactory(status=ArticleStatus.DRAFT, title="Tiêu đề cũ")
    # As if the page had been opened while the article was published: the form allows "unpublish".
    monkeypatch.setattr(
        "news.admin.articles.workflow_steps",
        lambda user, article: dict.fromkeys(
            ("can_submit", "can_return", "can_publish", "can_unpublish", "can_feature"), True
        ),
    )
    client.force_login(editor)
    response = client.post(url(article), change_form(article, title="Tiêu đề mới", _workflow="unpublish"))
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.non_field_errors() == ["Chỉ gỡ được bài đã xuất bản."]
    assert form["title"].value() == "Tiêu đề mới"
    article.refresh_from_db()
    assert (article.title, article.status, article.version) == ("Tiêu đề cũ", ArticleStatus.DRAFT, 1)
    assert list(article.history.values_list("title", flat=True)) == ["Tiêu đề cũ"]


def test_a_step_the_article_no_longer_allows_is_refused_with_the_form(client, editor):
    """Two editors: one published the article; the other, on the old page, presses "Lưu và trả lại tác giả"."""
    article = ArticleFactory(published=True, title="Tiêu đề cũ")
    client.force_login(editor)
    response = client.post(
        url(article), change_form(article, title="Tiêu đề mới", workflow_reason="Sửa lại.", _workflow="return")
    )
    assert response.context["adminform"].form.non_field_errors() == [
        "Bài đang ở trạng thái “Đã xuất bản”: thao tác bạn chọn không còn làm được. "
        "Chưa có gì được lưu; các thay đổi của bạn vẫn ở bên dưới, hãy bấm “Lưu”."
    ]
    article.refresh_from_db()
    assert (article.title, article.status) == ("Tiêu đề cũ", ArticleStatus.PUBLISHED)


def test_a_live_articles_time_cannot_be_emptied(client, editor):
    article = ArticleFactory(published=True)
    client.force_login(editor)
    response = client.post(url(article), change_form(article, publish_at_0="", publish_at_1=""))
    assert response.context["adminform"].form.errors == {"publish_at": ["Bài đã duyệt đăng phải có thời điểm đăng."]}


def test_the_publication_time_is_set_in_one_place(client, editor):
    """One pair of boxes, inside the workflow panel beside "Lưu và xuất bản"; no second box that may disagree."""
    article = ArticleFactory(status=ArticleStatus.PENDING)
    client.force_login(editor)
    page = client.get(url(article)).content.decode()
    assert page.count('name="publish_at_0"') == 1
    assert "workflow-publish_at" not in page
    panel = page[page.index('<section class="workflow"') : page.index("</section>")]
    assert 'name="publish_at_0"' in panel and 'name="_workflow" value="publish"' in panel


def test_the_first_submit_button_of_the_form_saves_and_stays(client, collaborator):
    """Enter in a text box presses the form's first submit button: "save and continue", not a step."""
    article = ArticleFactory(created_by=collaborator)
    client.force_login(collaborator)
    page = client.get(url(article)).content.decode()
    form = page[page.index('id="article_form"') :]
    first = re.search(r"<(?:button|input)[^>]*type=\"submit\"[^>]*>", form).group(0)
    assert 'name="_continue"' in first


def test_the_change_page_and_the_list_say_when_an_article_goes_live(client, editor):
    with time_machine.travel(EVENING, tick=False):
        author = UserFactory(role=roles.COLLABORATOR, last_name="Lê", first_name="Minh")
        category = CategoryFactory(name="Tin trong tỉnh")
        scheduled = ArticleFactory(
            title="Bài hẹn giờ",
            status=ArticleStatus.PUBLISHED,
            publish_at=datetime.datetime(2026, 12, 3, 7, 0, tzinfo=HCM),
            created_by=author,
            category=category,
        )
        live = ArticleFactory(
            title="Bài đã đăng",
            status=ArticleStatus.PUBLISHED,
            publish_at=datetime.datetime(2026, 11, 22, 15, 34, tzinfo=HCM),
            created_by=author,
            category=category,
        )
        draft = ArticleFactory(title="Bài nháp", created_by=author, category=category)
        client.force_login(editor)
        notes = {a.title: client.get(url(a)).context["publication_note"] for a in (scheduled, live, draft)}
        listing = client.get("/admin/news/article/").content.decode()
    assert notes == {
        "Bài hẹn giờ": "Sẽ đăng lúc 07:00 03/12/2026",
        "Bài đã đăng": "Đã đăng lúc 15:34 22/11/2026",
        "Bài nháp": "Chưa hẹn giờ",
    }
    rows = re.findall(r'<th class="field-summary">(.*?)</th>', listing, re.S)
    texts = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]
    assert texts == [  # the newest time first, articles with none before them
        "Bài nháp Bản nháp Chưa hẹn giờ · Lê Minh · Tin trong tỉnh",
        "Bài hẹn giờ Hẹn giờ Sẽ đăng lúc 07:00 03/12/2026 · Lê Minh · Tin trong tỉnh",
        "Bài đã đăng Đã xuất bản Đã đăng lúc 15:34 22/11/2026 · Lê Minh · Tin trong tỉnh",
    ]


def test_the_history_never_writes_an_old_version_back(client, editor):
    """Reverting is off for articles: the version page refuses a POST, and the article keeps its text."""
    article = ArticleFactory(title="Bản đầu")
    client.force_login(editor)
    client.post(url(article), change_form(article, title="Bản sau"))
    first = article.history.earliest("history_date")
    data = change_form(article, title="Bản đầu")
    del data["opened_version"]
    response = client.post(f"/admin/news/article/{article.pk}/history/{first.history_id}/", data)
    assert response.status_code == 405
    article.refresh_from_db()
    assert (article.title, article.version) == ("Bản sau", 2)


def test_a_step_refused_by_a_service_never_happens_half(client, editor, monkeypatch):
    """Whatever a service refuses after the save, the save is rolled back with it."""
    article = ArticleFactory(status=ArticleStatus.PENDING, title="Tiêu đề cũ")

    def refuse(**kwargs):
        raise WorkflowError("Thời điểm gỡ bài phải sau thời điểm xuất bản.")

    monkeypatch.setattr("news.admin.articles.article_publish", refuse)
    client.force_login(editor)
    response = client.post(url(article), change_form(article, title="Tiêu đề mới", _workflow="publish"))
    assert response.context["adminform"].form.non_field_errors() == ["Thời điểm gỡ bài phải sau thời điểm xuất bản."]
    article.refresh_from_db()
    assert (article.title, article.version, article.status) == ("Tiêu đề cũ", 1, ArticleStatus.PENDING)
