"""Offer what the user's own LinkedIn files say about them; accept or dismiss each offer.

Importing ``Profile.csv``, ``Positions.csv``, the job-seeker preferences or the company
follows writes nothing into the plan or the profile: every piece becomes a suggestion.
Each suggestion read lands in one outcome, so ``read == offered + known + skipped``.
"""

from __future__ import annotations

import dataclasses
from hashlib import blake2b
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from rapport.core.errors import InputError
from rapport.core.own_profile import (
    LIST_FIELDS,
    SINGLE_FIELDS,
    OwnProfile,
    Suggestion,
    suggestions,
)
from rapport.core.plan import PlanData, TargetCompanySpec
from rapport.formats.linkedin_own import OwnFile
from rapport.imports.models import ImportRun
from rapport.plan.models import Suggestion as Offer
from rapport.plan.services import load_plan, save_plan
from rapport.profile.services import latest_pitch, save_pitch

if TYPE_CHECKING:
    from django.contrib.auth.models import User


def import_own(user: User, parsed: OwnFile, filename: str) -> ImportRun:
    """Store the suggestions ``parsed`` gives as offers for ``user``; return the run.

    A suggestion already in the plan, or offered before (even if dismissed), is ``known``.
    """
    with transaction.atomic():
        run = ImportRun.objects.create(owner=user, file_name=filename, format=parsed.format)
        plan = load_plan(user)
        before = set(Offer.objects.owned_by(user).values_list("key", flat=True))
        offered = known = 0
        for suggestion in suggestions(_with_known_name(user, plan.person.name, parsed.profile)):
            if stored_key(suggestion) in before or in_plan(plan, suggestion, user):
                known += 1
                continue
            Offer.objects.create(
                owner=user,
                field=suggestion.field,
                value=suggestion.value,
                why=suggestion.why[:300],
                key=stored_key(suggestion),
                import_run=run,
            )
            offered += 1
        skipped = sum(s.count for s in parsed.skipped)
        run.counts = {
            "read": offered + known + skipped,
            "offered": offered,
            "known": known,
            "skipped": skipped,
        }
        run.errors = [{"where": s.where, "reason": s.reason} for s in parsed.skipped]
        run.notes = [*parsed.notes, *_offer_notes(offered)]
        run.encoding = parsed.encoding
        run.finished_at = timezone.now()
        run.save()
        return run


def _with_known_name(user: User, plan_name: str, profile: OwnProfile) -> OwnProfile:
    """Return ``profile`` with the user's name when the file has none (Positions.csv):
    the plan's, else the one an earlier import offered, so a draft pitch says who it is."""
    if profile.name:
        return profile
    offered = Offer.objects.owned_by(user).filter(field="name").order_by("-id").values_list("value")
    known = plan_name or next((value for (value,) in offered[:1]), "")
    return dataclasses.replace(profile, first_name=known) if known else profile


def stored_key(suggestion: Suggestion) -> str:
    """Return the key a suggestion is stored under: a digest, as a draft can be long."""
    return blake2b(suggestion.key().encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def in_plan(plan: PlanData, suggestion: Suggestion, user: User) -> bool:
    """Return True when the plan (or, for a draft, the profile) already holds ``suggestion``."""
    same = suggestion.key().partition(":")[2]
    if suggestion.field in SINGLE_FIELDS:
        return _fold(getattr(plan.person, suggestion.field)) == same
    if suggestion.field in LIST_FIELDS:
        return same in {_fold(v) for v in getattr(plan, suggestion.field)}
    if suggestion.field == "company":
        return same in {_fold(c.name) for c in plan.companies}
    pitch = latest_pitch(user)
    return pitch is not None and _fold(pitch.text) == same


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _offer_notes(offered: int) -> list[str]:
    if not offered:
        return []
    what = "suggestion waits" if offered == 1 else "suggestions wait"
    return [
        f"{offered:,} {what} for you under Suggestions from your import: nothing was "
        "written into your plan or profile until you accept it."
    ]


@transaction.atomic
def accept(user: User, offer: Offer, *, replace: bool = False) -> str:
    """Put ``offer`` (the user's) into the plan or profile; return what was done, in words.

    A text the plan already holds is replaced only when ``replace`` says so (the user saw
    both); a list gains the value; a draft profile is saved as a new version, the earlier
    versions kept. Raises InputError when the offer was already decided.
    """
    if offer.status != Offer.OPEN:
        raise InputError("this suggestion was already accepted or dismissed")
    plan = load_plan(user)
    said: str
    if offer.field in SINGLE_FIELDS:
        current = getattr(plan.person, offer.field)
        if current and not replace:
            raise InputError(
                "your plan already says something else here; choose 'Use this instead' "
                "to replace it"
            )
        person = dataclasses.replace(plan.person, **{offer.field: offer.value})
        save_plan(user, dataclasses.replace(plan, person=person))
        said = f"Your plan's {FIELD_WORDS[offer.field]} is now {offer.value}."
    elif offer.field in LIST_FIELDS:
        values: tuple[str, ...] = getattr(plan, offer.field)
        if _fold(offer.value) not in {_fold(v) for v in values}:
            changes: dict[str, Any] = {offer.field: (*values, offer.value)}
            save_plan(user, dataclasses.replace(plan, **changes))
        said = f"{offer.value} was added to your plan's {FIELD_WORDS[offer.field]}."
    elif offer.field == "company":
        if _fold(offer.value) not in {_fold(c.name) for c in plan.companies}:
            spec = TargetCompanySpec(name=offer.value)
            save_plan(user, dataclasses.replace(plan, companies=(*plan.companies, spec)))
        said = f"{offer.value} is now a target company."
    else:
        save_pitch(user, offer.value)
        said = "The draft was saved as a new version of your two-minute profile."
    _decide(offer, Offer.ACCEPTED)
    return said


def dismiss(offer: Offer) -> None:
    """Set ``offer`` aside for good: importing the same file again will not offer it."""
    if offer.status != Offer.OPEN:
        raise InputError("this suggestion was already accepted or dismissed")
    _decide(offer, Offer.DISMISSED)


def _decide(offer: Offer, status: str) -> None:
    offer.status = status
    offer.decided_at = timezone.now()
    offer.save(update_fields=["status", "decided_at"])


#: What each field is called on the page.
FIELD_WORDS = {
    "name": "name",
    "headline": "headline",
    "location": "location",
    "pitch": "two-minute profile",
    "positions": "positions sought",
    "industries": "target industries",
    "geography": "places",
    "company": "target companies",
}
