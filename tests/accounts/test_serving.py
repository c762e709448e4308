"""``rapport serve`` runs the production server (gunicorn), on a laptop as on a host."""

from __future__ import annotations

import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from rapport import serving
from tests.accounts.test_serve_binding import environment, first_answer, free_port
from tests.cli_runner import Run


def test_the_local_server_is_gunicorn_serving_pages_static_files_and_a_health_check(
    tmp_path: Path,
) -> None:
    port = free_port()
    db = str(tmp_path / "local.sqlite3")
    server = subprocess.Popen(
        [sys.executable, "-m", "rapport", "--db", db, "serve", "--port", str(port)],
        env=environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        status, _ = first_answer(port, "/healthz")
        assert status == 200
        home = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10)
        assert home.status == 200
        assert home.headers["Server"].startswith("gunicorn")
        script = urllib.request.urlopen(
            f"http://127.0.0.1:{port}/static/vendor/htmx-2.0.11.min.js", timeout=10
        )
        assert script.status == 200
        assert "max-age" in script.headers["Cache-Control"]
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "Rapport is running at http://127.0.0.1" in output
    # The access log names each request.
    assert '"GET /healthz HTTP/1.1" 200' in output
    assert "runserver" not in output and "development server" not in output.lower()


def test_workers_are_sized_to_the_machine_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAPPORT_WORKERS", raising=False)
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert serving.worker_count(multiuser=True) == 4
    assert serving.worker_count(multiuser=False) == 2
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert serving.worker_count(multiuser=True) == 2
    monkeypatch.setenv("RAPPORT_WORKERS", "3")
    assert serving.worker_count(multiuser=True) == 3
    monkeypatch.setenv("RAPPORT_WORKERS", "many")
    with pytest.raises(ValueError, match="RAPPORT_WORKERS"):
        serving.worker_count(multiuser=True)


def test_threads_a_worker_are_eight_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAPPORT_THREADS", raising=False)
    assert serving.options("127.0.0.1", 8000, multiuser=False)["threads"] == 8
    monkeypatch.setenv("RAPPORT_THREADS", "2")
    assert serving.options("127.0.0.1", 8000, multiuser=True)["threads"] == 2
    monkeypatch.setenv("RAPPORT_THREADS", "0")
    with pytest.raises(ValueError, match="RAPPORT_THREADS"):
        serving.options("127.0.0.1", 8000, multiuser=True)


def test_a_wrong_thread_count_is_a_clear_error_at_serve(
    rapport: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RAPPORT_THREADS", "lots")
    result = rapport("serve")
    assert result.returncode == 2
    assert "RAPPORT_THREADS must be a whole number" in result.stderr + result.stdout


def test_the_workers_heartbeat_is_kept_in_memory() -> None:
    assert serving.options("127.0.0.1", 8000, multiuser=False)["worker_tmp_dir"] == "/dev/shm"


def test_an_ipv6_address_is_bound_in_brackets() -> None:
    assert serving.options("::1", 8000, multiuser=False)["bind"] == ["[::1]:8000"]
    assert serving.options("0.0.0.0", 80, multiuser=True)["bind"] == ["0.0.0.0:80"]  # noqa: S104
