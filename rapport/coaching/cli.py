"""``rapport coach …`` (the roster, invitations) and ``rapport share …`` (a client's consent)."""

from __future__ import annotations

from typing import Annotated

import typer

from rapport.cli_support import JsonOption, current_user, fail, print_json

coach_app = typer.Typer(help="A coach's clients: invite one, list them with their figures.")
share_app = typer.Typer(help="What you share with a coach: grant, revoke, list.")


@coach_app.command("invite")
def coach_invite(
    email: Annotated[str, typer.Argument(help="The client's e-mail address.")],
) -> None:
    """Invite a client (an account when they have none); nothing is shared until they accept."""
    from rapport.coaching import sharing
    from rapport.core.errors import InputError

    coach = current_user()
    try:
        sent = sharing.invite_client(coach, email)
    except InputError as exc:
        fail(str(exc))
    typer.echo(
        f"Invitation sent to {email}: nothing is shared until they accept. Their link: {sent.link}"
    )


@coach_app.command("clients")
def coach_clients(as_json: JsonOption = False) -> None:
    """List your clients with their diagnosis and figures (the roster)."""
    from rapport.accounts.clock import today_for
    from rapport.coaching import roster, sharing

    coach = current_user()
    if not sharing.is_coach(coach):
        fail(f"{coach.username} is not a coach: `rapport user create NAME --coach` makes one")
    rows = roster.rows_for(coach, today_for(coach))
    if as_json:
        print_json(roster.as_json(rows))
        return
    if not rows:
        typer.echo("No client shares with you yet: invite one with `rapport coach invite EMAIL`.")
    for row in rows:
        f = row.figures
        goal = f" of {f['goal_per_week']}" if f["goal_per_week"] else ""
        quiet = (
            "no activity yet"
            if row.days_quiet is None
            else f"{row.days_quiet} days since last activity"
        )
        typer.echo(
            f"{row.client.username}: {f['headline']}\n"
            f"  {f['findings']['error']} serious, {f['findings']['warning']} warnings; "
            f"{f['meetings_per_week']}{goal} meetings a week, "
            f"{f['decision_maker_meetings']} with decision-makers; "
            f"{f['overdue_follow_ups']} overdue follow-ups, {f['steps_3b7_due']} 3B7 steps due; "
            f"{quiet}"
        )


@share_app.command("grant")
def share_grant(
    coach: Annotated[str, typer.Argument(help="The coach's user name or e-mail address.")],
    parts: Annotated[
        str,
        typer.Option(
            "--parts",
            help="Comma-separated: diagnosis,plan (always), contacts, meetings, profile, handbill.",
        ),
    ] = "diagnosis,plan",
) -> None:
    """Let a coach see parts of your workspace, read-only (replaces what they saw before)."""
    from rapport.coaching import parts as known
    from rapport.coaching import sharing
    from rapport.core.errors import InputError

    client = current_user()
    try:
        share = sharing.grant(client, sharing.find_coach(coach), known.parse(parts))
    except InputError as exc:
        fail(str(exc))
    typer.echo(f"{share.coach.username} now sees: {known.words(share.parts)}.")


@share_app.command("revoke")
def share_revoke(
    coach: Annotated[str, typer.Argument(help="The coach's user name or e-mail address.")],
) -> None:
    """Stop sharing anything with a coach, at once."""
    from rapport.coaching import sharing
    from rapport.core.errors import InputError

    client = current_user()
    try:
        found = sharing.find_coach(coach)
    except InputError as exc:
        fail(str(exc))
    if not sharing.revoke(client, found):
        fail(f"you share nothing with {found.username}")
    typer.echo(f"{found.username} no longer sees anything of yours.")


@share_app.command("list")
def share_list(as_json: JsonOption = False) -> None:
    """List the coaches who see your workspace, and what each sees."""
    from rapport.coaching import sharing
    from rapport.coaching.parts import words

    shares = sharing.shares_of(current_user())
    if as_json:
        print_json(
            {
                "shares": [
                    {"coach": s.coach.username, "parts": s.parts, "since": s.created_at.isoformat()}
                    for s in shares
                ]
            }
        )
        return
    if not shares:
        typer.echo("You share nothing: your workspace is yours alone.")
    for s in shares:
        typer.echo(f"{s.coach.username}: {words(s.parts)} (since {s.created_at:%d %b %Y})")


api_app = typer.Typer(help="The JSON API (/api/, described at /api/openapi.json).")


@api_app.command("token")
def api_token() -> None:
    """Print a new API token for you (--user), replacing your earlier one."""
    from rapport.coaching.api import new_token

    user = current_user()
    typer.echo(new_token(user))
    typer.echo(
        "Send it as 'Authorization: Bearer TOKEN'. It is shown once; your earlier token no "
        "longer works.",
        err=True,
    )
