"""What every page shows of coaching: the read-only banner on a client's page, the roster link."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from rapport.coaching.viewing import COACH_VIEW


def coaching(request: HttpRequest) -> dict[str, Any]:
    user = request.user

    def is_coach() -> bool:
        from rapport.coaching.sharing import is_coach as check

        return user.is_authenticated and check(user)

    # A callable: only pages that show the roster link ask the database.
    return {"coach_view": getattr(request, COACH_VIEW, None), "is_coach": is_coach}
