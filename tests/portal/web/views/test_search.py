"""Tests of portal/web/views/search.py: /tim-kiem/ ignores diacritics and case, tolerates typos, ranks titles first,
keeps bad input safe."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.utils import timezone

from news.services.articles import search_index_refresh
from portal.text import normalize_search_text
from tests.conftest import indexed
from tests.factories.awards import CommendationFactory, DecisionFactory
from tests.factories.news import AnnouncementFactory, ArticleFactory, CategoryFactory, DocumentFactory
from tests.factories.trainings import TrainingFactory

pytestmark = pytest.mark.django_db


def results(client, **params):
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
    page = response.context["page"]
    return list(page.object_list) if page else []


def test_search_runs_on_postgres_full_text():
    assert connection.vendor == "postgresql"


@pytest.mark.parametrize("query", ["truyen thong", "TRUYỀN THÔNG", "truyền thông", "Truyền Thông"])
def test_diacritics_and_case_do_not_matter_and_title_matches_rank_first(client, articles, query):
    assert results(client, q=query) == [articles["title"], articles["body"]]


def test_a_small_typo_is_tolerated(client, articles):
    assert results(client, q="truyen thog") == [articles["title"]]
    assert results(client, q="khai giang nam hok") == [articles["body"]]


def test_filters_by_category_and_date_range(client):
    category = CategoryFactory(name="Tin từ cơ sở")
    old = indexed(title="Truyền thông trường học năm ngoái", category=category)
    old.publish_at = timezone.now() - datetime.timedelta(days=400)
    old.save(update_fields=["publish_at"])
    recent = indexed(title="Truyền thông trường học tháng này", category=category)
    indexed(title="Truyền thông ở chuyên mục khác")
    assert results(client, q="truyen thong", **{"chuyen-muc": category.slug}) == [recent, old]
    since = (timezone.localdate() - datetime.timedelta(days=30)).isoformat()
    assert results(client, q="truyen thong", **{"chuyen-muc": category.slug, "tu-ngay": since}) == [recent]


def test_matched_words_are_highlighted(client, articles):
    html = client.get("/tim-kiem/", {"q": "truyen thong"}).content.decode()
    assert "Tập huấn kỹ năng <mark>truyền</mark> <mark>thông</mark> cho cán bộ quản lý" in html


def test_unpublished_articles_are_never_found(client):
    draft = ArticleFactory(title="Truyền thông nội bộ chưa duyệt")
    draft.search_title = normalize_search_text(draft.title)
    draft.search_document = draft.search_title
    draft.save()
    search_index_refresh(article_ids=[draft.pk])
    assert results(client, q="truyen thong noi bo") == []


def test_results_are_paginated(client):
    for n in range(25):
        indexed(title=f"Truyền thông giáo dục số {n}")
    response = client.get("/tim-kiem/", {"q": "truyen thong", "trang": "2"})
    page = response.context["page"]
    assert (page.paginator.count, len(page.object_list)) == (25, 5)
    assert client.get("/tim-kiem/", {"q": "truyen thong", "trang": "9"}).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 2000,
        "'; DROP TABLE news_article; --",
        "<script>alert('x')</script>",
        '"><img src=x onerror=alert(1)>',
        "!!! ??? ... ---",
        "%_\\",
        "a & b | c ! d",
    ],
)
def test_bad_queries_get_a_normal_page_and_nothing_reflected_unescaped(client, articles, query):
    response = client.get("/tim-kiem/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'name="q"' in html


def test_an_empty_search_asks_for_words(client):
    html = client.get("/tim-kiem/", {"q": "   "}).content.decode()
    assert "Hãy nhập từ khóa (chữ hoặc số) để tìm." in html


def test_search_runs_a_fixed_number_of_queries(client, articles, site_profile, django_assert_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0
    # shell (profile, menu, links), the category choices, the newest matches, titles like the
    # query (only when the words found less than a page, as here), count, page; one query
    # each for announcements, documents, trainings and decisions (first rows and count)
    with django_assert_num_queries(12):
        client.get("/tim-kiem/", {"q": "truyen thong"})
    for n in range(3):
        DocumentFactory(summary=f"Về công tác truyền thông giáo dục, đợt {n}")
    # a kind's own tab (the shell is cached by now): the category choices, count, page
    with django_assert_num_queries(3):
        client.get("/tim-kiem/", {"q": "truyen thong", "loai": "van-ban"})


@pytest.mark.parametrize(
    ("limit", "title", "query"),
    [
        ("SEARCH_CANDIDATES", "Giáo dục số {n}", "giao duc"),  # a common word
        ("TYPO_CANDIDATES", "Hội thảo truyền thông lần {n}", "truyen thogn"),  # a typo
    ],
)
def test_only_the_newest_matches_are_ranked_and_the_page_says_so(client, monkeypatch, limit, title, query):
    monkeypatch.setattr(f"news.selectors.articles.{limit}", 3)
    articles = [indexed(title=title.format(n=n)) for n in range(5)]
    for age, article in enumerate(articles):
        article.publish_at = timezone.now() - datetime.timedelta(days=age + 1)
        article.save(update_fields=["publish_at"])
    response = client.get("/tim-kiem/", {"q": query})
    assert set(response.context["page"].object_list) == set(articles[:3])
    assert "Có hơn 3 bài viết phù hợp; đây là 3 bài mới nhất" in response.content.decode()
    monkeypatch.setattr(f"news.selectors.articles.{limit}", 5)  # exactly as many as the cap: all, no warning
    response = client.get("/tim-kiem/", {"q": query, "trang": 1})  # another cache entry
    assert len(response.context["page"].object_list) == 5
    assert "Có hơn" not in response.content.decode()


# --- one search across kinds ------------------------------------------------------------------------


def test_one_search_finds_every_kind_grouped_with_counts_and_nothing_unpublished(client, articles):
    notices = [AnnouncementFactory(published=True, title=f"Thông báo tuyển sinh lớp 10, đợt {n}") for n in range(1, 5)]
    AnnouncementFactory(title="Tuyển sinh: thông báo nháp")
    AnnouncementFactory(
        status="published", publish_at=timezone.now() + datetime.timedelta(hours=1), title="Tuyển sinh hẹn giờ"
    )
    document = DocumentFactory(summary="Kế hoạch tuyển sinh vào lớp 10 năm học mới")
    DocumentFactory(summary="Tuyển sinh: văn bản chưa công khai", is_public=False)
    training = TrainingFactory(title="Tập huấn công tác tuyển sinh đầu cấp")
    TrainingFactory(title="Tuyển sinh: hội nghị chưa công khai", is_public=False)
    decision = DecisionFactory(summary="Khen thưởng tập thể làm tốt công tác tuyển sinh")
    CommendationFactory(decision=decision, recipient_name="Nguyễn Tuyển Sinh")
    draft_decision = DecisionFactory(status="draft")
    CommendationFactory(decision=draft_decision, recipient_name="Lê Tuyển Sinh")
    response = client.get("/tim-kiem/", {"q": "TUYEN SINH"})
    groups = {group["kind"]: (group["rows"], group["total"]) for group in response.context["groups"]}
    assert groups == {
        "thong-bao": (notices[::-1][:3], 4),
        "van-ban": ([document], 1),
        "hoi-nghi": ([training], 1),
        "khen-thuong": ([decision], 1),
    }
    html = response.content.decode()
    for hidden in ("thông báo nháp", "hẹn giờ", "chưa công khai", draft_decision.number):
        assert hidden not in html
    assert "Thông báo (4)" in html
    assert 'href="?q=TUYEN%20SINH&amp;loai=thong-bao">Xem cả 4 kết quả thông báo</a>' in html


def test_a_kinds_tab_pages_through_its_results(client, settings):
    settings.PAGE_SIZE = 2
    notices = [AnnouncementFactory(published=True, title=f"Lịch thi học kỳ, khối {n}") for n in range(6, 11)]
    response = client.get("/tim-kiem/", {"q": "lich thi", "loai": "thong-bao", "trang": "2"})
    assert list(response.context["page"].object_list) == notices[::-1][2:4]
    assert "Thông báo: tìm thấy 5 kết quả." in response.content.decode()


def test_an_unknown_kind_shows_every_kind(client, articles):
    response = client.get("/tim-kiem/", {"q": "truyen thong", "loai": "<script>"})
    assert response.context["kind"] == ""
    assert "<script>" not in response.content.decode()


def test_a_training_is_found_within_a_minute_though_it_purges_no_page(client):
    moment = timezone.now().replace(microsecond=0)
    with time_machine.travel(moment, tick=False):
        first = client.get("/tim-kiem/", {"q": "phat ngon", "loai": "hoi-nghi"})
        assert first["Cache-Control"] == "public, max-age=60"
        TrainingFactory(title="Tập huấn kỹ năng phát ngôn")
        assert "Tập huấn kỹ năng phát ngôn" not in client.get("/tim-kiem/", {"q": "phat ngon", "loai": "hoi-nghi"}).text
    with time_machine.travel(moment + datetime.timedelta(seconds=60), tick=False):
        assert "Tập huấn kỹ năng phát ngôn" in client.get("/tim-kiem/", {"q": "phat ngon", "loai": "hoi-nghi"}).text
