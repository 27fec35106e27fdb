"""Tests of portal/db.py: names sorted in Vietnamese alphabetical order, reads compiled once."""

import datetime
import logging

import pytest
from django.db import connection
from django.db.models.expressions import RawSQL
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import Article, Tag
from news.selectors.articles import cards_by_id
from portal.db import STAND_IN_ID, STAND_IN_TIME, CompiledRead, model_from_row
from portal.models import Unit
from tests.factories.news import ArticleFactory, TagFactory
from tests.factories.portal import UnitFactory, UserFactory

pytestmark = pytest.mark.django_db

# As a Vietnamese reader expects them: Â after A, Đ after D, Ơ after Ô, all before Y.
UNITS_IN_ORDER = [
    "Trường THCS Âu Cơ",
    "Trường THCS Dương Minh Châu",
    "Trường THCS Đoàn Kết",
    "Trường THCS Ơn Sơn",
    "Trường THCS Yên Thế",
]


def test_units_and_tags_are_sorted_in_vietnamese_order():
    for name in reversed(UNITS_IN_ORDER):
        UnitFactory(name=name)
    for name in ["Zalo", "Đổi mới", "Ôn thi", "An toàn", "Ánh sáng", "Dạy học"]:
        TagFactory(name=name)
    assert list(Unit.objects.order_by("name").values_list("name", flat=True)) == UNITS_IN_ORDER
    assert list(Tag.objects.values_list("name", flat=True)) == [  # Meta.ordering
        "An toàn",
        "Ánh sáng",
        "Dạy học",
        "Đổi mới",
        "Ôn thi",
        "Zalo",
    ]
    # Equality stays exact: the collation tells "Đổi mới" from "Doi moi".
    assert not Tag.objects.filter(name="Doi moi").exists()


def test_the_units_list_of_the_admin_is_in_vietnamese_order(client):
    for name in reversed(UNITS_IN_ORDER):
        UnitFactory(name=name)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get("/admin/portal/unit/").text
    assert [html.index(name) for name in UNITS_IN_ORDER] == sorted(html.index(name) for name in UNITS_IN_ORDER)


def _public_titles(pk, now):
    return Article.objects.published(now).filter(pk=pk).values("id", "title", "publish_at", "cover_renditions")


def test_a_compiled_read_is_built_once_and_reads_what_the_orm_reads():
    built = []

    def build(pk, now):
        built.append((pk, now))
        return _public_titles(pk, now)

    read = CompiledRead(build, pk=STAND_IN_ID, now=STAND_IN_TIME)
    live = ArticleFactory(published=True, cover_renditions={"sizes": [{"w": 480}]})
    soon = ArticleFactory(status="published", publish_at=timezone.now() + datetime.timedelta(hours=2))
    now = timezone.now()
    with CaptureQueriesContext(connection) as queries:
        rows = {article: read.rows(pk=article.pk, now=now) for article in (live, soon)}
    for article in (live, soon):
        assert rows[article] == list(_public_titles(article.pk, now))
    assert rows[soon] == []  # the scheduled one is not public yet
    # Postgres plans it once on this connection: prepared, then executed with each run's values.
    assert [query["sql"].split()[0] for query in queries] == ["PREPARE", "EXECUTE", "EXECUTE"]
    assert read.rows(pk=live.pk, now=now)[0]["cover_renditions"] == {"sizes": [{"w": 480}]}  # JSON decoded
    # Each run puts its own moment in: three hours on, the scheduled article is public.
    later = now + datetime.timedelta(hours=3)
    assert [row["id"] for row in read.rows(pk=soon.pk, now=later)] == [soon.pk]
    assert built == [(STAND_IN_ID, STAND_IN_TIME)]


def test_a_prepared_read_keeps_a_percent_sign_written_in_its_sql():
    def build(pk):
        return Article.objects.filter(pk=pk).annotate(share=RawSQL("'100%%'", ())).values("id", "share")

    read = CompiledRead(build, pk=STAND_IN_ID)
    article = ArticleFactory()
    with CaptureQueriesContext(connection) as queries:
        assert read.rows(pk=article.pk) == [{"id": article.pk, "share": "100%"}]
    assert [query["sql"].split()[0] for query in queries] == ["PREPARE", "EXECUTE"]


