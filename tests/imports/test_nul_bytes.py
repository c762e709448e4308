"""A NUL byte in a file is removed and counted, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.import_page.services import import_bytes
from rapport.meetings.models import Interaction

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("contacts/linkedin_nul_byte.csv", "Director of FP&A"),
        ("contacts/vcard_nul_byte.vcf", "Priya Raman"),
        ("calendar/google_nul_byte.ics", "Coffee with Priya Raman"),
    ],
)
def test_a_nul_byte_is_removed_counted_and_the_rest_imported(
    alice: User, name: str, kept: str
) -> None:
    run = import_bytes(alice, (DATA / name).read_bytes(), Path(name).name)
    assert "1 NUL character was removed from the text." in run.notes
    assert run.counts["new"] >= 1
    stored = [
        *Contact.objects.owned_by(alice).values_list("full_name", "position"),
        *Interaction.objects.owned_by(alice).values_list("summary", "location"),
    ]
    assert any(kept in value for row in stored for value in row)
    assert not any("\x00" in value for row in stored for value in row if value)
