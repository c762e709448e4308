"""``rapport user …``: the accounts of a server that others reach.

Beside rapport/cli.py rather than in rapport/accounts: the CLI support it uses reads the
accounts app, so an accounts/cli.py would make the two import each other.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

# migrate is called through the module, so that the CLI tests' stand-in reaches it.
from rapport import cli_support
from rapport.cli_support import JsonOption, fail, print_json

user_app = typer.Typer(help="Accounts on a server that others reach: create, invite, list, remove.")


def _password(password_stdin: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


@user_app.command("create")
def user_create(
    username: Annotated[str, typer.Argument(help="The new user's login name.")],
    email: Annotated[str, typer.Option(help="Their e-mail address, for password resets.")] = "",
    password_stdin: PasswordStdin = False,
    operator: Annotated[
        bool,
        typer.Option("--operator", help="Also let them manage accounts and imports at /admin/."),
    ] = False,
    coach: Annotated[
        bool, typer.Option("--coach", help="A coach: clients can share their workspace with them.")
    ] = False,
) -> None:
    """Create a user who signs in to their own workspace."""
    from rapport.accounts import people
    from rapport.coaching.sharing import make_coach
    from rapport.core.errors import InputError

    cli_support.migrate()
    try:
        user = people.create(username, _password(password_stdin), email, operator=operator)
    except InputError as exc:
        fail(str(exc))
    if coach:
        make_coach(user)
    typer.echo(f"{'Coach' if coach else 'User'} '{username}' created.")


@user_app.command("invite")
def user_invite(
    email: Annotated[str, typer.Argument(help="The e-mail address to invite.")],
    username: Annotated[str, typer.Option(help="Their login name (default: the address).")] = "",
) -> None:
    """Create an account and e-mail it a link to set its password (valid three days)."""
    from rapport.accounts import people
    from rapport.core.errors import InputError
    from rapport.lib.links import reachable_elsewhere

    cli_support.migrate()
    try:
        link = people.invite(email, username)
    except InputError as exc:
        fail(str(exc))
    typer.echo(f"Invitation sent to {email}. Their link: {link}")
    if not reachable_elsewhere():
        typer.echo(
            "Set RAPPORT_PUBLIC_URL to the server's address: this link works only where "
            "this machine can be reached.",
            err=True,
        )


@user_app.command("list")
def user_list(as_json: JsonOption = False) -> None:
    """List the accounts on this server."""
    from rapport.accounts import people

    cli_support.migrate()
    everyone = people.people()
    if as_json:
        print_json(
            [
                {
                    "username": p.username,
                    "email": p.email,
                    "joined": p.joined.isoformat(),
                    "last_login": p.last_login.isoformat() if p.last_login else None,
                    "has_password": p.has_password,
                }
                for p in everyone
            ]
        )
        return
    if not everyone:
        typer.echo("No accounts yet: add one with `rapport user create NAME`.")
    for p in everyone:
        seen = p.last_login.strftime("%Y-%m-%d %H:%M UTC") if p.last_login else "never"
        waiting = "" if p.has_password else "  (invited, no password yet)"
        typer.echo(f"{p.username}  {p.email or '-'}  last signed in {seen}{waiting}")


@user_app.command("set-password")
def user_set_password(
    username: Annotated[str, typer.Argument(help="Whose password to set.")],
    password_stdin: PasswordStdin = False,
) -> None:
    """Set a user's password (and lift any sign-in lock-out)."""
    from rapport.accounts import people
    from rapport.core.errors import InputError

    cli_support.migrate()
    try:
        people.find(username)
        people.set_password(username, _password(password_stdin))
    except InputError as exc:
        fail(str(exc))
    typer.echo(f"Password of '{username}' set.")


@user_app.command("unlock")
def user_unlock(username: Annotated[str, typer.Argument(help="Who is locked out.")]) -> None:
    """Let a user sign in again after too many wrong passwords."""
    from rapport.accounts import people
    from rapport.core.errors import InputError

    cli_support.migrate()
    try:
        people.find(username)
    except InputError as exc:
        fail(str(exc))
    cleared = people.unlock(username)
    typer.echo(f"'{username}' may sign in again ({cleared} failed attempts cleared).")


@user_app.command("delete")
def user_delete(
    username: Annotated[str, typer.Argument(help="Whose account to delete.")],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete an account and everything in its workspace."""
    from rapport.accounts import people
    from rapport.core.errors import InputError

    cli_support.migrate()
    try:
        people.find(username)
    except InputError as exc:
        fail(str(exc))
    if not yes and not typer.confirm(
        f"Delete '{username}' and everything in their workspace? This cannot be undone"
    ):
        fail("nothing was deleted")
    removed = people.delete(username)
    typer.echo(f"'{username}' deleted, with {removed:,} rows of their workspace.")
