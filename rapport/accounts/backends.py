"""Signing in with a name and password, the user read with their workspace.

Every page shows times in the workspace's zone (rapport/accounts/clock.py): reading the
workspace with the user saves every request one query.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import User


class WorkspaceBackend(ModelBackend):
    """Django's model backend; the signed-in user comes with their workspace."""

    def get_user(self, user_id: Any) -> User | None:
        try:
            user = User._default_manager.select_related("workspace").get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
