"""What a contacts import tells the user besides its counts: shared identifiers, job moves,
e-mails and phones left out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapport.core.records import ContactRecord

#: How much of a left-out value the report quotes as an example.
EXAMPLE_CHARS = 40


@dataclass
class JobMove:
    """A contact whose company or position this import changed."""

    old_company: str
    old_position: str
    new_company: str
    new_position: str
    row: dict[str, Any]


def shared_notes(shared: dict[str, int], shown: int = 3) -> list[str]:
    """Return sentences naming the emails and phones left out of matching as shared."""
    if not shared:
        return []
    biggest = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
    named = ", ".join(value for value, _count in biggest[:shown])
    more = f" and {len(shared) - shown} more" if len(shared) > shown else ""
    return [
        f"{named}{more} {'is' if len(shared) == 1 else 'are'} shared by several people "
        "(a switchboard, a family line or a team address), so Rapport did not treat "
        f"{'it' if len(shared) == 1 else 'them'} as one person's."
    ]


def job_change_notes(changes: list[JobMove], target_ids: dict[str, int]) -> list[str]:
    """Return sentences about job changes, e.g. '1 now works at Stryker, a target company'."""
    if not changes:
        return []
    people = "contact" if len(changes) == 1 else "contacts"
    notes = [f"{len(changes)} {people} changed jobs."]
    names = {pk: name for name, pk in target_ids.items()}
    at_targets: dict[str, int] = {}
    for change in changes:
        target = names.get(change.row.get("target_company_id") or 0)
        if target:
            at_targets[target] = at_targets.get(target, 0) + 1
    for name, count in sorted(at_targets.items()):
        verb = "works" if count == 1 else "work"
        notes.append(f"{count} now {verb} at {name}, a target company.")
    return notes


def left_out_notes(records: Sequence[ContactRecord]) -> list[str]:
    """Return a sentence counting the e-mails and phones the file gave that were left out
    as no address or number, e.g. '2 e-mails that are not addresses (such as "xxxx") were
    left out.'; no sentence when there were none."""
    emails = [value for record in records for value in record.left_out_emails]
    phones = [value for record in records for value in record.left_out_phones]
    parts = []
    if emails:
        kind = (
            "e-mail that is not an address"
            if len(emails) == 1
            else "e-mails that are not addresses"
        )
        parts.append(f"{len(emails)} {kind} {_example(emails)}")
    if phones:
        kind = "phone number" if len(phones) == 1 else "phone numbers"
        parts.append(f"{len(phones)} {kind} with no digits {_example(phones)}")
    if not parts:
        return []
    verb = "was" if len(emails) + len(phones) == 1 else "were"
    return [f"{' and '.join(parts)} {verb} left out."]


def _example(values: list[str]) -> str:
    """Return the first value quoted in brackets, cut to EXAMPLE_CHARS: '(such as "x")'."""
    first = values[0]
    shown = first if len(first) <= EXAMPLE_CHARS else f"{first[: EXAMPLE_CHARS - 1]}…"
    return f'("{shown}")' if len(values) == 1 else f'(such as "{shown}")'
