"""Database helpers that read the same on Postgres and on SQLite (the embedded default):
migrations that only make sense on Postgres, a row's children read with it as JSON, and
names sorted in Vietnamese alphabetical order."""

import json

from django.db import migrations
from django.db.models import Aggregate, CharField, JSONField, OuterRef, QuerySet, Subquery
from django.db.models.functions import JSONObject


class PostgresOnlySQL(migrations.RunSQL):
    """RunSQL that does nothing on other databases: GIN and trigram indexes, for example.

    The model state is unchanged by these (they are plain indexes the ORM never names), so
    SQLite, which cannot create them, simply runs without them.
    """

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class JSONList(Aggregate):
    """The aggregated values as one JSON array (JSONB_AGG on Postgres, JSON_GROUP_ARRAY on SQLite)."""

    function = "JSONB_AGG"
    output_field = JSONField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="JSON_GROUP_ARRAY", **extra_context)


def children_json(queryset: QuerySet, parent: str, **columns) -> Subquery:
    """The rows of ``queryset`` whose ``parent`` is the outer row, as a JSON list of objects
    holding ``columns`` (name: field or expression), for ``annotate()``: the page reads a row
    with its children in one query instead of one per prefetched relation. NULL when there
    are none; the rows come in no particular order (``children_rows`` reads them)."""
    grouped = queryset.filter(**{parent: OuterRef("pk")}).values(parent)
    return Subquery(grouped.annotate(rows=JSONList(JSONObject(**columns))).values("rows"), output_field=JSONField())


def children_rows(value, *, json_columns: tuple[str, ...] = (), order: tuple[str, ...] = ()) -> list[dict]:
    """The list ``children_json`` read, sorted by ``order``. SQLite nests a JSON column as
    text, so ``json_columns`` are decoded when they come as strings."""
    rows = value or []
    for row in rows:
        for name in json_columns:
            if isinstance(row.get(name), str):
                row[name] = json.loads(row[name])
    if order:
        rows.sort(key=lambda row: tuple(row[name] for name in order))
    return rows


# ICU's Vietnamese order (A Á … Ă Â B C D Đ E Ê … O Ô Ơ … U Ư …), which Postgres has whatever
# the locale the cluster was made with; under C.UTF-8 "Đà Lạt" would follow "Zalo".
VIETNAMESE_COLLATION = "vi-x-icu"


class VietnameseNameField(CharField):
    """A name that lists sort in Vietnamese alphabetical order: the column has the Vietnamese
    ICU collation on Postgres, so every ``order_by("name")``, ``Meta.ordering`` and sortable
    admin column is right without saying so. Elsewhere (SQLite) it is a plain CharField, sorted
    by code point. The collation is deterministic: equality and uniqueness stay exact."""

    def db_parameters(self, connection):
        parameters = super().db_parameters(connection)
        if connection.vendor == "postgresql" and not self.db_collation:
            parameters["collation"] = VIETNAMESE_COLLATION
        return parameters
