"""Fast bulk writes for imports: plain dicts in, one executemany per statement shape.

Django's ``bulk_create`` builds a model instance and compiles every value through the
ORM (about 300 µs a contact); a 30,000-row import spent most of its time there. These
helpers take rows as ``{attname: value}`` dicts, fill defaults, convert a column at a time
with a converter chosen per field (the columns come from the model), and hand the rows to
the database driver; on SQLite a value every row of a batch shares is written into the
statement once instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

from django.db import connection, models
from django.utils import timezone

from rapport.lib.column_values import (
    column_converter,
    converted,
)


def _columns(model: type[models.Model]) -> list[models.Field[Any, Any]]:
    return [f for f in model._meta.concrete_fields if not f.primary_key]


#: Rows converted and sent per executemany: converting a whole 200,000-row file at once held
#: every row's JSON text in memory at the same time.
BATCH = 2000


def insert_rows(model: type[models.Model], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` ({attname: value}, all with the same keys; others take defaults)."""
    if not rows:
        return
    # Keys that are no column (the primary key among them) are left out, as they were.
    columns = {f.attname for f in _columns(model)}
    names = [name for name in rows[0] if name in columns]
    get: Callable[[dict[str, Any]], Any] = itemgetter(*names) if names else lambda _row: ()
    write = _writer(model, names)
    for begin in range(0, len(rows), BATCH):
        batch = rows[begin : begin + BATCH]
        write([(get(row),) for row in batch] if len(names) == 1 else list(map(get, batch)))


def insert_values(
    model: type[models.Model],
    names: list[str],
    rows: list[tuple[Any, ...]],
    fixed: dict[str, Any],
    standing_in: frozenset[str] = frozenset(),
) -> None:
    """Insert ``rows``, each a tuple of the values of ``names`` (attnames) in that order,
    every value already as the driver binds it (``column_values.converted``); ``fixed``
    ({attname: value}) holds the Python values every row shares, and the other columns take
    their defaults.

    For the imports that make 50,000 rows (messages): the caller makes each value in its
    final form as it makes the row, so nothing is taken apart, converted and put back
    together here, which was two fifths of the write (docs/benchmarks.md). The columns
    ``standing_in`` names hold ``NULL_STANDIN`` for None (``_takes_standin`` says why).
    """
    if not rows:
        return
    by_name = {f.attname: f for f in _columns(model)}
    constants = _defaults(model, names, fixed)
    head, values, tail = _insert_statement(
        model,
        [by_name[name] for name in names],
        constants,
        {by_name[name] for name in standing_in},
    )
    shared = tuple(tail)
    with connection.cursor() as cursor:
        for begin in range(0, len(rows), BATCH):
            batch = rows[begin : begin + BATCH]
            _execute(cursor, head, values, [row + shared for row in batch] if shared else batch)


def _defaults(
    model: type[models.Model], names: list[str], fixed: dict[str, Any] | None = None
) -> list[tuple[models.Field[Any, Any], Any]]:
    """Return each column not in ``names`` with its value as the driver takes it: from
    ``fixed`` when there, else its default (the time now for an automatic one)."""
    now = timezone.now()
    defaults: list[tuple[models.Field[Any, Any], Any]] = []
    for field in _columns(model):
        if field.attname in names:
            continue
        if fixed is not None and field.attname in fixed:
            value = fixed[field.attname]
        else:
            auto = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
            value = now if auto else field.get_default()
        # One value for all rows, converted once.
        defaults.append((field, converted(field, value)))
    return defaults


def _writer(model: type[models.Model], names: list[str]) -> Callable[[list[tuple[Any, ...]]], None]:
    """Return what inserts a batch of tuples of ``names``; the other columns take defaults."""
    by_name = {f.attname: f for f in _columns(model)}
    fields = [by_name[name] for name in names]
    defaults = _defaults(model, names)
    converters = [(i, c) for i, c in enumerate(map(column_converter, fields)) if c is not None]
    stand_in = {field for field in fields if _takes_standin(field)}

    def write(batch: list[tuple[Any, ...]]) -> None:
        # Column by column: each is taken out of the rows, and converted, in one pass.
        columns: list[list[Any]] = [list(column) for column in zip(*batch, strict=True)]
        for i, convert in converters:
            columns[i] = convert(columns[i])
        bound: list[tuple[models.Field[Any, Any], list[Any]]] = []
        fixed = list(defaults)
        standing_in: set[models.Field[Any, Any]] = set()
        for field, column in zip(fields, columns, strict=True):
            if len(batch) > 1 and _one_value(column):
                fixed.append((field, column[0]))
                continue
            if field in stand_in and column.count(None) * 4 > len(column):
                column = [NULL_STANDIN if value is None else value for value in column]
                standing_in.add(field)
            bound.append((field, column))
        head, values, constants = _insert_statement(
            model, [f for f, _ in bound], fixed, standing_in
        )
        if bound:
            shared = (repeat(value, len(batch)) for value in constants)
            params = list(zip(*(column for _, column in bound), *shared, strict=True))
        else:
            params = [tuple(constants)] * len(batch)
        with connection.cursor() as cursor:
            _execute(cursor, head, values, params)

    return write


