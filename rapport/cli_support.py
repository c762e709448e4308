"""What every CLI command shares: Django set-up, the acting user, errors, JSON output.

Command modules (rapport/cli.py and each app's cli.py) import from here; importing it
does not set Django up, so ``rapport --help`` stays fast.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

if TYPE_CHECKING:
    from django.contrib.auth.models import User

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def fail(message: str) -> NoReturn:
    """Print an error the user can act on and exit with code 2."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def os_error_words(error: OSError) -> str:
    """Return, in words, why a file could not be read or written."""
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, IsADirectoryError):
        return "this is a folder, not a file"
    if isinstance(error, NotADirectoryError):
        return "a part of this path is a file, not a folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)


def read_bytes(path: Path) -> bytes:
    """Return the bytes of the file at ``path``; exit 2 with the reason when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        fail(f"{path}: {os_error_words(error)}")


def read_head(path: Path, size: int = 4096) -> bytes:
    """Return the first ``size`` bytes of the file at ``path``; exit 2 when it cannot be read."""
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except OSError as error:
        fail(f"{path}: {os_error_words(error)}")


def read_text(path: Path, encoding: str = "utf-8-sig") -> str:
    """Return the text of the file at ``path``; exit 2 when it cannot be read or is not UTF-8."""
    try:
        return read_bytes(path).decode(encoding)
    except UnicodeDecodeError:
        fail(f"{path}: this is not UTF-8 text")


def write(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path``; exit 2 with the reason when it cannot be written."""
    if not path.parent.is_dir():
        fail(f"{path}: the folder {path.parent} does not exist")
    try:
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    except OSError as error:
        fail(f"{path}: {os_error_words(error)}")


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rapport.settings")
    import django

    django.setup()


def migrate(verbosity: int = 0) -> None:
    """Bring the database schema up to date (safe to run every time)."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)
    # The table of pages kept between requests (PostgreSQL; see settings.CACHES).
    call_command("createcachetable", verbosity=verbosity)


def current_user() -> User:
    """Return the user the command acts for: ``--user``, else the local owner."""
    from django.contrib.auth.models import User
    from django.utils import timezone

    from rapport.accounts.clock import workspace_zone
    from rapport.accounts.owner import local_owner, user_named

    migrate()
    name = os.environ.get("RAPPORT_CLI_USER")
    if name is None:
        user = local_owner()
    else:
        try:
            user = user_named(name)
        except User.DoesNotExist:
            fail(f"no user named '{name}'")
    # Every time a command prints is in the workspace's zone, as on the pages.
    timezone.activate(workspace_zone(user))
    return user


def print_json(data: Any) -> None:
    from django.core.serializers.json import DjangoJSONEncoder

    typer.echo(json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False))


def parse_day(value: str | None, option: str) -> date | None:
    """Return the date an option names (None when not given); exit 2 when it is not one."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        fail(f"{option} must be a date like 2026-03-01, not {value!r}")
