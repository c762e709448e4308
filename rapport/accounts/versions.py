"""A number per workspace that changes whenever any of its rows does (PostgreSQL).

Pages that are costly to compute (the diagnosis) are kept per workspace and version. The
version is kept by the database itself: statement-level triggers on every table that holds a
user's rows add one to the owner's version, whatever wrote them (the ORM, a bulk insert, a
queryset update, a restore, a raw statement) and only if the transaction commits. So no
write path can forget to say that something changed. The triggers are (re)made after every
`migrate`, for every table with an owner, derived from the models: a table added later is
covered without a line here. SQLite (one user on a laptop) has no version: nothing is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.db import connections
from django.db.models import Model

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.db.backends.base.base import BaseDatabaseWrapper

TABLE = "rapport_data_versions"
#: Tables whose rows change nothing a page computes from a workspace, each with its reason.
NOT_VERSIONED = {
    # An import's progress is written twice a second while it runs; its rows land in the
    # tables below, which do count.
    "imports.importjob": "import progress",
    # Written by a coach's look, a roster's refresh, an API call: nothing a page computes.
    "coaching.access": "a coach's look",
    "coaching.summary": "roster figures computed from the rest",
    "coaching.apitoken": "an API token's last use",
}

_FUNCTION = """
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO rapport_data_versions (owner_id, version)
    SELECT DISTINCT {owner}, 1 FROM {rows} WHERE {owner} IS NOT NULL
    ON CONFLICT (owner_id) DO UPDATE SET version = rapport_data_versions.version + 1;
    RETURN NULL;
END $$
"""
_TRIGGER = """
CREATE OR REPLACE TRIGGER rapport_version_{event} AFTER {event} ON "{table}"
REFERENCING {side} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION {function}()
"""


def versioned_tables() -> list[tuple[str, str, str]]:
    """Return (table, rows, owner expression) for every table that holds a user's rows.

    ``rows`` is what the trigger reads the owners from: the changed rows themselves, or for
    a many-to-many link, the changed links joined to the row that owns them.
    """
    tables = []
    for model in apps.get_models():
        if not _is_owned(model):
            continue
        tables.append((model._meta.db_table, "changed_rows", "owner_id"))
        for m2m in model._meta.local_many_to_many:
            through = m2m.remote_field.through._meta  # type: ignore[union-attr]
            link = next(
                f.column
                for f in through.concrete_fields
                if f.is_relation and f.related_model is model
            )
            rows = (
                f'changed_rows JOIN "{model._meta.db_table}" AS parent '
                f'ON parent.id = changed_rows."{link}"'
            )
            tables.append((through.db_table, rows, "parent.owner_id"))
    return tables


def _is_owned(model: type[Model]) -> bool:
    return (
        model.__module__.startswith("rapport.")
        and model._meta.label_lower not in NOT_VERSIONED
        and any(f.name == "owner" and f.concrete for f in model._meta.get_fields())
    )


def install(using: str = "default", **_: Any) -> None:
    """Make the versions table and the triggers (PostgreSQL only; run after migrate)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} "
            "(owner_id integer PRIMARY KEY, version bigint NOT NULL)"
        )
        for table, rows, owner in versioned_tables():
            for event, side in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                function = f"rapport_bump_{table}_{event.lower()}"[:63]
                cursor.execute(_FUNCTION.format(name=function, owner=owner, rows=rows))
                cursor.execute(
                    _TRIGGER.format(event=event, table=table, side=side, function=function)
                )


def data_version(user: User, connection: BaseDatabaseWrapper | None = None) -> int | None:
    """Return the user's data version, or None where versions are not kept (SQLite)."""
    connection = connection or connections["default"]
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {TABLE} WHERE owner_id = %s", [user.pk])  # noqa: S608
        row = cursor.fetchone()
    return int(row[0]) if row else 0
