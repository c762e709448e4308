"""``rapport serve --host 0.0.0.0`` asks everyone to sign in: tested on the real command."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

#: Every interface: what a user types to share Rapport on their network.
EVERYWHERE = "0.0.0.0"  # noqa: S104


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    for name in (
        "DJANGO_SETTINGS_MODULE",
        "DATABASE_URL",
        "RAPPORT_MULTIUSER",
        "RAPPORT_BIND_HOST",
        "DJANGO_ALLOW_ASYNC_UNSAFE",  # the browser tests' need, never a server's
    ):
        env.pop(name, None)
    return {**env, **extra}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def first_answer(port: int, path: str = "/contacts/") -> tuple[int, str]:
    """Return the status and Location of the server's first answer, waiting for it to start."""
    opener = urllib.request.build_opener(NoRedirect)
    deadline = time.monotonic() + 60
    while True:
        try:
            response = opener.open(f"http://127.0.0.1:{port}{path}", timeout=5)
            return response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as answer:
            return answer.code, answer.headers.get("Location", "")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_a_lan_bind_sends_a_stranger_from_any_address_to_the_login_page(tmp_path: Path) -> None:
    port = free_port()
    env = environment(tmp_path, RAPPORT_SECRET_KEY="t" * 50, RAPPORT_INSECURE_LAN="1")
    db = str(tmp_path / "lan.sqlite3")
    args = [sys.executable, "-m", "rapport", "--db", db, "serve", "--host", EVERYWHERE]
    server = subprocess.Popen(
        [*args, "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        status, location = first_answer(port)
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert status == 302
    assert location.startswith("/accounts/login/")


def test_a_lan_bind_without_a_secret_key_refuses_to_start(tmp_path: Path) -> None:
    env = environment(tmp_path)
    env.pop("RAPPORT_SECRET_KEY", None)
    env.pop("SECRET_KEY", None)
    db = str(tmp_path / "lan.sqlite3")
    result = subprocess.run(
        [sys.executable, "-m", "rapport", "--db", db, "serve", "--host", EVERYWHERE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "set RAPPORT_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("insecure", "secure"), [("", True), ("1", False)])
def test_accounts_mode_sends_cookies_over_https_unless_the_lan_is_trusted(
    tmp_path: Path, insecure: str, secure: bool
) -> None:
    env = environment(tmp_path, RAPPORT_BIND_HOST=EVERYWHERE, RAPPORT_SECRET_KEY="t" * 50)
    env["RAPPORT_INSECURE_LAN"] = insecure
    code = "from django.conf import settings as s; print(s.MULTIUSER, s.SESSION_COOKIE_SECURE)"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django, os; os.environ['DJANGO_SETTINGS_MODULE']="
            f"'rapport.settings'; django.setup(); {code}",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["True", str(secure)]
