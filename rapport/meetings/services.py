"""The user's own verdict on a meeting: networking or not, and its kind.

(Calendar imports live in importer.py, outcomes in outcomes.py, people in people.py.)
"""

from __future__ import annotations

from rapport.meetings.models import Interaction

#: The kind a meeting gets when the user counts it as networking and Rapport had none.
DEFAULT_KIND = "meeting"


def reclassify(
    meeting: Interaction, *, set_override: bool, override: bool | None, kind: str | None
) -> None:
    """Record the user's verdict on ``meeting``: networking or not, and its kind.

    ``override`` (when ``set_override``) is True, False, or None to let Rapport decide
    again; ``kind`` None leaves the kind as it is. Imports never write the override, and
    keep a stored kind while the event's title and place are unchanged (importer.py), so
    the user's choice survives re-importing the calendar.
    """
    if set_override:
        meeting.networking_override = override
    if kind is not None:
        meeting.kind = kind
    if meeting.is_networking and not meeting.kind:
        meeting.kind = DEFAULT_KIND
    meeting.save(update_fields=["networking_override", "kind"])
