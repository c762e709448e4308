"""What a client can share, and which pages belong to which part.

The pages are an allow-list by URL name: a route nobody listed here is never shown to a
coach, so a page added tomorrow stays private until someone decides which part it is.
Contacts and meetings are shown by this app's own pages (rapport/coaching/client_pages.py)
because the client's own pages of them carry notes and message bodies, never shared.
"""

from __future__ import annotations

from rapport.core.errors import InputError

#: In the order a client reads them, with the words the pages use.
PARTS = {
    "diagnosis": "Diagnosis",
    "plan": "Marketing plan",
    "contacts": "Contacts (names, companies and judgments)",
    "meetings": "Meetings",
    "profile": "Two-minute profile",
    "handbill": "Handbill",
}
#: Shared whenever anything is: a coach works from the diagnosis and the plan.
ALWAYS = ("diagnosis", "plan")
OPTIONAL = tuple(part for part in PARTS if part not in ALWAYS)

#: The client's own pages a coach may open, by URL name, and the part each belongs to.
PAGES = {
    "diagnosis": "diagnosis",
    "diagnosis-report": "diagnosis",
    "plan": "plan",
    "plan-export": "plan",
    "profile": "profile",
    "profile-versions": "profile",
    "profile-version": "profile",
    "handbill-sheet": "handbill",
    "handbill-html": "handbill",
}


def chosen(parts: list[str] | tuple[str, ...]) -> list[str]:
    """Return the parts to share: the always-shared ones plus ``parts``, in PARTS order.

    Raises InputError naming the known parts when one is not known.
    """
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise InputError(
            f"unknown part {', '.join(repr(p) for p in unknown)}; the parts are: "
            + ", ".join(PARTS)
        )
    wanted = set(parts) | set(ALWAYS)
    return [part for part in PARTS if part in wanted]


def parse(text: str) -> list[str]:
    """Return the parts named in "diagnosis,plan,contacts" (spaces allowed)."""
    return chosen([p.strip() for p in text.split(",") if p.strip()])


def words(parts: list[str]) -> str:
    """Return the parts in words: "Diagnosis, Marketing plan and Meetings"."""
    names = [PARTS[p].split(" (")[0] for p in parts if p in PARTS]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
