"""Tests of news/admin/statistics.py: collaborators' articles per author and unit, for editors only."""

import datetime

import pytest
import time_machine

from news.services.articles import articles_go_live
from tests.factories.news import ArticleFactory
from tests.news.admin.helpers import change_form

pytestmark = pytest.mark.django_db


def test_collaborator_statistics_per_author_and_unit(client, editor, collaborator):
    with time_machine.travel(datetime.datetime(2026, 10, 5, 3, 0, tzinfo=datetime.UTC)):
        for _ in range(2):
            article = ArticleFactory(created_by=collaborator, unit=collaborator.unit)
            client.force_login(collaborator)
            client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, _workflow="submit"))
        client.force_login(editor)
        client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, _workflow="publish"))
        articles_go_live()
    client.force_login(editor)
    response = client.get("/admin/news/article/thong-ke/?nam=2026")
    rows = response.context["by_author"]
    assert [(r["month"].month, r["name"], r["submitted"], r["published"]) for r in rows] == [
        (10, collaborator.get_full_name(), 2, 1)
    ]
    units = response.context["by_unit"]
    assert [(r["name"], r["submitted"], r["published"]) for r in units] == [("Trường THCS Nguyễn Du", 2, 1)]
    xlsx = client.get("/admin/news/article/thong-ke/?nam=2026&xuat=xlsx")
    assert xlsx["Content-Disposition"] == 'attachment; filename="thong-ke-cong-tac-vien-2026.xlsx"'


def test_collaborators_do_not_see_statistics(client, collaborator):
    client.force_login(collaborator)
    assert client.get("/admin/news/article/thong-ke/").status_code == 403
