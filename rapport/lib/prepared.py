"""Querysets compiled once and run again with other values: for the pages opened most.

Django turns a queryset into SQL anew every time it runs: for a contact (40 columns) that
is most of the query's cost, and a contact's page runs seven such queries besides signing
in. A page whose queries keep one shape builds each once per database connection, with
stand-in values, and then only swaps the values in (docs/decisions.md, "Queries prepared
once for the pages opened most"). The rows become model instances (or tuples, for
``values_list``) exactly as Django would make them: the same converters, the same deferred
fields, the same related objects.

Only whole numbers and texts can vary, and only where they stand as a query parameter;
lists of varying length cannot.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db import connections
from django.db.models import QuerySet
from django.db.models.query import (  # type: ignore[attr-defined]  # not in the stubs
    ModelIterable,
    ValuesListIterable,
    get_related_populators,
)
from django.db.models.sql.compiler import SQLCompiler

T = TypeVar("T")


@dataclass(frozen=True)
class _Compiled:
    compiler: SQLCompiler
    sql: str
    params: tuple[Any, ...]
    #: For each value the query is called with, its places among the parameters.
    places: tuple[tuple[int, ...], ...]
    db: str
    as_models: bool
    #: Django's conversions of the values read (dates on SQLite, JSON, …), by column.
    converters: dict[int, Any]


class Prepared(Generic[T]):
    """A queryset ``build(*values)`` whose SQL is worked out once per connection.

    ``kinds`` says what each value is (``int`` or ``str``): the stand-ins are of that kind,
    so Django prepares them as it would the real values.
    """

    def __init__(self, build: Callable[..., QuerySet[Any, T]], *kinds: type) -> None:
        self.build = build
        self.kinds = kinds
        self.compiled: weakref.WeakKeyDictionary[Any, _Compiled] = weakref.WeakKeyDictionary()
        self.lock = threading.Lock()
        #: The database the queryset reads, learnt when it is first built.
        self.alias: str | None = None

    def __call__(self, *values: int | str) -> list[T]:
        """Return the rows of ``build(*values)``, as Django's queryset would give them."""
        if len(values) != len(self.kinds) or any(
            type(value) is not kind for value, kind in zip(values, self.kinds, strict=True)
        ):
            raise TypeError(f"expected values of kinds {self.kinds}, got {values!r}")
        if any(type(value) is int and not INT64[0] <= value <= INT64[1] for value in values):
            return []  # no row holds a number beyond 64 bits (Django finds none either)
        compiled = self._compiled()
        params = list(compiled.params)
        for value, places in zip(values, compiled.places, strict=True):
            for place in places:
                params[place] = value
        connection = compiled.compiler.connection
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            fetched = cursor.fetchall()
        rows: Iterable[Any] = fetched
        if compiled.converters:
            rows = compiled.compiler.apply_converters(rows, compiled.converters)
        if not compiled.as_models:
            return [tuple(row) for row in rows]  # type: ignore[misc]  # values_list rows
        return list(self._models(compiled, rows))

    def _compiled(self) -> _Compiled:
        # The connection of this thread: each has its own, and its compiler converts rows.
        found = self.compiled.get(connections[self.alias]) if self.alias else None
        if found is None:
            compiled = _compile(self.build, self.kinds)
            with self.lock:
                self.alias = compiled.db
                self.compiled[connections[compiled.db]] = found = compiled
        return found

    @staticmethod
    def _models(compiled: _Compiled, rows: Iterable[Any]) -> Iterator[T]:
        compiler = compiled.compiler
        klass_info = compiler.klass_info
        assert klass_info is not None
        model = klass_info["model"]
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        names = [column[0].target.attname for column in compiler.select[start:end]]
        related = get_related_populators(klass_info, compiler.select, compiled.db)
        for row in rows:
            instance = model.from_db(compiled.db, names, row[start:end])
            for populator in related:
                populator.populate(row, instance)
            yield instance


#: The range of a 64-bit whole number, the widest a database column holds.
INT64 = (-(2**63), 2**63 - 1)


def _stand_in(kind: type, n: int, second: bool = False) -> int | str:
    """Return the ``n``th value's stand-in: of its kind, and unlikely in a real query.

    Whole numbers stay within the narrowest column's range (a positive small integer):
    Django finds no row for a value beyond its column and leaves the query unbuilt.
    """
    if kind is int:
        return (30_071 if second else 30_011) + n
    if kind is str:
        return f"\x1fprepared stand-in {n}{'b' if second else 'a'}\x1f"
    raise TypeError(f"a prepared query takes whole numbers and texts, not {kind.__name__}")


def _compile(build: Callable[..., QuerySet[Any, Any]], kinds: tuple[type, ...]) -> _Compiled:
    """Compile ``build`` twice, with two sets of stand-ins: the parameters that differ are
    the values' places (a constant of the query equal to a stand-in stays a constant)."""
    compiled = []
    for second in (False, True):
        queryset = build(*(_stand_in(kind, n, second) for n, kind in enumerate(kinds)))
        if queryset._iterable_class not in (ModelIterable, ValuesListIterable):
            raise TypeError("a prepared query gives model instances or values_list rows")
        if queryset._iterable_class is ValuesListIterable and (
            queryset.query.annotation_select or queryset.query.extra_select
        ):
            raise TypeError("a prepared values_list query names model fields only")
        compiler = queryset.query.get_compiler(using=queryset.db)
        compiled.append((queryset, compiler, *compiler.as_sql()))
    (queryset, compiler, sql, params), (_, _, other_sql, other_params) = compiled
    if sql != other_sql or len(params) != len(other_params):
        raise ValueError("the query's shape changes with its values: it cannot be prepared")
    places = []
    for n, kind in enumerate(kinds):
        found = tuple(
            i
            for i, (param, other) in enumerate(zip(params, other_params, strict=True))
            if param != other and param == _stand_in(kind, n)
        )
        if not found:
            raise ValueError(f"value {n + 1} is not a parameter of the query")
        places.append(found)
    if sum(len(found) for found in places) != sum(
        a != b for a, b in zip(params, other_params, strict=True)
    ):
        raise ValueError("the query's parameters do not follow its values")
    return _Compiled(
        compiler=compiler,
        sql=sql,
        params=tuple(params),
        places=tuple(places),
        db=queryset.db,
        as_models=queryset._iterable_class is ModelIterable,
        converters=compiler.get_converters([s[0] for s in compiler.select[: compiler.col_count]]),
    )
