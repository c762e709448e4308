"""What can I offer? Concrete things to give a contact, each with its reason (METHOD.md §5).

Plain data in (the contact, the user's plan, a few lists from the network), suggestions
out. The service picks the lists; this module decides what is worth offering and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapport.core.companies import company_key
from rapport.core.plan import PlanData

#: Offers from the plan that are invitations to something: shared with anyone.
EVENT_WORDS = re.compile(
    r"\b(event|dinner|meeting|chapter|group|club|breakfast|seat|ticket)s?\b", re.I
)
_WORD = re.compile(r"[a-z0-9]+")
STOP = frozenset("a an and at for in of on the to with my your our".split())


@dataclass(frozen=True)
class Someone:
    """A person in the network, as the suggestions need them."""

    id: int
    name: str
    company: str = ""
    position: str = ""
    industry: str = ""
    can_hire: bool = False
    job_seeker: bool = False
    looking_for: str = ""
    circles: tuple[str, ...] = ()
    #: How the user knows them ("you met on 3 Nov 2026"); empty when they do not. Only
    #: people the user knows are ever offered as introductions: an introduction to a
    #: stranger is a promise the user cannot keep.
    known: str = ""


#: The kinds of offer, in words for people.
KIND_LABELS = {
    "introduction": "Introduction",
    "information": "Information",
    "event": "Invitation",
    "pay_it_forward": "Pay it forward",
}


@dataclass(frozen=True)
class Offer:
    kind: str  # a key of KIND_LABELS
    text: str
    reason: str
    contact_id: int | None = None

    @property
    def label(self) -> str:
        """Return the kind in words for a page."""
        return KIND_LABELS.get(self.kind, "Offer")

    def to_json(self) -> dict[str, str | int | None]:
        return {
            "kind": self.kind,
            "text": self.text,
            "reason": self.reason,
            "contact_id": self.contact_id,
        }


@dataclass
class Network:
    """The lists the suggestions draw on, gathered by the service."""

    people: list[Someone] = field(default_factory=list)
    job_seekers: list[Someone] = field(default_factory=list)


def words(text: str) -> set[str]:
    """Return the meaningful lower-case words of ``text``."""
    return {w for w in _WORD.findall(text.lower()) if w not in STOP and len(w) > 2}


def wanted_companies(looking_for: str, known: list[str]) -> list[str]:
    """Return the companies among ``known`` that ``looking_for`` names."""
    wanted = f" {' '.join(_WORD.findall(looking_for.lower()))} "
    found = []
    for name in known:
        key = company_key(name)
        if key and f" {key} " in wanted and name not in found:
            found.append(name)
    return found


def suggest(contact: Someone, plan: PlanData, network: Network, limit: int = 8) -> list[Offer]:
    """Return offers for ``contact``, most concrete first: introductions, then the rest."""
    offers: list[Offer] = []
    # Introductions only between people the user knows: never to a stranger.
    others = [p for p in network.people if p.id != contact.id and p.known]
    if contact.looking_for:
        companies = wanted_companies(contact.looking_for, [p.company for p in others if p.company])
        for person in [p for p in others if p.company in companies][:3]:
            offers.append(
                Offer(
                    "introduction",
                    f"Introduce {contact.name} to {person.name} "
                    f"({person.position or 'works'} at {person.company})",
                    f"{contact.name} is looking for: {contact.looking_for}; {person.known}",
                    person.id,
                )
            )
    if contact.company:
        key = company_key(contact.company)
        colleagues = [p for p in others if p.company and company_key(p.company) != key]
        same_industry = [
            p
            for p in colleagues
            if contact.industry and p.industry == contact.industry and p.can_hire
        ]
        for person in same_industry[:2]:
            offers.append(
                Offer(
                    "introduction",
                    f"Offer to introduce {contact.name} to {person.name} "
                    f"({person.position}, {person.company})",
                    f"both work in {contact.industry}; a peer at another company is useful to "
                    f"know; {person.known}",
                    person.id,
                )
            )
    topic = words(f"{contact.position} {contact.company} {contact.industry}")
    for item in plan.offers:
        if EVENT_WORDS.search(item):
            offers.append(Offer("event", item, "an invitation costs you little and is remembered"))
        elif topic & words(item):
            offers.append(
                Offer(
                    "information",
                    item,
                    f"it fits their work as {contact.position or 'a professional'}",
                )
            )
    circles = {c.lower() for c in contact.circles}
    for group in plan.connectors:
        if words(group) & circles:
            offers.append(Offer("event", f"Invite them to {group}", "you share this circle"))
    if contact.can_hire or contact.industry:
        for seeker in network.job_seekers[:10]:
            if seeker.id == contact.id or not seeker.looking_for or not seeker.known:
                continue
            # A pair who can help each other: the seeker wants this contact's company or
            # field, so the contact gains a candidate and the seeker a way in.
            shared = words(seeker.looking_for) & words(f"{contact.company} {contact.industry}")
            if shared:
                offers.append(
                    Offer(
                        "pay_it_forward",
                        f"Mention {seeker.name}, who is looking for: {seeker.looking_for}",
                        f"pay it forward: {seeker.name} wants {' '.join(sorted(shared))}, "
                        f"where {contact.name} works; {seeker.known}",
                        seeker.id,
                    )
                )
                break
    if contact.job_seeker:
        offers.append(
            Offer(
                "pay_it_forward",
                f"Ask {contact.name} what they are looking for, and note it on their page",
                "then Rapport can suggest people you could introduce them to",
            )
        )
    if not offers:
        offers.append(
            Offer(
                "information",
                "Send an article, a report or news about their company or field",
                "there is always something to give; a useful link shows you were listening",
            )
        )
    return offers[:limit]
