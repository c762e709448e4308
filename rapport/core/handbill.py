"""The handbill's content: one page that lets any contact help (METHOD.md §3).

Plain data in (the plan, the user's choices, their latest profile text), a
``HandbillContent`` out: the sections in order, target companies grouped by industry,
and warnings. Every format (PDF, HTML, Markdown, text) renders this one value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from rapport.core.errors import InputError
from rapport.core.pitch.sentences import split
from rapport.core.plan import TARGET_COMPANIES_HIGH, PlanData, TargetCompanySpec

#: Section keys and their titles on the page, in the default order. The person's name,
#: headline and contact details always head the page and are not a section.
SECTIONS: dict[str, str] = {
    "summary": "About me",
    "looking_for": "What I'm looking for",
    "companies": "Companies I'd like to work for",
    "people": "People I'd like to meet",
    "offers": "How I can help you",
    "booking": "Let's talk",
}
PAPERS: dict[str, str] = {"letter": "US Letter", "a4": "A4"}
#: METHOD.md §1: about 40 target companies, at most 60; a longer list does not fit one
#: readable page and blurs the message.
MAX_COMPANIES = TARGET_COMPANIES_HIGH
#: A two- or three-sentence summary (METHOD.md §3).
SUMMARY_SENTENCES = 3
SUMMARY_MAX_WORDS = 70
#: A company name longer than this takes two lines in a column.
LONG_NAME = 40
#: How many names the over-the-limit warning quotes.
QUOTED_NAMES = 3
#: How the page joins the items of a list on one line.
SEPARATOR = " · "

#: The plan's audiences in plain words, for readers outside the industry (METHOD.md §3).
PEOPLE_LABELS = (
    ("decision_makers", "People who could hire me"),
    ("peers", "People in my field"),
    ("connectors", "People who know many people"),
)
COMPANIES_PROMPT = "Do you know anyone at any of these?"
BOOKING_TEXT = "I'd be glad to talk. Book a time that suits you:"
SHARE_TEXT = "This page online, to pass on:"

_WORD = re.compile(r"\w+")


class HandbillNotReadyError(InputError):
    """The plan lacks what a handbill needs (a name, targets); nothing was made."""


@dataclass(frozen=True)
class Choices:
    """What the user chose in the editor; empty lists mean "the default"."""

    summary: str = ""
    companies: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    paper: str = "letter"


@dataclass(frozen=True)
class Line:
    """A labelled list, such as "Positions: CFO, VP Finance"."""

    label: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class CompanyGroup:
    """Target companies of one industry ("" when the plan names none), best first."""

    industry: str
    companies: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """One block of the page; a renderer shows whichever parts are not empty."""

    key: str
    title: str
    text: str = ""
    lines: tuple[Line, ...] = ()
    items: tuple[str, ...] = ()
    groups: tuple[CompanyGroup, ...] = ()
    link: str = ""


@dataclass(frozen=True)
class Contact:
    """One way to reach the person: the words shown and, when safe, a link."""

    text: str
    url: str = ""


@dataclass(frozen=True)
class HandbillContent:
    name: str
    headline: str
    contact: tuple[Contact, ...]
    sections: tuple[Section, ...]
    paper: str
    #: The public page of this handbill ("" until the user shares it).
    share_url: str = ""
    booking_link: str = ""
    #: True when the share link opens only where the user's own computer can be reached:
    #: a printed QR code then opens the booking page, which works anywhere.
    share_is_local: bool = False
    warnings: tuple[str, ...] = ()
    #: What must be added before the handbill can be made, in words; empty when ready.
    missing: tuple[str, ...] = ()
    #: The companies shown, best first (the page groups them by industry).
    companies: tuple[str, ...] = ()

    @property
    def ready(self) -> bool:
        return not self.missing

    @property
    def link(self) -> str:
        """Return what the QR code opens: the online version, else the booking page."""
        if self.share_is_local and self.booking_link:
            return self.booking_link
        return self.share_url or self.booking_link

    def check_ready(self) -> None:
        """Raise HandbillNotReadyError naming what is missing, if anything is."""
        if self.missing:
            raise HandbillNotReadyError(missing_message(self))

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    @property
    def company_count(self) -> int:
        return len(self.companies)


def safe_url(url: str) -> str:
    """Return ``url`` if it is a web address (http or https), else "".

    Only web links become clickable or go into the QR code: anything else (a
    ``javascript:`` address typed into the plan) is shown as plain words.
    """
    url = url.strip()
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def default_summary(pitch_text: str, headline: str) -> str:
    """Return the first two or three sentences of the profile, else the headline."""
    sentences = split(pitch_text).plain_sentences if pitch_text.strip() else ()
    chosen: list[str] = []
    words = 0
    for sentence in sentences[:SUMMARY_SENTENCES]:
        count = len(_WORD.findall(sentence))
        if len(chosen) >= 2 and words + count > SUMMARY_MAX_WORDS:
            break
        chosen.append(" ".join(sentence.split()))
        words += count
    return " ".join(chosen) or headline.strip()


def by_priority(companies: Sequence[TargetCompanySpec]) -> list[TargetCompanySpec]:
    """Return the plan's companies by priority (1 first, unset last), then plan order."""
    ranked = sorted(
        enumerate(companies), key=lambda p: (p[1].priority is None, p[1].priority or 0, p[0])
    )
    return [spec for _, spec in ranked]


