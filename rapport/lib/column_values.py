"""What each value becomes on its way to the database, a column at a time (lib/bulk.py).

One converter per field, chosen once: moments as UTC text on SQLite, JSON as the text Django
writes, dates as ISO text; and the sqlite3 adapters that bind None and booleans without a
search.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from json.encoder import encode_basestring_ascii
from operator import attrgetter
from typing import Any

from django.db import connection, models

from rapport.core.moments import second_texts

ConvertAll = Callable[[list[Any]], list[Any]]


def _null(_value: None) -> None:
    """Return None: the adapter that lets sqlite3 bind a None without searching for one."""
    return None


# Python's sqlite3 module binds text, numbers and bytes as they are, but looks for an
# adapter for every other value it binds: for a None or a bool it found none in its
# registry, then asked two objects for an attribute they lack, each miss building an
# AttributeError with its message. A 30,000-row import binds about eight Nones and bools a
# row: that search was a twentieth of the import (docs/benchmarks.md). Registered, the
# values are bound exactly as before (None as NULL, a bool as the integer 1 or 0), for
# every connection of the process; sqlite3's shortcut for text and numbers is untouched.
sqlite3.register_adapter(type(None), _null)
sqlite3.register_adapter(bool, int)


def converted(field: models.Field[Any, Any], value: Any) -> Any:
    """Return one Python value of ``field`` as the driver takes it."""
    convert = column_converter(field)
    return value if convert is None else convert([value])[0]


def column_converter(field: models.Field[Any, Any]) -> ConvertAll | None:
    """Return the function converting a column of ``field``'s values, or None: taken as is.

    A whole column at a time, so that the common values (an empty list, a date) cost a
    comparison each, not a function call.
    """
    postgres = connection.vendor == "postgresql"
    if isinstance(field, models.JSONField):
        if postgres:
            from psycopg.types.json import Jsonb

            return lambda values: [None if v is None else Jsonb(v) for v in values]
        return json_texts
    if isinstance(field, models.BooleanField) and not postgres:
        # SQLite stores a bool as 1 or 0; an int is bound directly, a bool via an adapter.
        # A column without a None (most) is converted by map, in C.
        return lambda values: (
            list(map(int, values))
            if None not in values
            else [v if v is None else int(v) for v in values]
        )
    if isinstance(field, models.DateTimeField):
        adapt = connection.ops.adapt_datetimefield_value
        if not writes_utc_text(field):
            return lambda values: [adapt(v) for v in values]

        # A UTC moment is written as its text without the zone, as Django writes it: a
        # whole second put together from its day's text and two-digit parts
        # (rapport/core/moments.py), any other cut from the aware text, not through
        # make_naive, a tenth of the cost a value.
        def utc_texts(values: list[Any]) -> list[Any]:
            texts = second_texts(values, " ", "")
            return [
                text
                if text is not None
                else (str(v)[:-6] if type(v) is datetime and v.tzinfo is UTC else adapt(v))
                for text, v in zip(texts, values, strict=True)
            ]

        return utc_texts
    if isinstance(field, models.DateField) and not postgres:
        return lambda values: [v.isoformat() if isinstance(v, date) else v for v in values]
    return None


def writes_utc_text(field: models.Field[Any, Any]) -> bool:
    """Return True when a UTC moment of ``field`` is bound as the text Django writes for it
    (SQLite with the connection in UTC): ``isoformat(" ")`` of a whole second, no zone."""
    return (
        isinstance(field, models.DateTimeField)
        and connection.vendor != "postgresql"
        and connection.timezone is UTC
    )


class JSONList(list[Any]):
    """A list that carries its JSON text: the text ``json.dumps`` gives for it.

    Made by a writer that knows its values' shape (``json_list``), and never changed after
    (a changed list is a new, plain one); ``json_texts`` writes the text as it is.
    """

    __slots__ = ("text",)
    text: str


def json_list(items: list[Any], text: str) -> JSONList:
    """Return a JSONList of ``items`` carrying ``text``.

    A function rather than a constructor of its own: list's, in C, is half the cost of one
    written in Python, and an import makes one for each new contact.
    """
    made = JSONList(items)
    made.text = text
    return made


_TEXT = attrgetter("text")


def json_texts(values: list[Any]) -> list[str | None]:
    """Return the JSON text of each value, as Django writes it on SQLite.

    Emails, phones, circles (lists of strings) go through the C string encoder alone, the
    same text as json.dumps gives without its Python layers; rows sharing one object (the
    same overrides) have it encoded once.
    """
    if values and values[0] in ([], {}) and values.count(values[0]) == len(values):
        # A column no row fills (phones from LinkedIn, the overrides of new contacts).
        return ["[]" if type(values[0]) is list else "{}"] * len(values)
    if values and type(values[-1]) is JSONList and set(map(type, values)) == {JSONList}:
        # Every value carries its text (an import's new contacts' sources).
        return list(map(_TEXT, values))
    texts: list[str | None] = []
    append = texts.append
    memo: dict[int, tuple[Any, str]] = {}
    for value in values:
        kind = type(value)
        if kind is list:
            if not value:
                append("[]")
                continue
            hit = memo.get(id(value))
            if hit is not None and hit[0] is value:
                append(hit[1])  # one list shared by many rows (a touch's signals)
                continue
            if type(value[0]) is str and (
                len(value) == 1 or all(type(item) is str for item in value)
            ):
                text = "[" + ", ".join(map(encode_basestring_ascii, value)) + "]"
                memo[id(value)] = (value, text)
                append(text)
                continue
        elif kind is dict:
            if not value:
                append("{}")
                continue
        elif value is None:
            append(None)
            continue
        elif kind is JSONList:
            append(value.text)
            continue
        hit = memo.get(id(value))
        if hit is not None and hit[0] is value:
            append(hit[1])
            continue
        text = dumps_json(value)
        memo[id(value)] = (value, text)
        append(text)
    return texts


def json_encoder() -> Callable[[Any], str]:
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


dumps_json = json_encoder()
