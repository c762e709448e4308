"""Each yes/no filter of the contact list reads an index, never every contact's row blindly.

Decision-makers and connectors share one narrow index (docs/decisions.md): counting them,
as the list, the diagnosis and the paths do, reads that index alone.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db import connection

from rapport.contacts.models import Contact
from rapport.contacts.queries import FLAGS, filter_contacts


def _plan(user: User, params: dict[str, str]) -> list[str]:
    # What the list's page count asks: the rows, in no order.
    rows = filter_contacts(Contact.objects.owned_by(user), params).order_by()
    sql, values = rows.values("id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", values)
        return [str(row[-1]) for row in cursor.fetchall() if "contacts_contact" in str(row[-1])]


def _flags_index_fields() -> set[str]:
    (index,) = [i for i in Contact._meta.indexes if i.name == "contacts_flags_idx"]
    return set(index.fields)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner is the one tested")
@pytest.mark.parametrize("answer", ["yes", "no"])
@pytest.mark.parametrize("flag", list(FLAGS))
def test_every_flag_filter_reads_an_index(alice: User, flag: str, answer: str) -> None:
    Contact.objects.create(owner=alice, full_name="Dana Reyes", can_hire=True)
    steps = _plan(alice, {flag: answer})
    assert steps, "the list's query reads no contacts"
    # A search of the owner's part of an index: never a scan of the whole table.
    assert all(step.startswith("SEARCH") and "INDEX" in step for step in steps), steps
    column = FLAGS[flag][1]
    if column in _flags_index_fields():
        assert all("COVERING INDEX contacts_flags_idx" in step for step in steps), steps


def test_the_kinds_the_method_counts_most_are_in_the_flags_index() -> None:
    assert {"can_hire", "is_connector"} <= _flags_index_fields()
