"""Ownership: every row belongs to one user, and every query says whose rows it wants."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from django.conf import settings
from django.db import models
from django.http import Http404

if TYPE_CHECKING:
    from django.contrib.auth.models import User

M = TypeVar("M", bound="Owned")
_Row = TypeVar("_Row", bound=models.Model)


class OwnedQuerySet(models.QuerySet[_Row]):
    def owned_by(self, user: User) -> Self:
        """Return the rows that belong to ``user``."""
        return self.filter(owner=user)


class Owned(models.Model):
    """Abstract base for every table that holds a user's data."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    # Subclasses with named queries replace this with their own QuerySet's manager.
    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True


def get_owned_or_404(model: type[M], user: User, pk: Any) -> M:
    """Fetch ``model`` row ``pk`` if ``user`` owns it; 404 otherwise, never 403.

    A 404 for other users' rows means an id reveals nothing about what exists.
    """
    try:
        return cast(M, model._default_manager.get(owner=user, pk=pk))
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404(f"No such {model._meta.verbose_name}") from None
