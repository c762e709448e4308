"""The request type of every page behind the workspace middleware."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class AuthedRequest(HttpRequest):
    """A request the workspace middleware let through: ``user`` is a signed-in user."""

    user: User
