"""Fast bulk writes for imports: plain dicts in, one executemany per statement shape.

Django's ``bulk_create`` builds a model instance and compiles every value through the
ORM (about 300 µs a contact); a 30,000-row import spent most of its time there. These
helpers take rows as ``{attname: value}`` dicts, fill defaults, convert each column once
per value with a converter chosen per field, and hand the rows to the database driver.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
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
            # Rows often share one object (a cached verdict's reasons): encode it once.
            if value is None:
                return None
            if not value:
                return "[]" if isinstance(value, list) else "{}"
            hit = memo.get(id(value))
            if hit is not None and hit[0] is value:
                return hit[1]
            text = json.dumps(value)
            memo[id(value)] = (value, text)
            return text

        return as_json
    if isinstance(field, models.DateTimeField):
        return lambda v: connection.ops.adapt_datetimefield_value(v)
    if isinstance(field, models.DateField):
        if postgres:
            return lambda v: v
        return lambda v: v.isoformat() if isinstance(v, date) else v
    return lambda v: v


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
    with connection.cursor() as cursor:
        for begin in range(0, len(rows), BATCH):
            # Fresh converters a batch: their memo of shared JSON values stays small.
            present = list(zip(names, map(_converter, fields), strict=True))
            params = [[c(row[n]) for n, c in present] + tail for row in rows[begin : begin + BATCH]]
            cursor.executemany(sql, params)


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
