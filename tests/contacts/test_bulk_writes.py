"""The fast writes imports use store what Django would, and leave the table as they found it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st

from rapport.contacts import importer
from rapport.contacts.models import Contact
from rapport.lib import bulk, column_values
from rapport.touches.models import Touch
from tests.contacts.conftest import Importer


def stored(pk: int) -> tuple[Any, ...]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT emails, circles, sources, overrides FROM contacts_contact WHERE id = %s", [pk]
        )
        row = cursor.fetchone()
    assert row is not None
    return tuple(row)


def test_json_written_in_bulk_is_the_text_django_writes(alice: User) -> None:
    values: dict[str, Any] = {
        "full_name": "José Müller",
        "emails": ["jose@example.com", "j\u00fcller@example.de"],
        "circles": ['say "hi"', "church"],
        "sources": [{"format": "linkedin", "run": 1, "fields": {"First Name": "José"}}],
        "overrides": {"can_hire": True},
    }
    by_django = Contact.objects.create(owner=alice, **values)
    bulk.insert_rows(Contact, [{"owner_id": alice.pk, **values}])
    in_bulk = Contact.objects.exclude(pk=by_django.pk).get(owner=alice)
    assert stored(in_bulk.pk) == stored(by_django.pk)
    assert in_bulk.emails == values["emails"] and in_bulk.sources == values["sources"]


@pytest.mark.parametrize("count", [1, 2, 5])
def test_rows_that_share_every_value_are_each_stored_as_django_stores_them(
    alice: User, count: int
) -> None:
    # Values every row shares are written into the statement once: quotes, a percent sign,
    # a boolean, a number and no value at all must come out as they went in.
    values: dict[str, Any] = {
        "full_name": "Siobhán O'Brien",
        "position": 'says "hi" at 100%, 5%s and 7%% -- DROP TABLE',
        "emails": ["o'brien@example.com"],
        "sources": [{"format": "linkedin", "run": 1, "fields": {"Last Name": "O'Brien"}}],
        "can_hire": True,
        "strength": 3,
        "connected_on": None,
    }
    by_django = Contact.objects.create(owner=alice, **values)
    bulk.insert_rows(Contact, [{"owner_id": alice.pk, **values} for _ in range(count)])
    written = Contact.objects.owned_by(alice).exclude(pk=by_django.pk)
    assert written.count() == count
    for contact in written:
        assert stored(contact.pk) == stored(by_django.pk)
        assert contact.position == values["position"] and contact.full_name == values["full_name"]
        assert (contact.can_hire, contact.strength, contact.connected_on) == (True, 3, None)


def indexes() -> dict[str, Any]:
    with connection.cursor() as cursor:
        found = connection.introspection.get_constraints(cursor, Contact._meta.db_table)
    return {name: (c["columns"], c["unique"]) for name, c in found.items() if c["index"]}


def test_a_large_import_leaves_every_index_in_place(
    alice: User, import_as_alice: Importer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_INDEXES_AT", 3)
    before = indexes()
    assert len(before) >= len(Contact._meta.indexes)
    run = import_as_alice("network_v1.csv")
    assert run.counts["new"] == 7
    assert indexes() == before


def test_a_large_import_that_fails_leaves_the_indexes_and_writes_nothing(
    alice: User, import_as_alice: Importer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "DEFER_INDEXES_AT", 3)
    before = indexes()
    real = bulk.insert_rows

    def insert_then_fail(model: Any, rows: list[dict[str, Any]]) -> None:
        real(model, rows)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(importer, "insert_rows", insert_then_fail)
    with pytest.raises(RuntimeError):
        import_as_alice("network_v1.csv")
    assert indexes() == before
    assert not Contact.objects.owned_by(alice).exists()


def test_times_written_in_bulk_are_the_text_django_writes(alice: User) -> None:
    # UTC moments are cut to text without Django's make_naive: the stored text, and the
    # moment read back, must be Django's own, for UTC and for any other zone.
    from datetime import UTC, datetime, timedelta, timezone

    from rapport.touches.models import Touch

    moments = [
        datetime(2024, 3, 5, 14, 22, 10, tzinfo=UTC),
        datetime(2024, 3, 5, 14, 22, 10, 250_000, tzinfo=UTC),
        datetime(2024, 3, 5, 23, 30, tzinfo=timezone(timedelta(hours=-5))),
    ]
    names = ["owner_id", "when", "channel", "direction", "kind", "source", "fingerprint"]
    row = ("linkedin_message", "in", "other", "messages.csv, row 2")
    rows = [(alice.pk, when, *row, f"bulk{n}") for n, when in enumerate(moments)]
    bulk.insert_rows(Touch, [dict(zip(names, values, strict=True)) for values in rows])
    for n, when in enumerate(moments):
        Touch.objects.create(
            owner=alice, when=when, channel="email", direction="in", fingerprint=f"orm{n}"
        )

    def texts(channel: str) -> list[Any]:
        with connection.cursor() as cursor:
            cursor.execute(
                'SELECT "when" FROM touches_touch WHERE channel = %s ORDER BY id', [channel]
            )
            return [value for (value,) in cursor.fetchall()]

    assert texts("linkedin_message") == texts("email")
    read_back = Touch.objects.owned_by(alice).filter(channel="linkedin_message")
    assert sorted(t.when for t in read_back) == sorted(moments)


def test_nones_and_booleans_are_stored_as_null_and_integers(alice: User) -> None:
    # sqlite3 is given an adapter for None and bool (rapport.lib.bulk): what it stores must
    # be what it stored without one.
    if connection.vendor != "sqlite":
        pytest.skip("the adapters are sqlite3's")
    bulk.insert_rows(
        Contact,
        [{"owner_id": alice.pk, "full_name": "Ana", "can_hire": True, "is_recruiter": False}],
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT typeof(connected_on), typeof(in_target_industry), can_hire, typeof(can_hire),"
            " is_recruiter FROM contacts_contact WHERE owner_id = %s",
            [alice.pk],
        )
        assert cursor.fetchall() == [("null", "null", 1, "integer", 0)]
        cursor.execute("SELECT %s IS NULL, %s, typeof(%s)", [None, True, False])
        assert cursor.fetchall() == [(1, 1, "integer")]


def test_columns_mostly_none_are_stored_as_null_beside_their_values(alice: User) -> None:
    # Such a column binds a stand-in for None (bulk.NULL_STANDIN) that SQLite reads back as
    # NULL: every column of a contact the writer may do it for is written mostly None, with
    # one value, and read back. The list comes from the writer's own rule.
    if connection.vendor != "sqlite":
        pytest.skip("the stand-in is SQLite's")
    from django.db.models import BooleanField, ForeignKey
    from django.test.utils import CaptureQueriesContext

    from rapport.contacts.models import Company
    from rapport.imports.models import ImportRun
    from rapport.plan.models import TargetCompany

    made: dict[Any, Callable[[], Any]] = {
        Company: lambda: Company.objects.create(owner=alice, name="Medtronic", key="medtronic"),
        TargetCompany: lambda: TargetCompany.objects.create(owner=alice, name="Medtronic"),
        ImportRun: lambda: ImportRun.objects.create(owner=alice, file_name="x.csv", format="csv"),
    }
    columns = [f for f in Contact._meta.concrete_fields if bulk._takes_standin(f)]
    assert {"target_company_id", "in_target_industry", "company_id"} <= {f.attname for f in columns}
    for field in columns:
        if isinstance(field, ForeignKey):
            make = made[field.related_model]  # a new key: say here how to make a row for it
            value: Any = make().pk
        else:
            value = True if isinstance(field, BooleanField) else 7
        rows = [
            {"owner_id": alice.pk, "full_name": f"{field.attname} {n}", field.attname: None}
            for n in range(7)
        ]
        rows[3][field.attname] = value
        with CaptureQueriesContext(connection) as queries:
            bulk.insert_rows(Contact, rows)
        assert "NULLIF" in queries.captured_queries[-1]["sql"]
        stored = Contact.objects.filter(owner=alice, full_name__startswith=f"{field.attname} ")
        assert list(stored.order_by("id").values_list(field.attname, flat=True)) == [
            row[field.attname] for row in rows
        ]


@given(
    st.builds(
        lambda moment, whole: moment.replace(microsecond=0 if whole else moment.microsecond),
        st.datetimes(
            min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31), timezones=st.just(UTC)
        ),
        st.booleans(),
    )
)
def test_a_utc_moment_is_written_as_its_text_without_the_zone(when: datetime) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL is handed the moment itself")
    convert = column_values.column_converter(Touch._meta.get_field("when"))
    assert convert is not None
    assert convert([when]) == [str(when)[:-6]]


@pytest.mark.parametrize("count", [1, 49, 50, 51, 123])
def test_rows_are_stored_in_order_with_their_own_values_however_many_statements_take_them(
    alice: User, count: int
) -> None:
    # On SQLite several rows go into one INSERT, and the rest one by one: every row must
    # keep its values and its place (ids follow the order rows are given in).
    rows = [
        {
            "owner_id": alice.pk,
            "full_name": f"Person {n}",
            "position": "100% O'Brien" if n % 2 else "",
            "emails": [f"p{n}@example.com"] if n % 3 else [],
            "can_hire": n % 5 == 0,
            "strength": n % 4 or None,
        }
        for n in range(count)
    ]
    bulk.insert_rows(Contact, rows)
    written = Contact.objects.owned_by(alice).order_by("id")
    assert [(c.full_name, c.position, c.emails, c.can_hire, c.strength) for c in written] == [
        (r["full_name"], r["position"], r["emails"], r["can_hire"], r["strength"]) for r in rows
    ]