def default_companies(plan: PlanData) -> tuple[str, ...]:
    """Return the names shown when the user has not chosen: the first 60 by priority."""
    return tuple(c.name for c in by_priority(plan.companies)[:MAX_COMPANIES])


def chosen_companies(plan: PlanData, names: Sequence[str]) -> list[TargetCompanySpec]:
    """Return the plan's companies the user named, in their order; by priority if none."""
    if not names:
        return by_priority(plan.companies)
    specs = {c.name.casefold(): c for c in plan.companies}
    # Names dropped from the plan since the user chose them are skipped.
    found = (specs.get(name.casefold()) for name in dict.fromkeys(names))
    return [spec for spec in found if spec is not None]


def company_groups(companies: Sequence[TargetCompanySpec]) -> tuple[CompanyGroup, ...]:
    """Return ``companies`` grouped by industry, groups in order of their best company."""
    groups: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for spec in companies:
        key = spec.industry.strip().casefold()
        labels.setdefault(key, spec.industry.strip())
        groups.setdefault(key, []).append(spec.name)
    # Companies without an industry go last, under "Other", unless they are all there is.
    ordered = sorted(groups, key=lambda k: k == "")
    return tuple(CompanyGroup(labels[k], tuple(groups[k])) for k in ordered)


def section_order(sections: Sequence[str]) -> tuple[str, ...]:
    """Return the chosen section keys in order (unknown keys dropped); all by default."""
    known = [key for key in dict.fromkeys(sections) if key in SECTIONS]
    return tuple(known) if known else tuple(SECTIONS)


