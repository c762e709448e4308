"""Django's database sessions, read with a query prepared once (every page reads one).

Settings name this module as ``SESSION_ENGINE``: the table, the stored data and every
other behaviour are Django's own; only the read of a session by its key is prepared
(rapport/lib/prepared.py), and whether it has expired is checked on the row read.
"""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.core.exceptions import SuspiciousOperation
from django.utils import timezone

from rapport.lib.prepared import Prepared

_by_key = Prepared(lambda key: Session.objects.filter(session_key=key), str)


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Any:
        key = self.session_key
        try:
            found = _by_key(key) if type(key) is str else []
        except SuspiciousOperation as exc:
            logging.getLogger(f"django.security.{type(exc).__name__}").warning(str(exc))
            found = []
        if found and found[0].expire_date > timezone.now():
            return found[0]
        self._session_key = None
        return None
