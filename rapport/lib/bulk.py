"""Fast bulk writes for imports: plain dicts in, one executemany per statement shape.

Django's ``bulk_create`` builds a model instance and compiles every value through the
ORM (about 300 µs a contact); a 30,000-row import spent most of its time there. These
helpers take rows as ``{attname: value}`` dicts, fill defaults, convert each column once
per value with a converter chosen per field, and hand the rows to the database driver.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from json.encoder import encode_basestring_ascii
from operator import itemgetter
from typing import Any

from django.db import connection, models
from django.utils import timezone

Convert = Callable[[Any], Any]


def _converter(field: models.Field[Any, Any]) -> Convert:
    postgres = connection.vendor == "postgresql"
    if isinstance(field, models.JSONField):
        if postgres:
            from psycopg.types.json import Jsonb

            return lambda v: None if v is None else Jsonb(v)
        memo: dict[int, tuple[Any, str]] = {}

        def as_json(value: Any) -> str | None:
            if value is None:
                return None
            if not value:
                return "[]" if isinstance(value, list) else "{}"
            if type(value) is list and all(type(item) is str for item in value):
                # Emails, phones, circles: the C string encoder alone, the same text as
                # json.dumps gives, without its Python layers (most of the cost here).
                return "[" + ", ".join(map(encode_basestring_ascii, value)) + "]"
            # Rows often share one object (the same overrides): encode it once.
            hit = memo.get(id(value))
            if hit is not None and hit[0] is value:
                return hit[1]
            text = _dumps(value)
            memo[id(value)] = (value, text)
            return text

        return as_json
    if isinstance(field, models.DateTimeField):
        return lambda v: connection.ops.adapt_datetimefield_value(v)
    if isinstance(field, models.DateField):
        if postgres:
            return _same
        return lambda v: v.isoformat() if isinstance(v, date) else v
    return _same


def _same(value: Any) -> Any:
    """The converter of columns the driver takes as they are (most of them)."""
    return value


def _json_encoder() -> Callable[[Any], str]:
    """Return json.dumps with its defaults, made once: dumps builds its encoder every call.

    The text is the same as json.dumps gives (and Django writes), byte for byte.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return json.dumps
    encode = make(
        None,
        json.JSONEncoder().default,
        encode_basestring_ascii,
        None,
        ": ",
        ", ",
        False,
        False,
        True,
    )
    return lambda value: "".join(encode(value, 0))


_dumps = _json_encoder()


