"""Load a demo persona through the same importers a user's own files go through."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from django.db import transaction

from rapport.accounts.backup import owns_anything
from rapport.accounts.clock import change_time_zone, today_for
from rapport.accounts.models import Workspace
from rapport.core.errors import InputError
from rapport.formats import plan_toml
from rapport.plan.services import save_plan
from rapport.profile.services import save_pitch

if TYPE_CHECKING:
    from django.contrib.auth.models import User

DEMO_DIR = Path(__file__).resolve().parent
PERSONAS = {
    "scattered": (
        "The article's case: a year of coffees with fellow job seekers, no one who could hire her."
    ),
    "focused": "A focused networker: meetings in her target industry, decision-makers every week.",
}
#: The files of a persona, imported in this order (contacts before the calendar links to them).
CONTACT_FILES = ("Connections.csv", "phone.vcf")
CALENDAR_FILE = "calendar.ics"
#: Her messages, imported after the calendar, moved in time with it: her LinkedIn data
#: export (messages, profile, positions, job-seeker preferences, follows) and her mailbox.
MESSAGE_FILES = ("LinkedIn_export.zip", "mailbox.mbox")


def persona_dir(persona: str) -> Path:
    if persona not in PERSONAS:
        raise InputError(f"no demo persona '{persona}'; choose one of: {', '.join(PERSONAS)}")
    return DEMO_DIR / persona


def date_shift(anchor: date, today: date) -> timedelta:
    """Return the whole-week shift that moves ``anchor`` to the latest date <= today.

    Whole weeks keep every weekly meeting on its weekday, so the demo's story reads the
    same on any day it is loaded.
    """
    weeks = (today - anchor).days // 7
    return timedelta(weeks=weeks)


@transaction.atomic
def load_demo(user: User, persona: str, *, today: date | None = None) -> str:
    """Load ``persona`` into ``user``'s empty workspace; return a one-line summary."""
    from rapport.import_page.services import import_bytes

    folder = persona_dir(persona)
    if owns_anything(user):
        raise InputError(
            "your workspace already holds data; the demo loads into an empty workspace "
            "(on the command line: rapport --db demo.sqlite3 demo)"
        )
    today = today or today_for(user)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    shift = date_shift(date.fromisoformat(meta["anchor"]), today)
    # The persona's zone first: her calendar's dates and floating times are read in it.
    workspace, _ = Workspace.objects.get_or_create(owner=user)
    change_time_zone(user, workspace, meta.get("time_zone", "America/Chicago"))

    plan = plan_toml.loads((folder / "plan.toml").read_text(encoding="utf-8"), "plan.toml")
    save_plan(user, plan)
    runs = []
    for name in CONTACT_FILES:
        path = folder / name
        if path.exists():
            runs.append(import_bytes(user, path.read_bytes(), name))
    calendar = folder / CALENDAR_FILE
    if calendar.exists():
        runs.append(import_bytes(user, calendar.read_bytes(), CALENDAR_FILE, shift=shift))
    touches = 0
    for name in MESSAGE_FILES:
        path = folder / name
        if path.exists():
            touches += import_bytes(user, path.read_bytes(), name, shift=shift).counts.get("new", 0)
    save_pitch(user, (folder / "profile.txt").read_text(encoding="utf-8"))
    Workspace.objects.filter(owner=user).update(demo_persona=persona)
    contacts = sum(r.counts.get("new", 0) for r in runs if r.format != "ics")
    events = sum(r.counts.get("new", 0) for r in runs if r.format == "ics")
    return (
        f"Demo loaded: {meta['title']}. {len(plan.companies)} target companies, "
        f"{contacts} contacts, {events} calendar events, {touches} messages."
    )