#: Rows one INSERT statement carries on SQLite, at most (and ``max_query_params`` values).
ROWS_A_STATEMENT = 50


def _execute(cursor: Any, head: str, values: str, params: list[tuple[Any, ...]]) -> None:
    """Insert a row of ``values`` (its SQL) for each of ``params`` (its values), in order.

    On SQLite several rows go into each statement. Django makes its ids AUTOINCREMENT,
    and SQLite then reads ``sqlite_sequence`` and writes it back once for every statement
    executed: executemany executes one a row, which took a contact about 10,000 machine
    instructions (a 30,000-row import, 0.4x its floor). Rows keep their order, and with it
    their ids. The rows that do not fill a last statement go in one by one.
    """
    width = len(params[0]) if params else 0
    per = 1
    if connection.vendor == "sqlite" and len(params) > 1:
        limit = connection.features.max_query_params
        per = max(1, min(ROWS_A_STATEMENT, limit // width)) if width and limit else ROWS_A_STATEMENT
    full = len(params) // per * per if per > 1 else 0
    if full:
        sql = head + ", ".join([values] * per)
        flat = chain.from_iterable
        cursor.executemany(sql, [tuple(flat(params[i : i + per])) for i in range(0, full, per)])
    if full < len(params):
        cursor.executemany(head + values, params[full:])


_PLAIN = (str, int, bool)


def _one_value(column: list[Any]) -> bool:
    """Return True when every value of ``column`` is the same text, number, boolean or None."""
    first = column[0]
    kind = type(first)
    if first is not None and kind not in _PLAIN:
        return False
    if column[-1] != first or column[len(column) // 2] != first:
        return False  # most columns vary: no need to count them through
    # count() compares with ==, and 1 == True: the types are checked too, only then.
    return column.count(first) == len(column) and len(set(map(type, column))) == 1


#: What a column of ``_takes_standin`` binds for None, read back as NULL (``NULLIF``).
NULL_STANDIN = -1


def _takes_standin(field: models.Field[Any, Any]) -> bool:
    """Return True when a None of ``field`` may be bound as ``NULL_STANDIN`` on SQLite: a
    nullable key, flag or count, whose values are never negative.

    sqlite3 binds an integer directly but looks a None's adapter up first: 150 ns a None
    against 63 ns an integer, timed alone. A column mostly None in a batch (a contact's
    target company, whether their company is in the target industry) binds -1 instead,
    read back as NULL by ``NULLIF``; a column mostly filled is left as it is, since making
    the stand-ins costs a pass over it.
    """
    if connection.vendor != "sqlite" or not field.null:
        return False
    if isinstance(field, models.ForeignKey):
        target = field.target_field
        return isinstance(target, models.AutoField | models.BigAutoField)
    return isinstance(
        field,
        models.BooleanField | models.PositiveIntegerField | models.PositiveSmallIntegerField,
    )


def _insert_statement(
    model: type[models.Model],
    bound: list[models.Field[Any, Any]],
    fixed: list[tuple[models.Field[Any, Any], Any]],
    standing_in: set[models.Field[Any, Any]] | frozenset[models.Field[Any, Any]] = frozenset(),
) -> tuple[str, str, list[Any]]:
    """Return the INSERT for ``bound`` columns and ``fixed`` (column, value) pairs.

    On SQLite a value every row shares (the owner, an empty list, a default) is written in
    the statement once rather than bound to every row: a third of a contact's 34 columns,
    and a fifth of the insert's time. Returns the statement up to its VALUES, one row's
    values (``(%s, %s, 'text')``), and the fixed values still to bind with each row (other
    databases, or values with no plain SQL form). The ``standing_in`` columns bind
    ``NULL_STANDIN`` for a None.
    """
    quote = connection.ops.quote_name
    names, constants = [quote(f.column) for f in bound], []
    marks = [f"NULLIF(%s, {NULL_STANDIN})" if f in standing_in else "%s" for f in bound]
    for field, value in fixed:
        names.append(quote(field.column))
        literal = _literal(value) if connection.vendor == "sqlite" else None
        if literal is None:
            marks.append("%s")
            constants.append(value)
        else:
            marks.append(literal)
    table = quote(model._meta.db_table)
    head = f"INSERT INTO {table} ({', '.join(names)}) VALUES "  # noqa: S608 - names
    return head, f"({', '.join(marks)})", constants


def _literal(value: Any) -> str | None:
    """Return ``value`` as an SQLite literal (None, a number or text), or None if it has none.

    Text is quoted the SQL way (a quote doubled; SQLite has no backslash escapes) and its
    ``%`` doubled for the cursor's parameter style.
    """
    if value is None:
        return "NULL"
    if type(value) is bool:
        return "1" if value else "0"
    if type(value) is int:
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''").replace("%", "%%") + "'"
    return None


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
            sets = ", ".join(f"{connection.ops.quote_name(fields[n].column)} = %s" for n in shape)
            sql = f"UPDATE {table} SET {sets} WHERE id = %s"  # noqa: S608 - names, not data
            columns = []
            for name in shape:
                column = [values[name] for _pk, values in items]
                convert = column_converter(fields[name])
                columns.append(column if convert is None else convert(column))
            cursor.executemany(sql, list(zip(*columns, [pk for pk, _v in items], strict=True)))
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
