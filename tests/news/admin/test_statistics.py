"""Tests of news/admin/statistics.py: collaborators' articles per author and unit, for editors only."""

import pytest
import time_machine
from django.utils import timezone

from news.services.articles import articles_go_live
from tests.factories.news import ArticleFactory
from tests.news.admin.helpers import change_form
from tests.news.royalty_helpers import middle_of_this_month

pytestmark = pytest.mark.django_db


def test_collaborator_statistics_per_author_and_unit(client, editor, collaborator):
    with time_machine.travel(middle_of_this_month()):  # the month's figures, whatever day the test runs
        month = timezone.localdate()
        for _ in range(2):
            article = ArticleFactory(created_by=collaborator, unit=collaborator.unit)
            client.force_login(collaborator)
            client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, _workflow="submit"))
        client.force_login(editor)
        client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, _workflow="publish"))
        articles_go_live()
    client.force_login(editor)
    response = client.get(f"/admin/news/article/thong-ke/?nam={month.year}")
    rows = response.context["by_author"]
    assert [(r["month"].month, r["name"], r["submitted"], r["published"]) for r in rows] == [
        (month.month, collaborator.get_full_name(), 2, 1)
    ]
    units = response.context["by_unit"]
    assert [(r["name"], r["submitted"], r["published"]) for r in units] == [("Trường THCS Nguyễn Du", 2, 1)]
    xlsx = client.get(f"/admin/news/article/thong-ke/?nam={month.year}&xuat=xlsx")
    assert xlsx["Content-Disposition"] == f'attachment; filename="thong-ke-cong-tac-vien-{month.year}.xlsx"'


def test_collaborators_do_not_see_statistics(client, collaborator):
    client.force_login(collaborator)
    assert client.get("/admin/news/article/thong-ke/").status_code == 403
