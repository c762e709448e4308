"""Backup and restore everything one user owns, as one JSON document.

Rows keep their primary keys so that a restore into an empty database reproduces
the workspace exactly (links between rows included); the owner is re-pointed to
the user restored into.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction

from rapport.core.errors import InputError
from rapport.lib.owned import Owned

if TYPE_CHECKING:
    from django.contrib.auth.models import User

FORMAT = "rapport-backup"
VERSION = 1

#: Every table that holds a user's data, parents before children.
OWNED_MODELS = (
    "accounts.workspace",
    "plan.plan",
    "contacts.company",
    "plan.targetcompany",
    "imports.importrun",
    "imports.importchange",
    "contacts.contact",
    "contacts.jobchange",
    "contacts.mergecandidate",
    "meetings.interaction",
    "meetings.followup",
    "touches.touch",
    "plan.suggestion",
    "ledger.give",
    "ledger.introduction",
    "profile.pitch",
    "profile.rehearsal",
    "paths.outreach",
    "handbill.handbill",
)


#: Tables of a user's that a backup leaves out, each with its reason.
NOT_BACKED_UP = {
    # An import waiting or failed is work in flight, not data: its file is the user's own,
    # and a restore into another workspace must not start importing it again.
    "imports.importjob": "imports in progress",
    # Coaching rows name another user (the coach, or the client); a restore into another
    # server or workspace must never grant or claim a coach's access (rapport/coaching).
    "coaching.share": "what is shared with a coach",
    "coaching.invitation": "invitations between a coach and a client",
    "coaching.access": "the coaches' access log",
    "coaching.summary": "roster figures, computed again from the data",
    "coaching.cohort": "a coach's groups of clients",
    "coaching.note": "a coach's notes on a client",
    "coaching.comment": "a coach's comments on findings",
    "coaching.assignment": "actions from a coach",
    "coaching.apitoken": "API tokens, made anew",
    # An undo of a deletion lasts a week; a restored workspace starts without one.
    "contacts.deletedcontact": "undo records of deleted contacts",
}


class BackupError(InputError):
    """A backup file that cannot be restored."""


def owned_models() -> list[type[models.Model]]:
    return [apps.get_model(label) for label in OWNED_MODELS]


def dump(user: User) -> dict[str, Any]:
    """Return everything ``user`` owns as a JSON-ready dict."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for model in owned_models():
        rows = model._default_manager.filter(owner=user).order_by("pk")
        records = serializers.serialize("python", rows)
        for record in records:
            record["fields"].pop("owner", None)
        tables[model._meta.label_lower] = records
    return {"format": FORMAT, "version": VERSION, "username": user.username, "tables": tables}


def dumps(user: User) -> str:
    """Return the backup of ``user`` as JSON text (stable key order)."""
    return json.dumps(dump(user), cls=DjangoJSONEncoder, indent=1, sort_keys=True)


def owns_anything(user: User) -> bool:
    """True when ``user`` owns a row other than the automatic workspace settings."""
    return any(
        model._default_manager.filter(owner=user).exists()
        for model in owned_models()
        if model._meta.label_lower != "accounts.workspace"
    )


@transaction.atomic
def restore(user: User, text: str, filename: str = "backup.json") -> dict[str, int]:
    """Load a backup into ``user``'s empty workspace; return rows restored per table."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BackupError(
            f"not valid JSON: {exc.msg}", file=filename, line=exc.lineno, column=exc.colno
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BackupError("not a Rapport backup (no 'format': 'rapport-backup')", file=filename)
    if document.get("version") != VERSION:
        raise BackupError(
            f"backup version {document.get('version')} is not supported", file=filename
        )
    if owns_anything(user):
        raise BackupError(
            f"the workspace of '{user.username}' already holds data; restore into an empty one",
            file=filename,
        )
    tables = document.get("tables", {})
    unknown = set(tables) - set(OWNED_MODELS)
    if unknown:
        raise BackupError(f"unknown tables: {', '.join(sorted(unknown))}", file=filename)
    # The automatic, empty workspace row makes way for the one in the backup.
    apps.get_model("accounts.workspace")._default_manager.filter(owner=user).delete()
    counts: dict[str, int] = {}
    restored: list[type[models.Model]] = []
    for label in OWNED_MODELS:
        records = tables.get(label, [])
        for record in records:
            record["fields"]["owner"] = user.pk
        try:
            # A backup from an earlier release may hold a column since dropped: it is ignored.
            objects = list(serializers.deserialize("python", records, ignorenonexistent=True))
        except serializers.base.DeserializationError as exc:
            raise BackupError(f"table {label}: {exc}", file=filename) from None
        model = apps.get_model(label)
        taken = model._default_manager.filter(pk__in=[o.object.pk for o in objects]).exists()
        if taken:
            raise BackupError(
                f"table {label}: rows with these ids already exist in this database",
                file=filename,
            )
        for obj in objects:
            obj.save()
        counts[label] = len(objects)
        restored.append(model)
    _reset_sequences(restored)
    for model in restored:
        # A table may keep columns derived from others, which older backups lack.
        after_restore = getattr(model, "after_restore", None)
        if after_restore is not None:
            after_restore(user)
    return counts


def _reset_sequences(restored: list[type[models.Model]]) -> None:
    # PostgreSQL keeps its own id counters: after inserting explicit ids they must
    # move past them, or the next new row would collide.
    statements = connection.ops.sequence_reset_sql(no_style(), restored)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


@transaction.atomic
def erase(user: User, *, keep_settings: bool) -> int:
    """Delete every row ``user`` owns (their settings too unless ``keep_settings``).

    Every table with an owner is emptied, not only those a backup holds: an undo record
    of a deleted contact goes too. Return how many rows went.
    """
    tables = [*owned_models()]
    tables += [m for m in apps.get_models() if issubclass(m, Owned) and m not in tables]
    removed = 0
    for model in reversed(tables):  # children first
        if keep_settings and model._meta.label_lower == "accounts.workspace":
            continue
        removed += model._default_manager.filter(owner=user).delete()[0]
    return removed
