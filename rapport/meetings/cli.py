"""``rapport meetings …``: the calendar audit on the command line."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

import typer

from rapport.cli_support import JsonOption, current_user, fail, parse_day, print_json

app = typer.Typer(help="Your meetings: which were networking, with whom, what came of them.")


@app.command("list")
def meetings_list(
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="YYYY-MM-DD", help="Only events starting on or after."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="YYYY-MM-DD", help="Only events starting on or before."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """List your imported events: networking or not, why, with whom, and the outcome."""
    from rapport.accounts.clock import workspace_zone
    from rapport.meetings.models import Interaction
    from rapport.meetings.queries import (
        contact_ids_by_meeting,
        local_midnight,
        meeting_json,
    )

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if first and last and first > last:
        fail(f"--since ({first}) is after --until ({last})")
    user = current_user()
    zone = workspace_zone(user)
    qs = Interaction.objects.owned_by(user).order_by("start", "id")
    # Dates are the user's own days: from midnight where they live.
    if first:
        qs = qs.filter(start__gte=local_midnight(first, zone))
    if last:
        qs = qs.filter(start__lt=local_midnight(last + timedelta(days=1), zone))
    meetings = list(qs)
    links = contact_ids_by_meeting([m.pk for m in meetings])
    rows = [meeting_json(m, zone, links[m.pk]) for m in meetings]
    if as_json:
        print_json(rows)
        return
    _render(rows, zone.key)


def _render(rows: list[dict[str, Any]], zone: str) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"{len(rows)} events (times in {zone})")
    table.add_column("Id")
    table.add_column("When", no_wrap=True)
    for column in ("Event", "Networking", "People", "Outcome", "Why"):
        table.add_column(column)
    for row in rows:
        if row["cancelled"]:
            networking = "cancelled"
        else:
            networking = f"yes: {row['kind']}" if row["networking"] else "no"
        # Titles come from the calendar file: never let them read as rich markup.
        table.add_row(
            str(row["id"]),
            row["start"][:10] if row["all_day"] else row["start"][:16].replace("T", " "),
            escape(row["summary"]),
            networking,
            str(len(row["contacts"])),
            _outcome(row["outcome"]) if row["networking"] else "",
            escape(_short(row["reason"])),
        )
    Console().print(table)


def _short(text: str, limit: int = 24) -> str:
    """Return ``text`` cut to ``limit`` characters (the whole reason is in --json)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _outcome(outcome: dict[str, Any]) -> str:
    """Return the three answers in a few words, "not logged" when none is known."""
    answers = [
        f"{label} {'yes' if outcome[key] else 'no'}"
        for label, key in (
            ("ask", "ask_made"),
            ("handbill", "handbill_given"),
            ("referral", "referral_received"),
        )
        if outcome[key] is not None
    ]
    return ", ".join(answers) or "not logged"
