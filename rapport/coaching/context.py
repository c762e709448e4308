"""What every page shows of coaching: the read-only banner on a client's page for a coach."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from rapport.coaching.viewing import COACH_VIEW


def coaching(request: HttpRequest) -> dict[str, Any]:
    # No query here: every page runs this, and pages pin their query counts.
    return {"coach_view": getattr(request, COACH_VIEW, None)}
