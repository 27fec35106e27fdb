"""Tests of trainings/cache.py through trainings/admin/training.py: a change to a public conference in the admin
purges the cached pages that show it (the search, the articles that report it)."""

import datetime

import pytest
from django.utils import timezone
from django_redis import get_redis_connection

from portal.pagecache import RECORDS
from tests.factories.news import ArticleFactory
from tests.factories.trainings import TrainingFactory
from trainings.models import Training

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]

TITLE = "Tập huấn phòng chống đuối nước cho học sinh vùng sông nước"


@pytest.fixture
def upcoming():
    starts_at = timezone.localtime().replace(second=0, microsecond=0) + datetime.timedelta(days=3)
    return TrainingFactory(
        title=TITLE, starts_at=starts_at, ends_at=starts_at + datetime.timedelta(hours=8), status="open"
    )


def change_url(training) -> str:
    return f"/admin/trainings/training/{training.pk}/change/"


def change_form(client, training, **overrides) -> dict:
    """The change form of ``training`` as a browser sends it untouched, with ``overrides`` typed over it."""
    response = client.get(change_url(training))
    form = response.context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and not isinstance(value, list)}
    for name in ("starts_at", "ends_at"):
        local = timezone.localtime(getattr(training, name))
        data[f"{name}_0"], data[f"{name}_1"] = f"{local:%d/%m/%Y}", f"{local:%H:%M}"
    data["organizer"] = training.organizer_id
    data["articles"] = [article.pk for article in training.articles.all()]
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name, field in management.fields.items():
            data[f"{inline.formset.prefix}-{name}"] = management.initial.get(name, field.initial)
    data.update(overrides)
    return data


def pages(client, *articles) -> dict[str, str]:
    """The search for the conference's title and the pages of ``articles``, as served now."""
    shown = {"search": client.get("/tim-kiem/", {"q": "đuối nước"}).content.decode()}
    for article in articles:
        shown[article.title] = client.get(article.get_absolute_url()).content.decode()
    return shown


def test_a_conference_taken_off_the_public_site_leaves_every_cached_page_that_showed_it(
    editor_client, upcoming, django_capture_on_commit_callbacks
):
    article = ArticleFactory(published=True, title="Học sinh vùng sông nước học bơi")
    upcoming.articles.add(article)
    before = pages(editor_client, article)
    assert all(TITLE in html for html in before.values()), [name for name, html in before.items() if TITLE not in html]

    data = change_form(editor_client, upcoming)
    del data["is_public"]  # the box unticked
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(change_url(upcoming), data)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    assert Training.objects.get(pk=upcoming.pk).is_public is False

    after = pages(editor_client, article)
    assert not any(TITLE in html for html in after.values()), [name for name, html in after.items() if TITLE in html]


def test_a_renamed_conference_is_renamed_on_the_cached_pages(
    editor_client, upcoming, django_capture_on_commit_callbacks
):
    article = ArticleFactory(published=True)
    upcoming.articles.add(article)
    pages(editor_client, article)
    Training.objects.filter(pk=upcoming.pk).update(title="Đổi ngầm, không qua trang quản trị")
    assert TITLE in pages(editor_client, article)[article.title]  # served from the cache until a purge

    renamed = "Tập huấn phòng chống đuối nước, lùi sang tuần sau"
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(change_url(upcoming), change_form(editor_client, upcoming, title=renamed))
    after = pages(editor_client, article)
    assert renamed in after["search"] and renamed in after[article.title]


def test_an_article_unlinked_from_a_conference_drops_it_and_the_newly_linked_one_shows_it(
    editor_client, upcoming, django_capture_on_commit_callbacks
):
    old, new = ArticleFactory(published=True), ArticleFactory(published=True)
    upcoming.articles.add(old)
    before = pages(editor_client, old, new)
    assert TITLE in before[old.title] and TITLE not in before[new.title]

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(change_url(upcoming), change_form(editor_client, upcoming, articles=[new.pk]))
    after = pages(editor_client, old, new)
    assert TITLE not in after[old.title] and TITLE in after[new.title]


def test_a_conference_deleted_in_the_admin_leaves_the_pages_of_the_articles_that_reported_it(
    editor_client, upcoming, django_capture_on_commit_callbacks
):
    article = ArticleFactory(published=True)
    upcoming.articles.add(article)
    assert TITLE in pages(editor_client, article)[article.title]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"/admin/trainings/training/{upcoming.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Training.objects.exists()
    after = pages(editor_client, article)
    assert not any(TITLE in html for html in after.values())


def test_conferences_deleted_together_from_the_list_leave_their_articles_pages(
    editor_client, upcoming, django_capture_on_commit_callbacks
):
    article = ArticleFactory(published=True)
    upcoming.articles.add(article)
    other = TrainingFactory()
    assert TITLE in pages(editor_client, article)[article.title]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            "/admin/trainings/training/",
            {"action": "delete_selected", "_selected_action": [upcoming.pk, other.pk], "post": "yes"},
        )
    assert response.status_code == 302 and not Training.objects.exists()
    after = pages(editor_client, article)
    assert not any(TITLE in html for html in after.values())


def test_a_private_conference_saved_in_the_admin_purges_nothing(editor_client, django_capture_on_commit_callbacks):
    training = TrainingFactory(is_public=False)
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(change_url(training), change_form(editor_client, training, venue="Hội trường B"))
    assert Training.objects.get(pk=training.pk).venue == "Hội trường B"
    assert get_redis_connection("default").keys(f"*pagecache:gen:{RECORDS[0]}:*") == []
