"""What the user's own LinkedIn files say about them, turned into suggestions for the plan.

LinkedIn's export holds the user's profile (name, headline, summary, industry), their
positions, the job-seeker preferences they gave LinkedIn (titles, industries, places,
dream companies) and the companies they follow. None of it is written into the plan:
each piece becomes a ``Suggestion`` the user accepts or dismisses, one at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

#: What a suggestion fills, in the order a page lists them. ``company`` adds a target
#: company; ``pitch`` offers a first draft of the two-minute profile.
SUGGESTION_FIELDS = (
    "name",
    "headline",
    "location",
    "pitch",
    "positions",
    "industries",
    "geography",
    "company",
)
#: The fields holding one text (the others hold a list, or are rows of their own).
SINGLE_FIELDS = frozenset({"name", "headline", "location"})
LIST_FIELDS = frozenset({"positions", "industries", "geography"})


@dataclass(frozen=True)
class Position:
    """One position on the user's profile; ``finished`` is "" for a current one."""

    company: str
    title: str
    started: str = ""
    finished: str = ""

    @property
    def current(self) -> bool:
        return not self.finished

    def words(self) -> str:
        """Return "Title at Company", or whichever of the two is known."""
        if self.title and self.company:
            return f"{self.title} at {self.company}"
        return self.title or self.company


@dataclass
class OwnProfile:
    """Everything the user's own files said about them; empty where they said nothing."""

    first_name: str = ""
    last_name: str = ""
    headline: str = ""
    summary: str = ""
    industry: str = ""
    location: str = ""
    positions: list[Position] = field(default_factory=list)
    wanted_titles: list[str] = field(default_factory=list)
    wanted_industries: list[str] = field(default_factory=list)
    wanted_locations: list[str] = field(default_factory=list)
    dream_companies: list[str] = field(default_factory=list)
    #: (company, when followed as written) for each company the user follows.
    followed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def update(self, other: OwnProfile) -> None:
        """Add what ``other`` says: its texts where this one has none, its lists after ours."""
        for name in ("first_name", "last_name", "headline", "summary", "industry", "location"):
            if not getattr(self, name):
                setattr(self, name, getattr(other, name))
        self.positions.extend(other.positions)
        self.wanted_titles.extend(other.wanted_titles)
        self.wanted_industries.extend(other.wanted_industries)
        self.wanted_locations.extend(other.wanted_locations)
        self.dream_companies.extend(other.dream_companies)
        self.followed.extend(other.followed)


@dataclass(frozen=True)
class Suggestion:
    """One thing to offer the user: which field, the value, and why it is offered."""

    field: str  # one of SUGGESTION_FIELDS
    value: str
    why: str

    def key(self) -> str:
        """Return what makes two suggestions the same offer: the field and the value's words."""
        return f"{self.field}:{' '.join(self.value.split()).casefold()}"


def suggestions(profile: OwnProfile) -> list[Suggestion]:
    """Return the suggestions ``profile`` gives, each once, in SUGGESTION_FIELDS order."""
    found: list[Suggestion] = []
    current = next((p for p in profile.positions if p.current), None)
    if profile.name:
        found.append(Suggestion("name", profile.name, "the name on your LinkedIn profile"))
    if profile.headline:
        found.append(Suggestion("headline", profile.headline, "your LinkedIn headline"))
    elif current is not None and current.words():
        found.append(Suggestion("headline", current.words(), "your current position"))
    if profile.location:
        found.append(Suggestion("location", profile.location, "the place on your profile"))
    draft = pitch_draft(profile)
    if draft:
        found.append(Suggestion("pitch", draft, "your profile and positions on LinkedIn"))
    for title in profile.wanted_titles:
        found.append(Suggestion("positions", title, "a job title you told LinkedIn you seek"))
    if profile.industry:
        found.append(Suggestion("industries", profile.industry, "the industry on your profile"))
    for industry in profile.wanted_industries:
        found.append(Suggestion("industries", industry, "an industry you told LinkedIn you seek"))
    for place in profile.wanted_locations:
        found.append(Suggestion("geography", place, "a place you told LinkedIn you would work"))
    for company in profile.dream_companies:
        found.append(Suggestion("company", company, "a dream company in your LinkedIn preferences"))
    for company, since in profile.followed:
        why = f"you follow it on LinkedIn (since {since})" if since else "you follow it on LinkedIn"
        found.append(Suggestion("company", company, why))
    unique: dict[str, Suggestion] = {}
    for suggestion in found:
        if suggestion.value.strip():
            unique.setdefault(suggestion.key(), suggestion)
    return list(unique.values())


def pitch_draft(profile: OwnProfile) -> str:
    """Return a first draft of the two-minute profile from ``profile``, or "" when too little.

    The draft follows the method's order (who you are, what you did, what you want next)
    and is only a start: the Profile page's checks then say what it still lacks.
    """
    if not (profile.headline or profile.summary or profile.positions):
        return ""
    parts = []
    # Who you are: the name and headline, either alone; nothing when neither is known.
    who = ", ".join(part for part in (profile.name, profile.headline) if part)
    if who:
        parts.append(f"I'm {who}.")
    current = [p for p in profile.positions if p.current and p.words()]
    past = [p for p in profile.positions if not p.current and p.words()]
    if current:
        parts.append(f"Today I work as {_and(p.words() for p in current[:2])}.")
    if past:
        parts.append(f"Before that I was {_and(p.words() for p in past[:3])}.")
    if profile.summary:
        parts.append(" ".join(profile.summary.split()))
    wanted = profile.wanted_titles[:3]
    if wanted:
        where = f" in {_and(profile.wanted_industries[:2])}" if profile.wanted_industries else ""
        parts.append(f"Next, I am looking for a role as {_or(wanted)}{where}.")
    return " ".join(parts)


def _and(items: Iterable[str]) -> str:
    words = list(items)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
