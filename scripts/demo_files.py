"""The demo's file writers and shared shapes: people, the calendar diary, the export formats.

Each writer produces bytes shaped like the real export it imitates (LinkedIn's CSV, an
iPhone's vCards, Google Calendar's .ics, Rapport's plan.toml); make_demo.py builds the
personas with them.
"""

from __future__ import annotations

import csv
import io
import json
import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import demo_data as data

ROOT = Path(__file__).resolve().parent.parent
ANCHOR = date(2026, 11, 20)
FIRST_DAY = ANCHOR - timedelta(days=364)
EXPORTED = datetime(2026, 11, 20, 21, 14, 7)  # UTC moment of every export (DTSTAMP, REV)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LINKEDIN_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
CSV_HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position")
CSV_HEADER += ("Connected On",)
TZ = "America/Chicago"
VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZ}", f"X-LIC-LOCATION:{TZ}", "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT", "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
    "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST", "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE",
)  # fmt: skip
MEET_NOTE = (
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    "Join with Google Meet: {url}\n\nLearn more about Meet at: "
    "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
)


def plain(text: str) -> str:
    """Lower-case ASCII letters and digits only: 'Gutiérrez' -> 'gutierrez'."""
    text = unicodedata.normalize("NFKD", text.split(",")[0]).encode("ascii", "ignore").decode()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def domain(company: str) -> str:
    words = unicodedata.normalize("NFKD", company).encode("ascii", "ignore").decode().split()
    legal = ("inc", "inc.", "corporation", "incorporated", "llc", "corp.", "company", "the")
    return "".join(plain(w) for w in words if w.lower().strip(",") not in legal) + ".example"


def day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


@dataclass
class Person:
    first: str
    last: str
    company: str = ""
    position: str = ""
    kind: str = ""
    target: str = ""  # the plan's name for the target company they work at
    email: str = ""  # as LinkedIn exports it (most connections hide theirs)
    card_email: str = ""  # on her phone
    work_email: str = ""
    connected: date | None = None
    slug: str = ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def address(self) -> str:
        return self.card_email or self.email or self.work_email


