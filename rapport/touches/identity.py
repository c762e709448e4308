"""Who the user is in their own messages: as Settings, else their plan, names them.

Messages and e-mail say which way each went only once the user is known; the report says
who they were taken to be, and from what.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapport.accounts.models import Workspace
from rapport.core.records import Person, TouchFile
from rapport.plan.models import Plan

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: The channels whose direction and person depend on who the user is.
IDENTITY_CHANNELS = frozenset({"linkedin_message", "email"})


def who_is_me(user: User) -> Person | None:
    """Return the user as Settings, else their plan, names them; None when neither says."""
    name, slug, emails = identity(user)
    if not (name or slug or emails):
        return None
    return Person(name, slug, emails[0] if emails else "")


def my_addresses(user: User) -> list[str]:
    """Return the user's e-mail addresses: those given in Settings, then the plan's."""
    return identity(user)[2]


def identity(user: User) -> tuple[str, str, list[str]]:
    """Return the user's name, LinkedIn slug and e-mail addresses, Settings first."""
    workspace = Workspace.objects.filter(owner=user).first()
    plan = Plan.objects.filter(owner=user).first()
    name = (workspace.my_name if workspace else "") or (plan.name if plan else "")
    slug = workspace.my_linkedin if workspace else ""
    emails = [*(workspace.my_emails if workspace else []), *([plan.email] if plan else [])]
    return name, slug, list(dict.fromkeys(e.strip().lower() for e in emails if e.strip()))


def me_notes(parsed: TouchFile, user: User) -> list[str]:
    """Return the report's sentence saying who the user was taken to be, and from what."""
    me = parsed.me
    if me is None or not parsed.records:
        return []
    profile = f", linkedin.com/in/{me.slug}" if me.slug else ""
    who = f"{me.name or me.slug or me.email}{profile}"
    name, slug, emails = identity(user)
    workspace = Workspace.objects.filter(owner=user).first()
    said = bool(workspace and (workspace.my_name or workspace.my_linkedin or workspace.my_emails))
    matches = (
        (bool(name) and me.name.casefold() == name.casefold())
        or (bool(slug) and me.slug == slug)
        or (bool(me.email) and me.email in emails)
    )
    basis = []
    if matches:
        basis.append("your settings" if said else "your plan")
    if parsed.me_from:
        basis.append(parsed.me_from)
    sent = len(
        {
            r.source_key or r.where
            for r in parsed.records
            if r.direction == "out" and r.channel in IDENTITY_CHANNELS
        }
    )
    if sent:
        basis.append(f"{sent:,} {'message' if sent == 1 else 'messages'} you sent")
    if not matches and not parsed.me_from:
        basis.insert(0, "the person in the most conversations")
    return [
        f"You are {who} (from {' and '.join(basis)}). If that is wrong, correct who you are "
        "in Settings: the next import of these messages reads them again."
    ]
