"""Scale on PostgreSQL: 100 workspaces of 30,000 contacts and 10,000 meetings, real server.

`make bench-scale` (not part of `make bench`: it builds a 3-million-contact database, a few
minutes the first time; later runs reuse it). One workspace is filled through the real
importers, then copied 99 times inside PostgreSQL with every id moved, so each workspace
holds the same shape of data under its own owner. `rapport serve` then answers four pages
under 4, 16 and 64 concurrent clients, each client signed in as a random workspace's owner,
for a bounded time, on 127.0.0.1 only. The kept pages (the lists, the diagnosis) are first
opened once per workspace with nothing kept, which is reported as the first view after a
change; the load then finds them kept, as it would between two changes.

Environment: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/rapport_scale; the
database is created when missing), BENCH_WORKSPACES (100), BENCH_SECONDS per cell (8),
BENCH_CLIENTS (4,16,64), BENCH_PAGES (words of the pages to run, all by default).
"""

from __future__ import annotations

import http.client
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from common import ROOT, table
from lean_http import LeanConnection
from machine_time import processor_seconds, used_between

URL = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/rapport_scale")
WORKSPACES = int(os.environ.get("BENCH_WORKSPACES", 100))
SECONDS = float(os.environ.get("BENCH_SECONDS", 8))
CLIENTS = tuple(int(n) for n in os.environ.get("BENCH_CLIENTS", "4,16,64").split(","))
#: Only the pages whose label holds one of these words (all when unset).
ONLY = [w for w in os.environ.get("BENCH_PAGES", "").split(",") if w]

#: Each copy's ids are the original's plus its number times this.
STEP = 100_000_000
#: The pages kept per workspace and data version (rapport/accounts/kept.py).
KEPT = {"contacts page": "/contacts/", "meetings page": "/meetings/", "diagnosis": "/diagnosis/"}
TARGETS_MS = {"contacts page": 150, "contact page": 150, "meetings page": 150, "diagnosis": 400}


def create_database() -> None:
    import psycopg

    server, name = URL.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def setup() -> None:
    os.environ["DATABASE_URL"] = URL
    os.environ["RAPPORT_TASKS"] = "immediate"
    os.environ.setdefault("RAPPORT_SECRET_KEY", "bench")
    os.environ["DJANGO_SETTINGS_MODULE"] = "rapport.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)


def fill_first(user: Any) -> None:
    """Fill one workspace the way bench_diagnosis does: a plan, LinkedIn, meetings."""
    from bench_diagnosis import fill_workspace

    fill_workspace(user)


def owned_tables() -> list[Any]:
    from django.apps import apps

    from rapport.accounts.backup import OWNED_MODELS

    return [apps.get_model(label) for label in OWNED_MODELS]


def copy_workspace(source: int, target: int, n: int) -> None:
    """Copy every row of ``source``'s into ``target``'s workspace, ids moved by n * STEP."""
    from django.db import connection

    shift = n * STEP
    # Table and column names come from the models, never from input: formatting them is safe.
    moved = {model._meta.db_table for model in owned_tables()}
    with connection.cursor() as cursor:
        for model in owned_tables():
            if model._meta.get_field("owner").one_to_one:
                # Made with the account (its workspace): the copy replaces it.
                cursor.execute(
                    f'DELETE FROM "{model._meta.db_table}" WHERE owner_id = %s',  # noqa: S608
                    [target],
                )
            columns, values = [], []
            for field in model._meta.concrete_fields:
                column = field.column
                columns.append(f'"{column}"')
                if field.name == "owner":
                    values.append(str(target))
                elif field.primary_key or (
                    field.is_relation and field.related_model._meta.db_table in moved
                ):
                    values.append(f'"{column}" + {shift}')
                else:
                    values.append(f'"{column}"')
            cursor.execute(
                f'INSERT INTO "{model._meta.db_table}" ({", ".join(columns)}) '  # noqa: S608
                f'SELECT {", ".join(values)} FROM "{model._meta.db_table}" WHERE owner_id = %s',
                [source],
            )
            for m2m in model._meta.local_many_to_many:
                through = m2m.remote_field.through._meta
                own, other = (f.column for f in through.concrete_fields if not f.primary_key)
                cursor.execute(
                    f'INSERT INTO "{through.db_table}" (id, "{own}", "{other}") '  # noqa: S608
                    f'SELECT id + {shift}, "{own}" + {shift}, "{other}" + {shift} '
                    f'FROM "{through.db_table}" WHERE "{own}" IN '
                    f'(SELECT id FROM "{model._meta.db_table}" WHERE owner_id = %s)',
                    [source],
                )


def populate() -> list[int]:
    """Return the owners' ids, building the workspaces that are missing."""
    from django.contrib.auth.models import User
    from django.core.management.color import no_style
    from django.db import connection, transaction

    from rapport.accounts.owner import user_named
    from rapport.contacts.models import Contact

    first = user_named("client000", create=True)
    if not Contact.objects.filter(owner=first).exists():
        started = time.perf_counter()
        fill_first(first)
        print(f"filled the first workspace in {time.perf_counter() - started:.0f} s", flush=True)
    for n in range(1, WORKSPACES):
        user = user_named(f"client{n:03}", create=True)
        if Contact.objects.filter(owner=user).exists():
            continue
        started = time.perf_counter()
        with transaction.atomic():
            copy_workspace(first.pk, user.pk, n)
        print(f"copied workspace {n} in {time.perf_counter() - started:.1f} s", flush=True)
    models = [*owned_tables()]
    models += [m2m.remote_field.through for m in models for m2m in m._meta.local_many_to_many]
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)
        cursor.execute("ANALYZE")
    return list(User.objects.filter(username__startswith="client").values_list("pk", flat=True))