class Network:
    """Everyone one persona knows, with unique names, profile URLs and phone numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: list[Person] = []
        self.cards: list[list[str]] = []
        self.taken: set[tuple[str, str]] = set()
        self.slugs: set[str] = set()
        self.numbers = [f"{a}555{n:04d}" for a in data.AREA_CODES for n in range(100, 200)]
        rng.shuffle(self.numbers)

    def add(
        self,
        kind: str,
        company: str = "",
        position: str = "",
        *,
        first: str = "",
        last: str = "",
        target: str = "",
        since: date = date(2009, 1, 1),
        until: date = ANCHOR,
        email_rate: float = 0.08,
        linkedin: bool = True,
    ) -> Person:
        rng = self.rng
        while not first or (first, last) in self.taken:
            first, last = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
        self.taken.add((first, last))
        person = Person(first, last, company, position, kind, target=target)
        if company and kind not in ("seeker", "connector"):
            person.work_email = f"{plain(first)}.{plain(last)}@{domain(target or company)}"
        if linkedin:
            person.connected = day_between(rng, since, until)
            person.slug = self.slug(first, last)
            if rng.random() < email_rate:
                work = person.work_email and rng.random() < 0.5
                person.email = person.work_email if work else self.personal(first, last)
        self.people.append(person)
        return person

    def slug(self, first: str, last: str) -> str:
        rng, f, la = self.rng, plain(first), plain(last)
        token = "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 8, 9))))
        roll = rng.random()
        slug = (
            f"{f}-{la}-{token}" if roll < 0.6 else f"{f}{la}" if roll < 0.8
            else f"{f}-{la}" if roll < 0.9 else f"{f[0]}{la}{rng.randint(2, 99)}"
        )  # fmt: skip
        while slug in self.slugs:
            slug += rng.choice("0123456789")
        self.slugs.add(slug)
        return slug

    def personal(self, first: str, last: str) -> str:
        f, la, n = plain(first), plain(last), self.rng.randint(1, 99)
        local = self.rng.choice(
            (f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}.{la}{n}", f"{f}_{la}")
        )
        return f"{local}@{self.rng.choice(data.EMAIL_DOMAINS)}"

    def phone(self, style: int | None = None) -> str:
        n = self.numbers.pop()
        a, x, y = n[:3], n[3:6], n[6:]
        style = self.rng.choice((0, 0, 0, 1, 1, 2, 3)) if style is None else style
        return (f"({a}) {x}-{y}", f"+1 ({a}) {x}-{y}", f"{a}-{x}-{y}", f"+1{n}")[style]

    def card(self, person: Person | None = None, **kw: str) -> None:
        """Add an iPhone contact card for ``person`` (or a card for an office)."""
        rng, lines = (
            self.rng,
            ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.5//EN"],
        )
        first, last = (person.first, person.last) if person else ("", "")
        first, last = kw.get("first", first), kw.get("last", last)
        org = kw.get("org", person.company if person else "")
        full = " ".join(part for part in (first, last) if part) or org
        lines += [f"N:{vtext(last)};{vtext(first)};;;", f"FN:{vtext(full)}"]
        if org:
            lines.append(f"ORG:{vtext(org)};")
        if person and person.position and kw.get("title", "y"):
            lines.append(f"TITLE:{vtext(person.position)}")
        email = kw.get("email", "")
        if person and email:
            kind = "WORK" if email == person.work_email else "HOME"
            lines.append(f"EMAIL;type=INTERNET;type={kind};type=pref:{email}")
            person.card_email = email
        lines.append(f"TEL;type={kw.get('tel', 'CELL')};type=VOICE;type=pref:{self.phone()}")
        item = 0
        if kw.get("street"):
            item += 1
            adr = f"{kw['street']};Edina;MN;55424;United States"
            lines += [f"item{item}.ADR;type=HOME;type=pref:;;{adr}", f"item{item}.X-ABADR:us"]
        if kw.get("label"):
            item += 1
            lines += [f"item{item}.TEL:{self.phone(2)}", f"item{item}.X-ABLabel:{kw['label']}"]
        if kw.get("note"):
            lines.append(f"NOTE:{vtext(kw['note'])}")
        if person and person.slug and rng.random() < 0.5:
            item += 1
            url = f"https://www.linkedin.com/in/{person.slug}"
            lines += [f"item{item}.URL;type=pref:{url}", f"item{item}.X-ABLabel:LinkedIn"]
        if kw.get("categories"):
            lines.append(f"CATEGORIES:{kw['categories']}")
        if not first and not last:
            lines.append("X-ABShowAs:COMPANY")
        rev = EXPORTED - timedelta(days=rng.randint(3, 900), seconds=rng.randint(0, 86399))
        lines += [f"REV:{rev:%Y-%m-%dT%H:%M:%SZ}", "END:VCARD"]
        self.cards.append(lines)


def vtext(value: str) -> str:
    """Escape a TEXT value for vCard 3.0 and iCalendar."""
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(raw, escaped)
    return value


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    chunks, current, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode())
        if size + n > limit:
            chunks.append(current)
            current, size, limit = "", 0, 74
        current, size = current + ch, size + n
    return "\r\n ".join([*chunks, current])


def write_lines(path: Path, lines: list[str]) -> None:
    path.write_bytes("".join(fold(line) + "\r\n" for line in lines).encode())


def write_connections(path: Path, net: Network, hidden: list[date]) -> None:
    rows = [(p.connected, p) for p in net.people if p.connected] + [(d, None) for d in hidden]
    rows.sort(key=lambda row: row[0], reverse=True)
    out = io.StringIO()
    out.write(LINKEDIN_PREAMBLE)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for day, p in rows:
        when = f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"
        if p is None:
            writer.writerow(["", "", "", "", "", "", when])
        else:
            url = f"https://www.linkedin.com/in/{p.slug}"
            writer.writerow([p.first, p.last, url, p.email, p.company, p.position, when])
    path.write_bytes(out.getvalue().encode())


# --- Files common to both personas ------------------------------------------------------------


def toml_list(items: tuple[str, ...] | list[str]) -> str:
    return "[" + ", ".join(json.dumps(i, ensure_ascii=False) for i in items) + "]"


def plan_toml(owner: dict, companies: list[dict]) -> str:
    q = lambda text: json.dumps(text, ensure_ascii=False)  # noqa: E731
    out = ["[person]", f"name = {q(owner['first'] + ' ' + owner['last'])}"]
    out += [f"{key} = {q(owner[key])}" for key in ("headline", "email", "location", "booking_link")]
    out += ["", "[targets]"]
    out += [f"{key} = {toml_list(owner[key])}" for key in ("positions", "industries", "geography")]
    out.append("companies = [")
    for c in companies:
        cells = [f"name = {q(c['name'])}", 'industry = "Medical devices"']
        for key in ("priority", "advocacy", "motivation", "posting"):
            cells += [f"{key} = {c[key]}"] if c.get(key) is not None else []
        cells += [f"notes = {q(c['notes'])}"] if c["notes"] else []
        out.append("    { " + ", ".join(cells) + " },")
    out += ["]", "", "[audiences]"]
    out += [
        f"{key} = {toml_list(owner[key])}" for key in ("decision_makers", "peers", "connectors")
    ]
    out += ["", "[offers]", f"items = {toml_list(owner['offers'])}", "", "[goals]"]
    keys = ("weekly_meetings", "weekly_target_industry_meetings", "weekly_decision_maker_meetings")
    out += [f"{key} = {value}" for key, value in zip(keys, owner["goals"], strict=True)]
    return "\n".join(out) + "\n"