def build_handbill(
    plan: PlanData,
    choices: Choices,
    *,
    pitch_text: str = "",
    share_url: str = "",
    share_is_local: bool = False,
) -> HandbillContent:
    """Return the handbill for ``plan`` as the user chose it, with warnings and gaps."""
    person = plan.person
    warnings: list[str] = []
    summary = choices.summary.strip() or default_summary(pitch_text, person.headline)
    chosen = chosen_companies(plan, choices.companies)
    if len(chosen) > MAX_COMPANIES:
        left_off = [c.name for c in chosen[MAX_COMPANIES:]]
        quoted = ", ".join(_clip(name) for name in left_off[:QUOTED_NAMES]) + (
            ", …" if len(left_off) > QUOTED_NAMES else ""
        )
        warnings.append(
            f"{len(chosen)} companies is more than one page can list legibly: the handbill "
            f"shows the first {MAX_COMPANIES} and leaves off {len(left_off)} ({quoted}). "
            "Choose which to show in the editor."
        )
        chosen = chosen[:MAX_COMPANIES]
    if not chosen:
        warnings.append(
            "No target companies on the handbill: add some to your plan. The list is what "
            "lets people search their memory for someone who works there."
        )
    long_names = [c.name for c in chosen if len(c.name) > LONG_NAME]
    if long_names:
        warnings.append(
            f"{len(long_names)} company names are long and take two lines "
            f"(such as “{_clip(long_names[0])}”): shorten them in your plan, e.g. without "
            "“Inc.” or “Holdings”."
        )
    words = len(_WORD.findall(summary))
    if words > SUMMARY_MAX_WORDS:
        warnings.append(
            f"Your summary has {words} words: two or three sentences (at most about "
            f"{SUMMARY_MAX_WORDS} words) are read; longer ones are skipped."
        )
    booking = person.booking_link.strip()
    booking_url = safe_url(booking)
    share = safe_url(share_url)
    parts = {
        "summary": Section("summary", SECTIONS["summary"], text=summary),
        "looking_for": Section(
            "looking_for",
            SECTIONS["looking_for"],
            lines=_lines(
                (
                    ("Positions", plan.positions),
                    ("Industries", plan.industries),
                    ("Where", plan.geography),
                )
            ),
        ),
        "companies": Section(
            "companies",
            SECTIONS["companies"],
            text=COMPANIES_PROMPT if chosen else "",
            groups=company_groups(chosen),
        ),
        "people": Section(
            "people",
            SECTIONS["people"],
            lines=_lines((label, getattr(plan, key)) for key, label in PEOPLE_LABELS),
        ),
        "offers": Section("offers", SECTIONS["offers"], items=_clean(plan.offers)),
        "booking": Section(
            "booking",
            SECTIONS["booking"],
            text=BOOKING_TEXT if booking_url else SHARE_TEXT if share else "",
            link=booking_url or share,
        ),
    }
    sections = tuple(
        parts[key] for key in section_order(choices.sections) if _has_content(parts[key])
    )
    return HandbillContent(
        name=" ".join(person.name.split()),
        headline=" ".join(person.headline.split()),
        contact=_contact(person.email, person.location, booking),
        sections=sections,
        paper=choices.paper if choices.paper in PAPERS else "letter",
        share_url=share,
        booking_link=booking_url,
        share_is_local=share_is_local,
        warnings=tuple(warnings),
        missing=_missing(plan),
        companies=tuple(c.name for c in chosen),
    )


def _clip(name: str) -> str:
    return name if len(name) <= LONG_NAME else name[: LONG_NAME - 1].rstrip() + "…"


def _missing(plan: PlanData) -> tuple[str, ...]:
    missing = []
    if not plan.person.name.strip():
        missing.append("your name")
    if not plan.has_targets:
        missing.append("your targets (positions, industries or companies)")
    return tuple(missing)


def _clean(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(" ".join(item.split()) for item in items if item.strip())


def _lines(pairs: Iterable[tuple[str, Sequence[str]]]) -> tuple[Line, ...]:
    lines = (Line(label, _clean(items)) for label, items in pairs)
    return tuple(line for line in lines if line.items)


def _has_content(section: Section) -> bool:
    return bool(section.text or section.lines or section.items or section.groups or section.link)


def _contact(email: str, location: str, booking: str) -> tuple[Contact, ...]:
    found = []
    email = email.strip()
    if email:
        valid = re.fullmatch(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+", email)
        found.append(Contact(email, f"mailto:{email}" if valid else ""))
    if location.strip():
        found.append(Contact(" ".join(location.split())))
    if booking:
        url = safe_url(booking)
        found.append(Contact(_short_url(booking) if url else booking, url))
    return tuple(found)


def _short_url(url: str) -> str:
    """Return ``url`` as people write it: without the scheme, "www." or a final slash."""
    parts = urlsplit(url)
    host = parts.netloc.removeprefix("www.")
    return (host + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")) or url


def missing_message(content: HandbillContent) -> str:
    """Return what is missing in one sentence, or "" when the handbill is ready."""
    if content.ready:
        return ""
    return "Your handbill needs " + " and ".join(content.missing) + ": add them to your plan."
