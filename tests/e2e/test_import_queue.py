"""A hosted server queues an import; a separate worker runs it; the page follows it.

Real processes: `rapport serve` and `rapport worker` against one database, a browser on
the page. On the PostgreSQL run of the suite the database is PostgreSQL, so the import goes
through the queue table and its progress through a connection of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from tests.accounts.test_serve_binding import environment, first_answer, free_port

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def queue_env(tmp_path: Path) -> Iterator[tuple[list[str], dict[str, str]]]:
    """The command prefix and environment of a server and worker sharing one database."""
    url = os.environ.get("DATABASE_URL")
    env = environment(tmp_path, RAPPORT_TASKS="queue")
    if not url:
        yield [sys.executable, "-m", "rapport", "--db", str(tmp_path / "queue.sqlite3")], env
        return
    name = f"rapport_queue_{uuid.uuid4().hex[:10]}"
    server = url.rsplit("/", 1)[0]
    admin = f"{server}/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield [sys.executable, "-m", "rapport"], {**env, "DATABASE_URL": f"{server}/{name}"}
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def connections_csv(folder: Path, rows: int) -> Path:
    """Write a LinkedIn Connections.csv of ``rows`` people, LinkedIn's preamble included."""
    path = folder / "Connections.csv"
    real = (DATA / "contacts" / "linkedin_current.csv").read_text(encoding="utf-8-sig")
    header_at = real.index("First Name,")
    lines = [real[:header_at] + real[header_at:].splitlines()[0]]
    lines += [
        f"Person{n},Example{n},https://www.linkedin.com/in/person-{n},,Acme Medical,"
        f"Engineer,05 Mar 2024"
        for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_queued_import_waits_for_the_worker_then_opens_its_report(
    browser: Browser, queue_env: tuple[list[str], dict[str, str]], tmp_path: Path
) -> None:
    command, env = queue_env
    # Large enough for the importer to report its progress on the way.
    upload = connections_csv(tmp_path, 1_200)
    subprocess.run([*command, "migrate"], env=env, check=True, capture_output=True, timeout=300)
    port = free_port()
    server = subprocess.Popen(
        [*command, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    context = browser.new_context(base_url=f"http://127.0.0.1:{port}")
    try:
        first_answer(port, "/healthz")
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto("/import/")
        page.set_input_files("#file", str(upload))
        page.get_by_role("button", name="Import").click()
        # No worker yet: the page says the file waits, and keeps asking.
        expect(page.get_by_text("Your file is waiting its turn")).to_be_visible()
        expect(page.get_by_role("heading", name="Importing Connections.csv")).to_be_visible()

        worker = subprocess.run(
            [*command, "worker", "--once"], env=env, capture_output=True, text=True, timeout=300
        )
        assert worker.returncode == 0, worker.stderr
        # The page notices by itself and shows the report.
        expect(page.get_by_role("heading", name="Imported Connections.csv")).to_be_visible()
        expect(page.get_by_role("status", name="What became of every record")).to_contain_text(
            "New"
        )
        page.goto("/contacts/")
        expect(page.locator("table tbody tr").first).to_be_visible()
        if "DATABASE_URL" in env:
            # The worker wrote its progress through its own connection while the import's
            # transaction was still open: the job knows how many records there were.
            with psycopg.connect(env["DATABASE_URL"]) as connection:
                row = connection.execute("SELECT status, total FROM imports_importjob").fetchone()
            assert row is not None and row[0] == "done" and row[1] > 0
    finally:
        context.close()
        server.terminate()
        server.wait(timeout=30)


def test_the_worker_refuses_to_start_where_imports_run_in_the_server(tmp_path: Path) -> None:
    env = environment(tmp_path, RAPPORT_TASKS="immediate")
    db = str(tmp_path / "laptop.sqlite3")
    done = subprocess.run(
        [sys.executable, "-m", "rapport", "--db", db, "worker", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "a worker is needed only when RAPPORT_TASKS=queue" in done.stderr
    assert "Traceback" not in done.stderr