def sessions(owners: list[int]) -> dict[int, str]:
    """Return a signed-in session cookie for each owner."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore

    cookies = {}
    for user in User.objects.filter(pk__in=owners):
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        cookies[user.pk] = f"{settings.SESSION_COOKIE_NAME}={store.session_key}"
    return cookies


def sample_ids(owners: list[int]) -> dict[int, list[int]]:
    from rapport.contacts.models import Contact

    return {
        owner: list(Contact.objects.filter(owner_id=owner).values_list("pk", flat=True)[:2000])
        for owner in owners
    }


def serve(port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "RAPPORT_MULTIUSER": "1",
        "RAPPORT_INSECURE_LAN": "1",  # plain HTTP on 127.0.0.1: no HTTPS redirect
        "RAPPORT_LOG_LEVEL": "ERROR",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "rapport", "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the server did not start")


def load(
    port: int, clients: int, path_for: Any, cookies: dict[int, str]
) -> tuple[list[float], int, float]:
    """Run ``clients`` closed-loop clients for SECONDS; return latencies (ms), errors, time."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + SECONDS
    owners = list(cookies)

    def client(seed: int) -> None:
        rng = random.Random(seed)
        connection = LeanConnection(port)
        mine: list[float] = []
        failed = 0
        while time.monotonic() < stop:
            owner = rng.choice(owners)
            started = time.perf_counter()
            try:
                ok = connection.get(path_for(owner, rng), cookies[owner]) == 200
            except OSError:
                ok = False
                connection.closing = True
            if connection.closing:
                connection.close()
                connection = LeanConnection(port)
            mine.append((time.perf_counter() - started) * 1000)
            failed += not ok
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0], time.monotonic() - started


def first_views(
    port: int, cookies: dict[int, str], label: str, path: str
) -> tuple[str, str, str, str]:
    """Open every workspace's ``path`` once, two at a time, with nothing kept: each is
    computed, then kept (the cost of the first view after a change)."""
    latencies: list[float] = []

    def visit(owners: list[int]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for owner in owners:
            started = time.perf_counter()
            connection.request("GET", path, headers={"Cookie": cookies[owner]})
            connection.getresponse().read()
            latencies.append((time.perf_counter() - started) * 1000)

    owners = list(cookies)
    threads = [threading.Thread(target=visit, args=(owners[n::2],)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return (
        f"{label}, first view after a change",
        f"p50 {statistics.median(latencies):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms "
        f"({len(latencies)} workspaces, 2 at a time)",
        "",
        "",
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    create_database()
    setup()
    owners = populate()
    cookies = sessions(owners)
    ids = sample_ids(owners)
    from django.core.cache import caches

    from rapport.contacts.models import Contact

    contacts = Contact.objects.count()
    pages = {
        "contacts page": lambda owner, rng: "/contacts/",
        "contact page": lambda owner, rng: f"/contacts/{rng.choice(ids[owner])}/",
        "meetings page": lambda owner, rng: "/meetings/",
        "diagnosis": lambda owner, rng: "/diagnosis/",
    }
    port = 8700 + os.getpid() % 200
    server = serve(port)
    rows = []
    try:
        # Each kept page computed once per workspace (the first view after a change),
        # then the load, which finds every workspace's pages kept.
        caches["kept"].clear()
        for label, path in KEPT.items():
            if ONLY and not any(w in label for w in ONLY):
                continue
            rows.append(first_views(port, cookies, label, path))
            print(rows[-1], flush=True)
        for label, path_for in pages.items():
            if ONLY and not any(w in label for w in ONLY):
                continue
            load(port, 2, path_for, cookies)  # warm each worker's caches once
            for clients in CLIENTS:
                cpu = time.process_time()
                before = processor_seconds(server.pid)
                latencies, errors, elapsed = load(port, clients, path_for, cookies)
                spent = used_between(before, processor_seconds(server.pid))
                answered = max(1, len(latencies))
                server_ms = spent["server"] * 1000 / answered
                database_ms = spent["database"] * 1000 / answered
                # The load generator shares the two cores with the server: its own cost a
                # request, so the table says how much of the machine it took.
                client_ms = (time.process_time() - cpu) * 1000 / answered
                p95 = percentile(latencies, 0.95)
                target = TARGETS_MS[label]
                checked = clients == 16
                rows.append(
                    (
                        f"{label}, {clients} clients",
                        f"{len(latencies) / elapsed:.0f}/s, p50 {statistics.median(latencies):.0f}"
                        f" ms, p95 {p95:.0f} ms, p99 {percentile(latencies, 0.99):.0f} ms, "
                        f"{errors} errors; processor ms a request: server {server_ms:.1f}, "
                        f"PostgreSQL {database_ms:.1f}, load generator {client_ms:.1f}",
                        f"p95 < {target} ms, 0 errors" if checked else "0 errors",
                        ("yes" if p95 < target and not errors else "NO")
                        if checked
                        else ("yes" if not errors else "NO"),
                    )
                )
                print(rows[-1], flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    table(
        f"Scale: {len(owners)} workspaces, {contacts:,} contacts (PostgreSQL, gunicorn, "
        f"{SECONDS:.0f} s a cell)",
        rows,
    )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
