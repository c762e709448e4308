"""Model fields Rapport needs beyond Django's own."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper


class WrittenJSONField(models.JSONField):
    """A JSONField whose SQLite column has no ``JSON_VALID`` check.

    For the wide JSON columns of a table that imports write by the ten thousand (a contact's
    source records): the check parsed every value again as it was inserted, a quarter of
    SQLite's work on a 30,000-row import (docs/benchmarks.md). Every value is written as
    JSON by Django or by ``rapport.lib.bulk``'s encoder, so the check never refused one;
    PostgreSQL's ``jsonb`` checks by its type, as before.
    """

    def db_check(self, connection: BaseDatabaseWrapper) -> Any:
        if connection.vendor == "sqlite":
            return None
        return super().db_check(connection)