@pytest.mark.django_db(transaction=True)
def test_a_compiled_read_is_prepared_again_on_a_new_connection():
    read = CompiledRead(_public_titles, pk=STAND_IN_ID, now=STAND_IN_TIME)
    article = ArticleFactory(published=True)
    now = timezone.now()
    assert [row["id"] for row in read.rows(pk=article.pk, now=now)] == [article.pk]
    connection.close()  # a restart of Postgres, or the connection's CONN_MAX_AGE reached
    with CaptureQueriesContext(connection) as queries:
        assert [row["id"] for row in read.rows(pk=article.pk, now=now)] == [article.pk]
    assert [query["sql"].split()[0] for query in queries] == ["PREPARE", "EXECUTE"]


def test_a_read_with_a_value_of_no_known_sql_type_runs_as_plain_sql(caplog):
    def build(pk):
        return Article.objects.filter(pk=pk, related_ids__contains=[9]).values("id")  # and a JSON parameter

    read = CompiledRead(build, pk=STAND_IN_ID)
    listing, other = ArticleFactory(related_ids=[7, 9]), ArticleFactory(related_ids=[7])
    with caplog.at_level(logging.WARNING, logger="portal.db"), CaptureQueriesContext(connection) as queries:
        assert read.rows(pk=listing.pk) == [{"id": listing.pk}]
        assert read.rows(pk=other.pk) == []
    assert "not compiled once" not in caplog.text  # compiled once, then run as plain SQL
    assert [query["sql"].split()[0] for query in queries] == ["SELECT", "SELECT"]


def test_a_read_whose_values_the_orm_writes_into_the_sql_runs_through_the_orm(caplog):
    def build(count):
        return Article.objects.order_by("pk").values("id")[:count]  # LIMIT is written, not a parameter

    read = CompiledRead(build, count=987_654_321)
    first, second = ArticleFactory(), ArticleFactory()
    with caplog.at_level(logging.WARNING, logger="portal.db"):
        assert read.rows(count=1) == [{"id": first.pk}]
    assert "not compiled once" in caplog.text
    assert read.rows(count=2) == [{"id": first.pk}, {"id": second.pk}]


def test_a_compiled_read_takes_exactly_its_values_each_with_its_own_stand_in():
    read = CompiledRead(_public_titles, pk=STAND_IN_ID, now=STAND_IN_TIME)
    with pytest.raises(TypeError):
        read.rows(pk=1)
    with pytest.raises(ValueError, match="its own stand-in"):
        CompiledRead(lambda first, second: Article.objects.filter(pk__in=[first, second]), first=1, second=1)


def test_cards_by_id_read_the_published_ones_among_an_array_of_ids():
    live, other = ArticleFactory(published=True), ArticleFactory(published=True)
    draft = ArticleFactory()
    cards_by_id([live.pk])  # prepared on this connection
    with CaptureQueriesContext(connection) as queries:
        found = cards_by_id([live.pk, draft.pk, other.pk, live.pk])
    assert sorted(article.pk for article in found) == sorted([live.pk, other.pk])
    assert "ARRAY[" in queries[0]["sql"]  # the ids, one array parameter
    assert len(queries) == 1
    assert {article.category.name for article in found} == {live.category.name, other.category.name}
    with CaptureQueriesContext(connection) as queries:
        assert [article.pk for article in cards_by_id([other.pk])] == [other.pk]
    assert len(queries) == 1


def test_model_from_row_loads_an_instance_as_the_orm_does():
    unit = UnitFactory(name="Trường THPT Lê Quý Đôn")
    loaded = model_from_row(Unit, {"slug": unit.slug, "id": unit.pk, "name": unit.name})  # any key order
    assert (loaded.pk, loaded.name, loaded.slug) == (unit.pk, unit.name, unit.slug)
    assert not loaded._state.adding
    assert loaded.get_deferred_fields() >= {"code", "kind"}
    assert loaded.code == unit.code  # a deferred field is read when asked for
    with pytest.raises(ValueError, match="parent"):
        model_from_row(Unit, {"id": unit.pk, "parent": None})  # "parent_id" is the attname
