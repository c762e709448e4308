"""Signing in with a name and password, the user read with their workspace.

Every page shows times in the workspace's zone (rapport/accounts/clock.py): reading the
workspace with the user saves every request one query, and the query is prepared once
(rapport/lib/prepared.py): every page reads the signed-in user.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import User

from rapport.lib.prepared import Prepared

_with_workspace = Prepared(
    lambda pk: User._default_manager.select_related("workspace").filter(pk=pk), int
)


class WorkspaceBackend(ModelBackend):
    """Django's model backend; the signed-in user comes with their workspace."""

    def get_user(self, user_id: Any) -> User | None:
        if type(user_id) is not int:
            # The session gives a whole number; anything else goes the long way.
            try:
                user = User._default_manager.select_related("workspace").get(pk=user_id)
            except User.DoesNotExist:
                return None
        else:
            found = _with_workspace(user_id)
            if not found:
                return None
            user = found[0]
        return user if self.user_can_authenticate(user) else None
