"""``rapport touches …``: every message, invitation, endorsement and recommendation read.

Beside rapport/cli.py rather than in rapport/touches: it finds contacts by name through the
ledger's finder, an app above touches.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

import typer

from rapport.cli_support import JsonOption, current_user, fail, parse_day, print_json

touches_app = typer.Typer(help="What you and your contacts wrote each other, and what it was.")


@touches_app.command("list")
def touches_list(
    contact: Annotated[
        str | None,
        typer.Option("--contact", metavar="NAME|#ID", help="Only the touches with this contact."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="YYYY-MM-DD", help="Only on or after.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", metavar="YYYY-MM-DD", help="Only on or before.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List your touches, newest first: when, which way, what kind, with whom and why."""
    from rapport.accounts.clock import today_for, workspace_zone
    from rapport.core.errors import InputError
    from rapport.ledger.services import find_contact
    from rapport.meetings.queries import local_midnight
    from rapport.paths.replies import latencies
    from rapport.touches.models import Touch
    from rapport.touches.queries import touch_json

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first and last and first > last:
        fail(f"--since ({first}) is after --until ({last})")
    user = current_user()
    zone = workspace_zone(user)
    rows = Touch.objects.owned_by(user).select_related("contact")
    if contact is not None:
        try:
            rows = rows.filter(contact=find_contact(user, contact))
        except InputError as exc:
            fail(str(exc))
    rows = rows.between(
        local_midnight(first, zone) if first else None,
        local_midnight(last + timedelta(days=1), zone) if last else None,
    )
    listed = list(rows)
    answers = latencies(user, {t.contact_id for t in listed if t.contact_id}, today_for(user))
    found = []
    for touch in listed:
        row = touch_json(touch, touch.contact.full_name if touch.contact else None)
        answer = answers.get(touch.contact_id or 0)
        row["contact_answers"] = answer.label if answer else None
        found.append(row)
    if as_json:
        print_json({"touches": found})
        return
    _render(found, zone.key)


def _render(rows: list[dict[str, Any]], zone: str) -> None:
    from django.utils import timezone
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from rapport.touches.models import CHANNEL_WORDS, KIND_WORDS

    table = Table(title=f"{len(rows)} touches (times in {zone})")
    for column in ("When", "Way", "Channel", "Kind", "With", "Why"):
        table.add_column(column)
    for row in rows:
        # Names and words come from the user's files: never let them read as rich markup.
        table.add_row(
            f"{timezone.localtime(row['when']):%Y-%m-%d %H:%M}",
            "from you" if row["direction"] == "out" else "to you",
            CHANNEL_WORDS.get(row["channel"], row["channel"]),
            KIND_WORDS.get(row["kind"], row["kind"]),
            escape(row["contact"] or "") + ("" if row["contact_id"] else " (not a contact)"),
            escape(row["reason"]),
        )
    Console().print(table)
