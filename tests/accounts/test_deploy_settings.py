"""The hosted settings: `check --deploy` is clean, and the public address is trusted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from tests.accounts.test_serve_binding import environment

HOSTED = {
    "RAPPORT_MULTIUSER": "1",
    "RAPPORT_SECRET_KEY": "k3y-" + "x9Q!" * 16,
    "RAPPORT_PUBLIC_URL": "https://rapport.example.com",
}


def run_python(tmp_path: Path, code: str, **env: str) -> subprocess.CompletedProcess[str]:
    setup = "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'rapport.settings'; "
    return subprocess.run(
        [sys.executable, "-c", setup + code],
        env=environment(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_hosted_settings_pass_django_deploy_checks_without_a_warning(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=environment(tmp_path, DJANGO_SETTINGS_MODULE="rapport.settings", **HOSTED),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_public_address_is_the_trusted_host_and_origin(tmp_path: Path) -> None:
    code = (
        "django.setup(); from django.conf import settings as s; "
        "print(s.ALLOWED_HOSTS[-1], s.CSRF_TRUSTED_ORIGINS, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE)"
    )
    result = run_python(tmp_path, code, **HOSTED)
    assert result.stdout.split() == [
        "rapport.example.com",
        "['https://rapport.example.com']",
        "True",
        "31536000",
        "True",
    ]


def test_a_public_address_that_is_no_address_is_refused_by_name(tmp_path: Path) -> None:
    result = run_python(
        tmp_path, "django.setup()", **{**HOSTED, "RAPPORT_PUBLIC_URL": "rapport.example.com"}
    )
    assert result.returncode != 0
    assert "RAPPORT_PUBLIC_URL must be an address such as https://" in result.stderr


@pytest.mark.django_db
def test_every_page_forbids_scripts_from_anywhere_but_this_server(client: Client) -> None:
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert "object-src 'none'" in policy


def test_no_template_holds_an_inline_script_or_event_handler() -> None:
    import re

    templates = Path(__file__).resolve().parents[2] / "rapport" / "templates"
    inline = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>")
    handler = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.IGNORECASE)
    found = [
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if inline.search(path.read_text())
        or handler.search(path.read_text())
        or "javascript:" in path.read_text()
    ]
    assert found == []
