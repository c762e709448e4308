"""``rapport log meeting``, ``rapport give`` and ``rapport offer``: the two-way street."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from rapport.cli_support import JsonOption, current_user, fail, parse_day, print_json

if TYPE_CHECKING:
    from django.contrib.auth.models import User

log_app = typer.Typer(help="Log by hand what your calendar does not know.")


def _contact(user: User, name: str) -> Any:
    from rapport.core.errors import NotFoundError
    from rapport.ledger.services import find_contact

    try:
        return find_contact(user, name)
    except NotFoundError as exc:
        fail(str(exc))


@log_app.command("meeting")
def log_meeting(
    name: Annotated[
        str, typer.Argument(help="Who you met: their name as in your contacts, or #ID.")
    ],
    when: Annotated[str, typer.Option("--date", help="The day, e.g. 2026-11-20.")],
    ask: Annotated[str | None, typer.Option("--ask", help="The specific ask you made.")] = None,
    handbill: Annotated[bool, typer.Option("--handbill", help="You gave your handbill.")] = False,
    referral: Annotated[
        str | None, typer.Option("--referral", help="Whom they referred you to (a name or #ID).")
    ] = None,
    kind: Annotated[
        str, typer.Option("--kind", help="coffee, lunch, call, meeting, group or event.")
    ] = "meeting",
) -> None:
    """Log a meeting and its outcome; what you do not say stays unknown."""
    from rapport.core.errors import InputError
    from rapport.ledger.services import log_meeting as log

    day = parse_day(when, "--date")
    assert day is not None
    user = current_user()
    contact = _contact(user, name)
    try:
        meeting = log(
            user, contact, day, kind=kind, ask=ask or "", handbill=handbill, referral=referral or ""
        )
    except InputError as exc:
        fail(str(exc))
    typer.echo(f"Logged: {meeting.summary} on {day:%d %b %Y}.")


def give(
    name: Annotated[str, typer.Argument(help="To whom: their name as in your contacts, or #ID.")],
    kind: Annotated[
        str,
        typer.Option("--kind", help="information, event, introduction, endorsement or other."),
    ],
    note: Annotated[str, typer.Option("--note", help="What you gave.")],
    when: Annotated[str | None, typer.Option("--date", help="The day (default: today).")] = None,
) -> None:
    """Log something you gave a contact."""
    from rapport.accounts.clock import today_for
    from rapport.core.errors import InputError
    from rapport.ledger.services import log_give

    user = current_user()
    today = today_for(user)
    day = parse_day(when, "--date") or today
    contact = _contact(user, name)
    try:
        given = log_give(user, contact, kind, note, day, today)
    except InputError as exc:
        fail(str(exc))
    typer.echo(f"Logged: {given.kind} to {contact.full_name} on {day:%d %b %Y}.")


def offer(
    name: Annotated[str, typer.Argument(help="A contact's name, or #ID.")],
    as_json: JsonOption = False,
) -> None:
    """What could I offer this contact? Suggestions, each with its reason."""
    from rapport.ledger.services import offers_for

    user = current_user()
    contact = _contact(user, name)
    offers = offers_for(user, contact)
    if as_json:
        print_json({"offers": [o.to_json() for o in offers]})
        return
    typer.echo(f"What you could offer {contact.full_name}:")
    for item in offers:
        typer.echo(f" - {item.text}\n   ({item.kind.replace('_', ' ')}: {item.reason})")
