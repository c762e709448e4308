"""The ``rapport`` command: a thin shell over the same services the web app calls."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from rapport import cli_accounts, cli_touches
from rapport.cli_support import (
    JsonOption,
    current_user,
    fail,
    migrate,
    os_error_words,
    print_json,
    read_head,
    read_text,
    setup_django,
    write,
)
from rapport.coaching import cli as coaching_cli
from rapport.contacts import cli as contacts_cli
from rapport.diagnosis import cli as diagnosis_cli
from rapport.formats.kinds import FORMATS
from rapport.handbill import cli as handbill_cli
from rapport.ledger import cli as ledger_cli
from rapport.meetings import cli as meetings_cli
from rapport.paths import cli as paths_cli
from rapport.profile import cli as pitch_cli

app = typer.Typer(
    help="Rapport: make your networking pay off. Plan, contacts, meetings, diagnosis.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
plan_app = typer.Typer(help="Read, write and show your marketing plan (plan.toml).")
app.add_typer(plan_app, name="plan")
app.add_typer(cli_accounts.user_app, name="user")
app.add_typer(coaching_cli.coach_app, name="coach")
app.add_typer(coaching_cli.share_app, name="share")
app.add_typer(coaching_cli.api_app, name="api")
contacts_app = typer.Typer(help="Your contact book, judged against your plan.")
app.add_typer(contacts_app, name="contacts")
contacts_app.command("export")(contacts_cli.contacts_export)
app.add_typer(meetings_cli.app, name="meetings")
app.add_typer(cli_touches.touches_app, name="touches")
app.add_typer(pitch_cli.app, name="pitch")
app.add_typer(ledger_cli.log_app, name="log")
app.command("give")(ledger_cli.give)
app.command("offer")(ledger_cli.offer)
app.command("diagnose")(diagnosis_cli.diagnose)
app.command("explain")(diagnosis_cli.explain)
app.command("paths")(paths_cli.paths)
app.command("handbill")(handbill_cli.handbill)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", help="SQLite database file (else RAPPORT_DB, DATABASE_URL, data folder)."
        ),
    ] = None,
    user: Annotated[
        str | None,
        typer.Option(
            "--user", help="Whose workspace to use (multi-user servers); default: local owner."
        ),
    ] = None,
) -> None:
    if db is not None:
        db = db.expanduser()
        if db.is_dir():
            fail(f"{db} is a folder; give --db the path of a database file")
        if not db.parent.is_dir():
            # Creating it would open an empty workspace, as if the user's data were gone.
            fail(f"the folder {db.parent} does not exist; check the --db path")
        os.environ["RAPPORT_DB"] = str(db)
        os.environ.pop("DATABASE_URL", None)
    if user is not None:
        os.environ["RAPPORT_CLI_USER"] = user
    # serve decides the mode from --host first: settings read it once, when Django starts.
    if ctx.invoked_subcommand != "serve":
        setup_django()


@app.command()
def serve(
    port: Annotated[int, typer.Option(envvar="PORT", help="Port to listen on.")] = 8000,
    host: Annotated[
        str, typer.Option(help="Address to bind; non-loopback turns on accounts.")
    ] = "127.0.0.1",
    reload: Annotated[
        bool, typer.Option(help="Restart when the code changes (for development).")
    ] = False,
) -> None:
    """Apply migrations and serve the web app (http://127.0.0.1:8000)."""
    from django.conf import settings

    from rapport.serving import serve as run_server
    from rapport.serving import thread_count, worker_count
    from rapport.settings_mode import LOOPBACK_HOSTS, env_bool

    os.environ["RAPPORT_BIND_HOST"] = host
    if host not in LOOPBACK_HOSTS:
        # Reachable from other machines: accounts on, and a key that is not on this disk.
        if not (os.environ.get("RAPPORT_SECRET_KEY") or os.environ.get("SECRET_KEY")):
            fail(
                f"--host {host} makes Rapport reachable from other machines, so it asks "
                "everyone to sign in: set RAPPORT_SECRET_KEY to a long random secret first"
            )
        if not env_bool("RAPPORT_INSECURE_LAN"):
            typer.echo(
                "Sign-in cookies are sent over HTTPS only: put Rapport behind an HTTPS proxy, "
                "or set RAPPORT_INSECURE_LAN=1 on a network you trust.",
                err=True,
            )
    try:
        workers = worker_count(host not in LOOPBACK_HOSTS)
        thread_count()
    except ValueError as exc:
        fail(str(exc))
    setup_django()
    migrate(verbosity=1)
    typer.echo(f"Rapport is running at http://{host}:{port}/  ({workers} workers; Ctrl+C to stop)")
    run_server(host, port, settings.MULTIUSER, reload=reload)


@app.command()
def worker(
    once: Annotated[
        bool, typer.Option("--once", help="Run the imports waiting now, then stop.")
    ] = False,
) -> None:
    """Run the imports the web app queues (hosted servers, RAPPORT_TASKS=queue)."""
    from django.conf import settings
    from django.core.management import call_command

    from rapport.import_page.jobs import give_up_on_stopped

    if settings.TASKS_MODE != "queue":
        fail(
            "imports run inside the web server in this mode; a worker is needed only when "
            "RAPPORT_TASKS=queue (the default with DATABASE_URL)"
        )
    migrate(verbosity=0)
    stopped = give_up_on_stopped()
    if stopped:
        typer.echo(f"{stopped} import(s) left unfinished by a stopped worker can be tried again.")
    typer.echo("Rapport's worker is waiting for imports (Ctrl+C to stop).")
    call_command("db_worker", batch=once, interval=1, startup_delay=False, reload=False)


@app.command("migrate")
def migrate_command() -> None:
    """Bring the database up to this version of Rapport (serve does it too)."""
    migrate(verbosity=1)
    typer.echo("The database is up to date.")


@app.command()
def demo(
    persona: Annotated[
        str, typer.Option(help="scattered (the article's case) or focused.")
    ] = "scattered",
    as_json: JsonOption = False,
) -> None:
    """Load a demo persona into an empty workspace."""
    from rapport.core.errors import InputError
    from rapport.demo.loader import load_demo

    user = current_user()
    try:
        summary = load_demo(user, persona)
    except InputError as exc:
        fail(str(exc))
    if as_json:
        print_json({"persona": persona, "summary": summary})
    else:
        typer.echo(summary)


@plan_app.command("import")
def plan_import(file: Annotated[Path, typer.Argument(help="A plan.toml file.")]) -> None:
    """Replace your plan with the one in FILE (nothing changes if the file is refused)."""
    from rapport.core.errors import PlanFileError
    from rapport.formats import plan_toml
    from rapport.plan.services import save_plan

    user = current_user()
    text = read_text(file)
    try:
        plan = plan_toml.loads(text, str(file))
    except PlanFileError as exc:
        fail(f"{exc}; nothing was changed")
    save_plan(user, plan)
    typer.echo(f"Plan imported from {file}: {len(plan.companies)} target companies.")


@plan_app.command("export")
def plan_export() -> None:
    """Print your plan as plan.toml."""
    from rapport.formats import plan_toml
    from rapport.plan.services import load_plan

    sys.stdout.write(plan_toml.dumps(load_plan(current_user())))


@plan_app.command("show")
def plan_show(as_json: JsonOption = False) -> None:
    """Show your plan, with advice where it strays from the method."""
    from dataclasses import asdict

    from rapport.core.plan import plan_warnings
    from rapport.plan.services import load_plan

    plan = load_plan(current_user())
    warnings = plan_warnings(plan)
    if as_json:
        print_json({**asdict(plan), "warnings": [asdict(w) for w in warnings]})
        return
    from rich.console import Console

    from rapport.cli_render import render_plan

    render_plan(Console(), plan, warnings)


@app.command()
def backup(file: Annotated[Path, typer.Argument(help="Where to write the JSON backup.")]) -> None:
    """Write everything you own to FILE.json."""
    from rapport.accounts import backup as backups

    if not file.parent.is_dir():
        fail(f"{file}: the folder {file.parent} does not exist")
    text = backups.dumps(current_user())
    write(file, text)
    typer.echo(f"Backup written to {file} ({len(text):,} bytes).")


@app.command()
def restore(
    file: Annotated[Path, typer.Argument(help="A backup written by 'rapport backup'.")],
) -> None:
    """Restore FILE.json into an empty workspace."""
    from rapport.accounts import backup as backups
    from rapport.core.errors import InputError

    user = current_user()
    text = read_text(file)
    try:
        counts = backups.restore(user, text, str(file))
    except InputError as exc:
        fail(str(exc))
    typer.echo(f"Restored {sum(counts.values()):,} rows from {file}.")


@app.command("import")
def import_file(
    file: Annotated[
        Path,
        typer.Argument(
            help="Contacts (.csv, .vcf), a calendar (.ics), LinkedIn's archive or its files, "
            "e-mail (.mbox, .eml, Apple Mail's exported folder), or Google Takeout's "
            "archive (.zip, .tgz)."
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help=f"{', '.join(FORMATS)} (default: by content)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Import contacts, a calendar, LinkedIn messages or e-mail; again, it changes nothing."""
    from rich.progress import Progress

    from rapport.core.errors import InputError
    from rapport.import_page.services import import_path

    user = current_user()
    if fmt is not None and fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    # Apple Mail's "Export Mailbox…" writes a folder, INBOX.mbox, holding the mailbox as a
    # file named mbox; any other folder is refused below.
    source = file / "mbox" if file.is_dir() and (file / "mbox").is_file() else file
    read_head(source)
    with Progress(transient=True, disable=as_json) as bar:
        task = bar.add_task(f"Importing {file.name}", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        try:
            # Mailboxes and mail exports' archives are read from the file as they are
            # needed, whatever their size; the rest whole (services.import_path).
            run = import_path(user, source, file.name, fmt=fmt, progress=advance)
        except InputError as exc:
            fail(f"{exc}; nothing was imported")
        except OSError as exc:
            fail(f"{file}: {os_error_words(exc)}")
    if as_json:
        print_json(
            {
                "id": run.pk,
                "file": run.file_name,
                "format": run.format,
                "encoding": run.encoding,
                "counts": run.counts,
                "notes": run.notes,
                "skipped": run.errors,
            }
        )
        return
    from rapport.import_page import report

    typer.echo(f"Imported {file.name} ({report.format_name(run.format)}).")
    typer.echo(report.sentence(run.format, run.counts, run.encoding))
    for note in [*report.also(run.counts), *run.notes]:
        typer.echo(note)
    for error in run.errors[:20]:
        typer.echo(f"  skipped {error['where']}: {error['reason']}")
    if len(run.errors) > 20:
        typer.echo(f"  … and {len(run.errors) - 20} more (see --json)")


@contacts_app.command("list")
def contacts_list(
    filters: contacts_cli.FilterOption = None,
    search: Annotated[
        str,
        typer.Option(
            "--search",
            help="Name, e-mail, phone, company or title; accents and case do not matter.",
        ),
    ] = "",
    limit: Annotated[int, typer.Option("--limit", min=0, help="At most this many (0: all).")] = 0,
    as_json: JsonOption = False,
) -> None:
    """List your contacts with their judgments."""
    from rapport.contacts.judging import Judge, reasons_for
    from rapport.contacts.queries import contact_json

    qs = contacts_cli.filtered_contacts(filters, search)
    user = current_user()
    if limit:
        qs = qs[:limit]
    judge = Judge(user)
    contacts = list(qs)
    rows = [contact_json(c, reasons_for(user, c, judge)) for c in contacts]
    if as_json:
        from rapport.accounts.clock import today_for, workspace_zone
        from rapport.meetings.queries import last_meetings
        from rapport.paths.replies import latencies
        from rapport.touches.queries import last_contacts

        ids = [c.pk for c in contacts]
        latest = last_contacts(user, ids, last_meetings(user, ids))
        answers = latencies(user, ids, today_for(user))
        zone = workspace_zone(user)
        for row in rows:
            row["last_contact"] = latest.get(row["id"])
            answer = answers.get(row["id"])
            row["answers"] = answer.to_json(zone) if answer else None
        print_json(rows)
        return
    from rich.console import Console

    from rapport.cli_render import render_contacts

    render_contacts(Console(), rows)


def main() -> None:
    try:
        app()
    except OSError as error:
        # A path the commands did not check themselves: still the user's mistake, not a bug.
        where = f"{error.filename}: " if error.filename else ""
        typer.echo(f"error: {where}{os_error_words(error)}", err=True)
        sys.exit(2)
