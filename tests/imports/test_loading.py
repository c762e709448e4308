"""Importing one contacts file loads the readers it needs, not the archives' and mail's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
CONNECTIONS = ROOT / "tests" / "data" / "contacts" / "linkedin_current.csv"
#: What a mail export's archive, a LinkedIn zip or a mailbox needs, and a CSV does not.
NOT_NEEDED = [
    "rapport.formats.export_archive",
    "rapport.formats.linkedin_archive",
    "rapport.formats.mail",
    "rapport.import_page.archives",
    "tarfile",
    "mailbox",
]


@pytest.mark.skipif("DATABASE_URL" in os.environ, reason="a fresh SQLite file is enough")
def test_importing_a_connections_csv_loads_no_archive_or_mail_reader(tmp_path: Path) -> None:
    code = (
        "import os, sys, django\n"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'rapport.settings'\n"
        "django.setup()\n"
        "from django.core.management import call_command\n"
        "call_command('migrate', verbosity=0)\n"
        "from rapport.accounts.owner import local_owner\n"
        "from rapport.import_page.services import import_bytes\n"
        f"run = import_bytes(local_owner(), open({str(CONNECTIONS)!r}, 'rb').read(), 'c.csv')\n"
        "assert run.counts['new'] > 0, run.counts\n"
        f"print(sorted(m for m in {NOT_NEEDED!r} if m in sys.modules))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