def _columns(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    return [f for f in model._meta.concrete_fields if not f.primary_key]


#: Rows converted and sent per executemany: converting a whole 200,000-row file at once held
#: every row's JSON text in memory at the same time.
BATCH = 2000


def insert_rows(model: type[models.Model], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` ({attname: value}, all with the same keys; others take defaults)."""
    if not rows:
        return
    now = timezone.now()
    given = set(rows[0])
    names = [f.attname for f in _columns(model) if f.attname in given]
    fields = [f for f in _columns(model) if f.attname in given]
    defaults: list[tuple[models.Field[Any, Any], Any]] = []
    for field in _columns(model):
        if field.attname not in given:
            # A column the rows leave out gets one default, converted once for all rows.
            auto = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
            defaults.append((field, _converter(field)(now if auto else field.get_default())))
    tail = [value for _, value in defaults]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(
        connection.ops.quote_name(f.column) for f in [*fields, *(f for f, _ in defaults)]
    )
    marks = ", ".join(["%s"] * (len(fields) + len(defaults)))
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608 - names, not data
    take = itemgetter(*names)
    with connection.cursor() as cursor:
        for begin in range(0, len(rows), BATCH):
            # Fresh converters a batch: their memo of shared JSON values stays small.
            convert = [(i, c) for i, c in enumerate(map(_converter, fields)) if c is not _same]
            params = []
            for row in rows[begin : begin + BATCH]:
                values = [*take(row), *tail] if len(names) > 1 else [take(row), *tail]
                for i, c in convert:
                    values[i] = c(values[i])
                params.append(values)
            cursor.executemany(sql, params)


#: Fewer rows than this go into the indexes as they are inserted.
DEFER_INDEXES_AT = 5000


@contextmanager
def indexes_deferred(model: type[models.Model], adding: int) -> Iterator[None]:
    """On SQLite, build ``model``'s indexes after ``adding`` rows are in, not row by row.

    Inserting 30,000 contacts into seven indexes took twice as long as the rows alone, and
    building the indexes afterwards takes a tenth of that (docs/benchmarks.md). Only done
    when the table would at least double, inside the caller's transaction (a failure rolls
    the dropped indexes back too), and never on PostgreSQL, where dropping an index would
    slow every other workspace on the server.
    """
    if connection.vendor != "sqlite" or adding < DEFER_INDEXES_AT:
        yield
        return
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
        (present,) = cursor.fetchone()
        if present > adding:
            yield
            return
        cursor.execute(
            "SELECT name, sql FROM sqlite_master"
            " WHERE type = 'index' AND tbl_name = %s AND sql IS NOT NULL",
            [table],
        )
        indexes = cursor.fetchall()
        for name, _sql in indexes:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for _name, sql in indexes:
                cursor.execute(sql)


def update_rows(model: type[models.Model], changes: Iterable[tuple[int, dict[str, Any]]]) -> int:
    """Apply ``(pk, {attname: value})`` updates, grouped by the columns they set."""
    by_shape: dict[tuple[str, ...], list[tuple[int, dict[str, Any]]]] = {}
    for pk, values in changes:
        if values:
            by_shape.setdefault(tuple(sorted(values)), []).append((pk, values))
    fields = {f.attname: f for f in _columns(model)}
    table = connection.ops.quote_name(model._meta.db_table)
    done = 0
    with connection.cursor() as cursor:
        for shape, items in by_shape.items():
            converters = [_converter(fields[name]) for name in shape]
            sets = ", ".join(f"{connection.ops.quote_name(fields[n].column)} = %s" for n in shape)
            sql = f"UPDATE {table} SET {sets} WHERE id = %s"  # noqa: S608 - names, not data
            params = [
                [c(values[n]) for n, c in zip(shape, converters, strict=True)] + [pk]
                for pk, values in items
            ]
            cursor.executemany(sql, params)
            done += len(items)
    return done


def read_rows(
    model: type[models.Model], names: tuple[str, ...], where: str, params: list[Any]
) -> list[dict[str, Any]]:
    """Return ``names`` (attnames) of the rows matching the SQL ``where``, as dicts.

    JSON columns are decoded here with a cache, since most hold the same few texts ("[]",
    the same reasons): Django's per-value decoding was most of a re-import's time.
    """
    fields = {f.attname: f for f in model._meta.concrete_fields}
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(fields[n].column) for n in names)
    json_at = [i for i, n in enumerate(names) if isinstance(fields[n], models.JSONField)]
    date_at = [
        i
        for i, n in enumerate(names)
        if isinstance(fields[n], models.DateField)
        and not isinstance(fields[n], models.DateTimeField)
    ]
    cache: dict[str, Any] = {}
    rows = []
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {table} WHERE {where}", params)  # noqa: S608
        for record in cursor.fetchall():
            values = list(record)
            for i in json_at:
                text = values[i]
                if isinstance(text, str):
                    if text not in cache:
                        cache[text] = json.loads(text)
                    # Lists and dicts are copied so that rows never share one object.
                    decoded = cache[text]
                    values[i] = decoded.copy() if isinstance(decoded, list | dict) else decoded
            for i in date_at:
                if isinstance(values[i], str):
                    values[i] = date.fromisoformat(values[i])
            rows.append(dict(zip(names, values, strict=True)))
    return rows
