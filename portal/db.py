"""Database helpers that read the same on Postgres and on SQLite (the embedded default):
migrations that only make sense on Postgres, a row's children read with it as JSON, names
sorted in Vietnamese alphabetical order, and reads compiled to SQL once per process."""

import functools
import itertools
import json
import logging
import re
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connections, migrations
from django.db.models import Aggregate, CharField, JSONField, Model, OuterRef, QuerySet, Subquery
from django.db.models.functions import JSONObject

logger = logging.getLogger(__name__)


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


@functools.cache
def _load_order(model: type[Model], attnames: frozenset[str]) -> tuple[str, ...]:
    """``attnames`` in the model's field order, the order ``Model.from_db`` reads values in."""
    known = {field.attname for field in model._meta.concrete_fields}
    if not attnames <= known:
        raise ValueError(f"not attnames of {model.__name__}: {sorted(attnames - known)}")
    return tuple(field.attname for field in model._meta.concrete_fields if field.attname in attnames)


def model_from_row(model: type[Model], values: dict, *, using: str = DEFAULT_DB_ALIAS) -> Model:
    """An instance of ``model`` as the ORM loads it, from ``values`` keyed by attname (the
    fields not given are deferred): for rows read with ``values()``. A key that is not an
    attname (``category`` for ``category_id``) is an error, not a query per access later."""
    order = _load_order(model, frozenset(values))
    return model.from_db(using, order, [values[attname] for attname in order])


# Values no real row holds, which a compiled read is built with and then finds among its SQL's
# parameters (see CompiledRead).
STAND_IN_ID = -2_000_000_011
STAND_IN_TIME = datetime(1901, 2, 3, 4, 5, 6, 789_012, tzinfo=UTC)


@dataclass(frozen=True)
class _Compiled:
    compiler: object  # the SQLCompiler that compiled it: its converters turn rows into values
    sql: str
    params: tuple
    positions: tuple[tuple[int, str], ...]  # (index in params, name of the value)
    names: tuple[str, ...]  # the row's keys, as values() names them
    statement: "_Statement | None"  # the prepared statement that runs it, when its values' types are known


@dataclass(frozen=True)
class _Statement:
    """A compiled read as a server-side prepared statement: planned by Postgres once per
    connection instead of on every run (the article's query took 0.5 ms to plan, 0.1 to run)."""

    name: str
    prepare: str  # PREPARE name (types) AS the SQL with $1, $2… (run without parameters: "%" is itself)
    execute: str  # EXECUTE name (%s, %s…): the values passed as they are to the SQL


# The SQL type of a parameter by its Python type (bool before int: a bool is an int). A read
# with a parameter of another type is not prepared.
_SQL_TYPES = ((bool, "boolean"), (int, "bigint"), (str, "text"), (datetime, "timestamptz"), (date, "date"),
              (float, "double precision"), (Decimal, "numeric"))  # fmt: skip
_PLACEHOLDER = re.compile(r"%([s%])")
_statement_numbers = itertools.count(1)  # a name per statement in this process


def _sql_type(value) -> str | None:
    if isinstance(value, list | tuple):
        item_types = {_sql_type(item) for item in value}
        return f"{item_types.pop()}[]" if len(item_types) == 1 and None not in item_types else None
    return next((name for kind, name in _SQL_TYPES if isinstance(value, kind)), None)


def _statement(sql: str, params: tuple) -> _Statement | None:
    types = [_sql_type(param) for param in params]
    if None in types:
        return None
    if sum(match[1] == "s" for match in _PLACEHOLDER.finditer(sql)) != len(params):
        return None  # placeholders and parameters do not pair up
    numbers = iter(range(1, len(params) + 1))
    numbered = _PLACEHOLDER.sub(lambda match: f"${next(numbers)}" if match[1] == "s" else "%", sql)
    name = f"compiled_read_{next(_statement_numbers)}"
    prepare = f"PREPARE {name} ({', '.join(types)}) AS {numbered}"
    execute = f"EXECUTE {name} ({', '.join(['%s'] * len(params))})" if params else f"EXECUTE {name}"
    return _Statement(name, prepare, execute)


