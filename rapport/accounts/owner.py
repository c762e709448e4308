"""Find or create the users that own data."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import User

from rapport.accounts.models import Workspace


def local_owner() -> User:
    """Return the single local user (created on first use, with no usable password)."""
    return user_named(settings.LOCAL_OWNER_USERNAME, create=True)


def user_named(username: str, *, create: bool = False) -> User:
    """Return user ``username``; create it (without a password) when ``create``."""
    if create:
        user, made = User.objects.get_or_create(username=username)
        if made:
            user.set_unusable_password()
            user.save(update_fields=["password"])
    else:
        user = User.objects.get(username=username)
    Workspace.objects.get_or_create(owner=user)
    return user