# The statements prepared on each open connection (a prepared statement lives as long as its
# connection; a new connection, after a restart or CONN_MAX_AGE, is a new key).
_prepared_on: "weakref.WeakKeyDictionary[object, set[str]]" = weakref.WeakKeyDictionary()
_prepared_lock = threading.Lock()  # connections are per thread, the dictionary is shared


def _prepared_statements(connection) -> set[str]:
    with _prepared_lock:
        return _prepared_on.setdefault(connection, set())


class CompiledRead:
    """A ``values()`` read whose SQL the ORM compiles once per process and database, then runs
    again with new values (docs/architecture.md: cheap public pages).

    Compiling a queryset with subqueries costs Django more than Postgres takes to run it: the
    article page's one query took 5 ms of Python to compile and 1 ms to run. ``build(**values)``
    returns the ``values()`` queryset; it is built once with ``stand_ins`` (``STAND_IN_ID``,
    ``STAND_IN_TIME``: values of the right type that no row holds), compiled, and the
    parameters equal to a stand-in are where each run puts its own value. The rows are dicts,
    as ``values()`` gives them, converted by the compiler that compiled them.

    The SQL is also a server-side prepared statement, prepared once on each connection the
    process opens (``PREPARE``; then ``EXECUTE`` with the values): Postgres then plans it once,
    not on every run, which took it longer than running the query. Prepared statements belong
    to a session, so the portal connects to Postgres directly or through a pooler that keeps a
    server connection per client (PgBouncer's session mode, not its transaction mode). A read
    whose parameters include a type without an SQL name here runs as plain SQL.

    On Postgres only: SQLite's compiler converts values as it compiles (a datetime becomes
    text), so there, and whenever a stand-in is not among the parameters (the ORM wrote it
    into the SQL text, or compiled the query away), the read is built and run through the ORM
    on every call, with the same result.
    """

    def __init__(self, build: Callable[..., QuerySet], **stand_ins) -> None:
        if len({repr(stand_in) for stand_in in stand_ins.values()}) != len(stand_ins):
            raise ValueError("each value of a compiled read needs its own stand-in")
        self.build = build
        self.stand_ins = stand_ins
        self._compiled: dict[str, _Compiled | None] = {}
        self._lock = threading.Lock()

    def rows(self, *, using: str = DEFAULT_DB_ALIAS, **values) -> list[dict]:
        if values.keys() != self.stand_ins.keys():
            raise TypeError(f"a compiled read takes {sorted(self.stand_ins)}, not {sorted(values)}")
        if using not in self._compiled:
            with self._lock:
                if using not in self._compiled:
                    self._compiled[using] = self._compile(using)
        compiled = self._compiled[using]
        if compiled is None:
            return list(self.build(**values).using(using))
        params = list(compiled.params)
        for index, name in compiled.positions:
            params[index] = values[name]
        statement = compiled.statement
        with connections[using].cursor() as cursor:
            if statement is None:
                cursor.execute(compiled.sql, params)
            else:
                prepared = _prepared_statements(connections[using].connection)
                if statement.name not in prepared:
                    cursor.execute(statement.prepare)
                    prepared.add(statement.name)
                cursor.execute(statement.execute, params)
            fetched = cursor.fetchall()
        names = compiled.names
        return [dict(zip(names, row, strict=True)) for row in compiled.compiler.results_iter([fetched])]

    def _compile(self, using: str) -> _Compiled | None:
        if connections[using].vendor != "postgresql":
            return None
        query = self.build(**self.stand_ins).query
        compiler = query.get_compiler(using=using)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            return None
        positions = tuple(
            (index, name)
            for index, param in enumerate(params)
            for name, stand_in in self.stand_ins.items()
            if type(param) is type(stand_in) and param == stand_in
        )
        found = {name for _index, name in positions}
        written_in = [name for name, stand_in in self.stand_ins.items() if str(stand_in) in sql]
        if found != self.stand_ins.keys() or written_in:
            logger.warning("%s: not compiled once (stand-ins found: %s)", self.build, sorted(found))
            return None
        if query.selected:
            names = tuple(query.selected)
        else:
            names = (*query.extra_select, *query.values_select, *query.annotation_select)
        return _Compiled(compiler, sql, tuple(params), positions, names, _statement(sql, tuple(params)))
