"""Write the demo personas' files into rapport/demo/<persona>/.

    .venv/bin/python scripts/make_demo.py

Standard library only and deterministic (seeded random.Random, a fixed export moment), so a run
rewrites the same bytes. Each file is shaped like the real export it imitates, because the app
reads the demo through its real importers: Connections.csv as LinkedIn writes it, phone.vcf as an
iPhone exports contacts, calendar.ics as Google Calendar exports a calendar, plan.toml in
Rapport's own format. The data tables live in demo_data.py.
"""

from __future__ import annotations

import csv
import io
import json
import random
import unicodedata
from dataclasses import dataclass, field
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


# --- Calendar ---------------------------------------------------------------------------------


def to_utc(local: datetime) -> datetime:
    """America/Chicago to UTC: CDT from the 2nd Sunday of March to the 1st Sunday of November."""

    def sunday(month: int, nth: int) -> datetime:
        first = date(local.year, month, 1)
        day = first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
        return datetime(day.year, day.month, day.day, 2)

    summer = sunday(3, 2) <= local < sunday(11, 1)
    return local + timedelta(hours=5 if summer else 6)


def stamp(moment: datetime) -> str:
    return f"{moment:%Y%m%dT%H%M%SZ}"


def when(prop: str, value: date | datetime, utc: bool = False) -> str:
    if not isinstance(value, datetime):
        return f"{prop};VALUE=DATE:{value:%Y%m%d}"
    if utc:
        return f"{prop}:{stamp(to_utc(value))}"
    return f"{prop};TZID={TZ}:{value:%Y%m%dT%H%M%S}"


def param(value: str) -> str:
    return f'"{value}"' if any(ch in value for ch in ",;:") else value


@dataclass
class Event:
    summary: str
    start: date | datetime
    end: date | datetime
    kind: str = "life"
    location: str = ""
    description: str = ""
    organizer: tuple[str, str] | None = None  # (CN, e-mail)
    guests: list[tuple[str, str, str]] = field(default_factory=list)  # (CN, e-mail, PARTSTAT)
    people: list[Person] = field(default_factory=list)
    rrule: str = ""
    exdates: list[datetime] = field(default_factory=list)
    recurrence_id: datetime | None = None
    utc: bool = False
    sequence: int = 0
    alarm: bool = False
    meet: str = ""
    uid: str = ""


class Diary:
    """One persona's calendar: free slots, events, and the Google export."""

    def __init__(self, rng: random.Random, owner: dict, first: date, last: date) -> None:
        self.rng, self.owner, self.first, self.last = rng, owner, first, last
        self.events: list[Event] = []
        self.busy: set[tuple[date, int]] = set()
        self.invite_rate = 0.4

    def block(self, day: date, *hours: int) -> None:
        self.busy.update((day, h) for h in hours)

    def slot(self, hours: tuple[int, ...], days: str = "01234") -> datetime:
        for _ in range(10000):
            day = day_between(self.rng, self.first, self.last)
            hour = self.rng.choice(hours)
            if str(day.weekday()) in days and (day, hour) not in self.busy:
                self.block(day, hour)
                minute = self.rng.choice((0, 0, 0, 30)) if hour < 16 else 0
                return datetime(day.year, day.month, day.day, hour, minute)
        raise RuntimeError("calendar full")

    def uid(self) -> str:
        return "".join(self.rng.choice("0123456789abcdefghijklmnopqrstuv") for _ in range(26))

    def add(self, summary: str, start: date | datetime, minutes: int = 60, **kw: object) -> Event:
        if isinstance(start, datetime):
            end: date | datetime = start + timedelta(minutes=minutes)
        else:
            end = start + timedelta(days=max(1, minutes // 1440))
        event = Event(summary, start, end, **kw)  # type: ignore[arg-type]
        event.uid = event.uid or f"{self.uid()}@google.com"
        if isinstance(start, datetime) and not event.rrule and not event.recurrence_id:
            event.utc = event.utc or self.rng.random() < 0.85
        self.events.append(event)
        return event

    def meeting(
        self,
        summary: str,
        start: datetime,
        people: list[Person],
        invite: float = -1,
        minutes: int = 60,
        **kw: object,
    ) -> Event:
        """A meeting with ``people``; guests are listed when an invitation was sent."""
        rng, own = self.rng, self.owner["email"]
        event = self.add(summary, start, minutes, people=people, **kw)
        invite = rng.random() if invite < 0 else invite
        if invite < self.invite_rate and all(p.address for p in people):
            by_them = rng.random() < 0.4
            host = people[0] if by_them else None
            event.organizer = (host.name, host.address) if host else (own, own)
            event.guests.append((own, own, "ACCEPTED"))
            for p in people:
                status = "ACCEPTED" if by_them or rng.random() < 0.7 else "NEEDS-ACTION"
                known = p.address in (p.card_email, p.email)  # Google shows a known name
                cn = p.address if known and rng.random() < 0.2 else p.name
                event.guests.append((cn, p.address, status))
            event.alarm = rng.random() < 0.5
        return event

    def lines(self) -> list[str]:
        own = self.owner["email"]
        out = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN"]
        out += ["VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{own}"]
        out += [f"X-WR-TIMEZONE:{TZ}", *VTIMEZONE]
        for ev in sorted(self.events, key=lambda e: (str(e.start)[:10], e.uid)):
            out += self.vevent(ev)
        return [*out, "END:VCALENDAR"]

    def vevent(self, ev: Event) -> list[str]:
        rng = self.rng
        out = ["BEGIN:VEVENT", when("DTSTART", ev.start, ev.utc), when("DTEND", ev.end, ev.utc)]
        out += [f"RRULE:{ev.rrule}"] if ev.rrule else []
        out += [when("EXDATE", d) for d in ev.exdates]
        out.append(f"DTSTAMP:{stamp(EXPORTED)}")
        if ev.guests and ev.organizer:
            out.append(f"ORGANIZER;CN={param(ev.organizer[0])}:mailto:{ev.organizer[1]}")
        out.append(f"UID:{ev.uid}")
        for cn, email, status in ev.guests:
            rsvp = "RSVP=TRUE;" if status == "NEEDS-ACTION" else ""
            out.append(
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;"
                f"PARTSTAT={status};{rsvp}CN={param(cn)};X-NUM-GUESTS=0:mailto:{email}"
            )
        if ev.meet:
            out.append(f"X-GOOGLE-CONFERENCE:{ev.meet}")
        if ev.recurrence_id:
            out.append(when("RECURRENCE-ID", ev.recurrence_id))
        start = ev.start if isinstance(ev.start, datetime) else datetime(*ev.start.timetuple()[:3])
        created = min(start, datetime(2026, 11, 18)) - timedelta(
            days=rng.randint(1, 25), minutes=rng.randint(0, 1439)
        )
        created = min(created, EXPORTED - timedelta(days=1))
        modified = created + timedelta(minutes=rng.randint(0, 600) * (1 + ev.sequence * 50))
        description = ev.description + (MEET_NOTE.format(url=ev.meet) if ev.meet else "")
        out += [f"CREATED:{stamp(created)}", f"DESCRIPTION:{vtext(description)}"]
        out += [f"LAST-MODIFIED:{stamp(modified)}", f"LOCATION:{vtext(ev.location)}"]
        out += [f"SEQUENCE:{ev.sequence}", "STATUS:CONFIRMED", f"SUMMARY:{vtext(ev.summary)}"]
        out.append("TRANSP:" + ("OPAQUE" if isinstance(ev.start, datetime) else "TRANSPARENT"))
        if ev.alarm:
            out += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder"]
            out += [f"TRIGGER:-P0DT0H{rng.choice((10, 30))}M0S", "END:VALARM"]
        return [*out, "END:VEVENT"]

    def meet_url(self) -> str:
        letters = "abcdefghijklmnopqrstuvwxyz"
        parts = ("".join(self.rng.choice(letters) for _ in range(n)) for n in (3, 4, 3))
        return "https://meet.google.com/" + "-".join(parts)


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


def write_persona(name: str, owner: dict, net: Network, diary: Diary, extra: dict) -> None:
    folder = ROOT / "rapport" / "demo" / name
    folder.mkdir(parents=True, exist_ok=True)
    write_connections(folder / "Connections.csv", net, extra["hidden"])
    write_lines(folder / "phone.vcf", [line for card in net.cards for line in card])
    write_lines(folder / "calendar.ics", diary.lines())
    (folder / "plan.toml").write_bytes(plan_toml(owner, extra["companies"]).encode())
    paragraphs = extra["profile"].strip().split("\n\n")
    text = "\n\n".join(" ".join(p.split()) for p in paragraphs) + "\n"
    (folder / "profile.txt").write_bytes(text.encode())
    meta = {"persona": name, "title": owner["title"], "summary": owner["summary"]}
    meta |= {"anchor": ANCHOR.isoformat(), "owner_email": owner["email"]}
    (folder / "meta.json").write_bytes(
        (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode()
    )


def spelling(rng: random.Random, spellings: tuple[str, ...]) -> str:
    return spellings[0] if rng.random() < 0.75 else rng.choice(spellings)


def add_targets(net: Network, targets: list[dict], count: int, titles: tuple[str, ...]) -> None:
    rng = net.rng
    weights = [4 - t["priority"] for t in targets]
    for _ in range(count):
        t = rng.choices(targets, weights)[0]
        net.add("target", spelling(rng, t["spellings"]), rng.choice(titles), target=t["name"])


def add_long_tail(net: Network, total: int, hidden: int) -> None:
    rng = net.rng
    while len([p for p in net.people if p.connected]) + hidden < total:
        companies, titles = rng.choices(data.LONG_TAIL, (10, 3, 2, 2, 2, 1, 1))[0]
        net.add("other", rng.choice(companies), rng.choice(titles), email_rate=0.1)


def fixed_events(diary: Diary, *tables: tuple) -> None:
    """Add the events of ``tables`` (see demo_data.LIFE) and the chores at free times."""
    for table in tables:
        for row in table:
            if isinstance(row[0], int):
                count, summary, hours, days, minutes, where = row
                for _ in range(count):
                    diary.add(summary, diary.slot(hours, days), minutes, location=where)
                continue
            kind, summary, start, minutes, rrule, where = row
            when_ = datetime.fromisoformat(start) if " " in start else date.fromisoformat(start)
            diary.add(summary, when_, minutes, kind=kind, rrule=rrule, location=where)


def series(
    diary: Diary, summary: str, start: datetime, host: Person, people: list[Person], **kw: object
) -> Event:
    """A recurring meeting someone else organises, with the owner among its guests."""
    event = diary.add(summary, start, 120 if "TU" in str(kw["rrule"]) else 90, kind="group", **kw)
    event.people, event.organizer = [host, *people], (host.name, host.address)
    statuses = ("ACCEPTED", "ACCEPTED", "NEEDS-ACTION")
    event.guests = [(p.name, p.address, diary.rng.choice(statuses)) for p in people]
    event.guests.insert(3, (diary.owner["email"], diary.owner["email"], "ACCEPTED"))
    return event


def scattered() -> dict:
    rng, owner = random.Random(20261120), data.SCATTERED
    net = Network(rng)
    keys = ("name", "spellings", "priority", "motivation", "posting", "notes")
    targets = [dict(zip(keys, row, strict=True)) for row in data.SCATTERED_TARGETS]
    by_name = {t["name"]: t for t in targets}
    for company, title in data.SCATTERED_DMS:
        co = spelling(rng, by_name[company]["spellings"])
        net.add("dm", co, title, target=company, since=date(2012, 1, 1))
    add_targets(net, targets, 41, data.TARGET_STAFF_TITLES)
    for company in ("Stryker", "Boston Scientific", "Medtronic"):
        net.add("talent", company, rng.choice(data.TALENT_TITLES), target=company)
    old_friend = net.add("target", "Medtronic", "Senior Director Finance", target="Medtronic")
    seekers, named = [], data.BUDDIES + data.SEEKER_REGULARS
    for index in range(120):
        first, last = named[index] if index < len(named) else ("", "")
        recent = index < len(named) or rng.random() < 0.8
        since = date(2025, 9, 15) if recent else date(2016, 1, 1)
        company, position = rng.choice(data.SEEKER_COMPANIES), rng.choice(data.SEEKER_POSITIONS)
        seekers.append(net.add("seeker", company, position, first=first, last=last, since=since))
    seekers[40].position = "Finance leader 🚀 Open to Work"
    seekers[41].company = ""
    seekers[41].position = "Former Director of FP&A at Medtronic | Open to Work"
    seekers[42].position = 'Ex-Boston Scientific | "Numbers person" seeking Controller roles'
    walt = net.add("seeker", "", data.GROUP_COORDINATOR[2], first="Walt", last="Fenske")
    recruiters = []
    for _ in range(22):
        agency, titles = rng.choice(data.AGENCY_RECRUITERS)
        recruiters.append(net.add("recruiter", agency, rng.choice(titles), email_rate=0.45))
    connectors = [net.add("connector", c, t, email_rate=0.2) for c, t in data.SCATTERED_CONNECTORS]
    titles, left = data.FORMER_TITLES, date(2025, 9, 1)
    colleagues = [
        net.add("colleague", owner["employer"], rng.choice(titles), until=left) for _ in range(22)
    ]
    net.add("other", "U.S. Bank", "Assistant Controller", first="Kristin", last="Holm, CPA")
    net.add("other", "Mayo Clinic", "Research Scientist", first="Hiroshi", last="Tanaka, PhD")

    # Her phone: family, neighbours, church, the job-search group, a few people also on LinkedIn.
    card, personal, variant = net.card, net.personal, data.ORG_VARIANTS.get
    card(None, first="Greg", last="Halvorsen", note="Husband", email="greg.halvorsen@example.com")
    for first, last, note in (("Emma", "Halvorsen", "Emma's cell"), ("Jack", "Halvorsen", "")):
        card(None, first=first, last=last, note=note)
    card(None, first="Karin", last="Lindahl", note="Sister")
    card(None, first="Mom", last="")
    neighbors, church = [], []
    for i in range(12):
        company = ("3M", "Target", "", "")[min(i, 3)]
        p = net.add("neighbor", company, "Technical Director" if i == 0 else "", linkedin=i < 2)
        note = rng.choice(data.NEIGHBOR_NOTES) if i % 2 else ""
        street = f"{rng.randint(4400, 5999)} {rng.choice(data.EDINA_STREETS)}"
        email, cats = personal(p.first, p.last), "" if note else "Neighbor"
        card(
            p, org=variant(company, company), email=email, street=street, note=note, categories=cats
        )
        neighbors.append(p)
    for i in range(8):
        company, title = ("U.S. Bank", "VP, Treasury") if i == 0 else ("", "")
        p = net.add("church", company, title, linkedin=i == 0)
        note = rng.choice(("Choir", "Women's Bible study", "Council", "Coffee hour team", ""))
        note = f"{data.CHURCH} - {note}" if note else data.CHURCH
        email = personal(p.first, p.last)
        card(p, org=variant(company, company), email=email, note=note, categories=data.CHURCH)
        church.append(p)
    card(None, first="Mike", last="Brandt", note="Jack's soccer coach ⚽ U12 Edina Storm")
    for office, note in data.SCATTERED_OFFICES:
        card(None, org=office, note=note, tel="WORK")
    group = [seekers[i] for i in (*range(12), 20, 21, 22)]
    group += [net.add("seeker", "", "In transition", linkedin=False) for _ in range(2)]
    for p in [walt, *group]:
        card(p, org="", email=personal(p.first, p.last), note="Career Transition Group - Tuesdays")
    note = "Worked together at Northstar"
    card(old_friend, org="Medtronic plc", email=old_friend.work_email, note=note)
    for p in colleagues[:3]:
        card(p, org=variant(owner["employer"], ""), email=p.work_email)
    for p in recruiters[:2]:
        card(p, org=variant(p.company, p.company), email=p.work_email, title="")
    for p in (connectors[0], connectors[1], connectors[4]):
        office = "Office" if p is connectors[0] else ""
        card(p, email=p.email or personal(p.first, p.last), label=office)
    for p in [net.add("friend", linkedin=False) for _ in range(3)]:
        card(p, email=personal(p.first, p.last), note="Book club")
    add_long_tail(net, 600, 3)

    # Her calendar: the weekly group, coffees, lunches, recruiters, mixers and ordinary life.
    diary = Diary(rng, owner, FIRST_DAY, ANCHOR)
    for offset in range(365):
        day = FIRST_DAY + timedelta(days=offset)
        holiday = (day.month == 12 and day.day >= 22) or (day.month, day.day) in data.HOLIDAYS
        if holiday or date(2026, 7, 3) <= day <= date(2026, 7, 12):
            diary.block(day, *range(6, 21))
        elif day.weekday() == 1:
            diary.block(day, 9, 10)
    place, group_title = "Edina Community Center, 5701 Normandale Rd, Edina, MN", data.GROUP_NAME
    exdates = [datetime(2025, 12, 23, 9), datetime(2025, 12, 30, 9), datetime(2026, 7, 7, 9)]
    first, rrule, agenda = datetime(2025, 11, 25, 9), "FREQ=WEEKLY;BYDAY=TU", data.GROUP_AGENDA
    weekly = series(diary, group_title, first, walt, group[:12], rrule=rrule, exdates=exdates)
    weekly.location, weekly.description = place, agenda
    moved = diary.add(group_title, datetime(2026, 4, 15, 9), 120, kind="group", sequence=1)
    moved.uid, moved.recurrence_id = weekly.uid, datetime(2026, 4, 14, 9)
    moved.location = place + " (Room 204, this week only)"
    moved.organizer, moved.guests, moved.people = weekly.organizer, weekly.guests, weekly.people

    partners = [(p, rng.randint(2, 4)) for p in seekers[:20]] + [(p, 3) for p in seekers[20:23]]
    partners += [(p, 1) for p in rng.sample(seekers[23:], 98 - sum(n for _, n in partners))]
    visits = [p for p, n in partners for _ in range(n)]
    rng.shuffle(visits)
    short = ("Coffee w/ {f}", "Catch up - {f}", "Coffee - {f}", "{f} coffee", "Coffee w/ {f} {i}.")
    full = ("Coffee with {f} {l}", "Networking coffee: {f} {l}", "{f} {l} / {o} coffee")
    full += ("Coffee - {f} {l}", "{f} {l} <> {o} Halvorsen")
    for p in visits:
        pattern = rng.choice(short + full[2:3] if p in seekers[:20] else full)
        title = pattern.format(f=p.first, l=p.last, i=p.last[0], o=owner["first"])
        start, where = diary.slot((8, 9, 10, 13, 14, 15)), rng.choice(data.COFFEE_SHOPS)
        diary.meeting(title, start, [p], kind="seeker coffee", location=where)
    for a, b in ((seekers[0], seekers[3]), (seekers[5], seekers[9])):
        start = diary.slot((8, 9, 10, 13, 14, 15))
        diary.meeting(f"Coffee - {a.first} & {b.first}", start, [a, b], kind="seeker coffee")
    diary.meeting("Coffee w/ Dana", datetime(2026, 11, 24, 10), [seekers[0]], kind="future")
    host = seekers[7]
    workshop = diary.add("Resume & LinkedIn workshop", datetime(2026, 3, 5, 18, 30), 90)
    workshop.kind, workshop.people, workshop.organizer = (
        "declined",
        [host],
        (host.name, host.address),
    )
    workshop.guests = [(*workshop.organizer, "ACCEPTED"), (owner["email"],) * 2 + ("DECLINED",)]
    lunch = ("Lunch w/ {f}", "Lunch with {f} {l}", "Lunch - {f} ({w})", "{f} lunch")
    for _ in range(20):
        p = rng.choice(neighbors[:8] + church[:6])
        kind = "neighbor" if p in neighbors else "church"
        title = rng.choice(lunch).format(f=p.first, l=p.last, w=kind)
        start, where = diary.slot((11, 12)), rng.choice(data.RESTAURANTS)
        diary.meeting(title, start, [p], kind="lunch", minutes=75, location=where)
    calls = ("Call with {n} ({c})", "{c} - intro call w/ {f}", "Phone call: {n}, {c}")
    for p in rng.sample(recruiters, 8) + rng.sample(recruiters, 2):
        title = rng.choice(calls).format(n=p.name, f=p.first, c=p.company)
        meet, start = diary.meet_url() if rng.random() < 0.5 else "", diary.slot((9, 10, 11, 13))
        diary.meeting(title, start, [p], kind="recruiter", invite=0, minutes=30, meet=meet)
    fixed_events(diary, data.SCATTERED_FIXED, data.LIFE, data.SCATTERED_CHORES)

    hidden = [date(2021, 3, 12), date(2019, 6, 3), date(2023, 10, 27)]
    extra = {"hidden": hidden, "companies": targets, "profile": data.PROFILE_SCATTERED}
    write_persona("scattered", owner, net, diary, extra)
    return {"net": net, "diary": diary, "hidden": hidden}


def focused() -> dict:
    rng, owner = random.Random(20261121), data.FOCUSED
    net = Network(rng)
    keys = ("name", "spellings", "priority", "advocacy", "motivation", "posting", "notes")
    targets = [dict(zip(keys, row, strict=True)) for row in data.FOCUSED_TARGETS]
    by_name = {t["name"]: t for t in targets}
    dms = []
    for company, title in data.FOCUSED_DMS:
        co = spelling(rng, by_name[company]["spellings"])
        dms.append(net.add("dm", co, title, target=company, email_rate=0.15))
    add_targets(net, targets, 72, data.FOCUSED_STAFF_TITLES)
    insiders = [p for p in net.people if p.kind == "target"]
    talent = {}
    for company in ("Inspire Medical Systems", "Tactile Medical", "Boston Scientific", "Surmodics"):
        talent[company] = net.add("talent", company, rng.choice(data.TALENT_TITLES), target=company)
    titles, left = data.FOCUSED_FORMER_TITLES, date(2026, 4, 30)
    colleagues = [
        net.add("colleague", owner["employer"], rng.choice(titles), until=left) for _ in range(30)
    ]
    connectors = [net.add("connector", c, t, email_rate=0.3) for c, t in data.FOCUSED_CONNECTORS]
    for p in connectors:
        p.work_email = f"{plain(p.first)}.{plain(p.last)}@{domain(p.company)}"
    recruiters = []
    for _ in range(10):
        agency, agency_titles = rng.choice(data.AGENCY_RECRUITERS)
        recruiters.append(net.add("recruiter", agency, rng.choice(agency_titles), email_rate=0.4))
    seekers = []
    for _ in range(15):
        company, position = rng.choice(data.SEEKER_COMPANIES), rng.choice(data.SEEKER_POSITIONS)
        seekers.append(net.add("seeker", company, position, since=date(2026, 5, 1), email_rate=0.3))

    met_dms, met_insiders = rng.sample(dms, 22), rng.sample(insiders, 42)
    card, variant = net.card, data.ORG_VARIANTS.get
    for p in met_dms[:8] + met_insiders[:7]:
        card(p, org=variant(p.company, p.company), email=p.work_email)
    for p in recruiters[:2]:
        card(p, email=p.work_email, title="")
    for p in connectors[:2]:
        card(p, email=p.work_email)
    for p in seekers[:1]:
        card(p, email=p.email or net.personal(p.first, p.last), note="Ops leaders in transition")
    old = colleagues[0]
    card(old, org=variant(owner["employer"], ""), email=net.personal(old.first, old.last))
    card(None, first="Rohan", last="Deshpande", note="Brother")
    card(None, first="Aai", last="")
    for office, note in data.FOCUSED_OFFICES:
        card(None, org=office, note=note, tel="WORK")
    add_long_tail(net, 300, 2)

    diary = Diary(rng, owner, date(2026, 5, 4), ANCHOR)
    diary.invite_rate = 0.85
    for offset in range(200):
        day = date(2026, 5, 4) + timedelta(days=offset)
        if (day.month, day.day) in data.HOLIDAYS or date(2026, 8, 14) <= day <= date(2026, 8, 17):
            diary.block(day, *range(6, 21))
    hours = (7, 8, 9, 10, 11, 13, 14, 15, 16)

    def place(p: Person) -> dict:
        roll = rng.random()
        if roll < 0.45:
            return {"meet": diary.meet_url()}
        if roll < 0.55:
            return {"location": f"https://us02web.zoom.us/j/8{rng.randint(10**8, 10**9 - 1)}"}
        if roll < 0.8:
            return {"location": rng.choice(data.COFFEE_SHOPS[:5])}
        return {"location": f"{p.company}, {rng.choice(('Maple Grove', 'Plymouth', 'St. Paul'))}"}

    dm_titles = ("Coffee: {o} / {n}", "{n} <> {o}", "Intro call - {n} ({c})", "Zoom w/ {n} - {c}")
    dm_titles += ("Meeting with {n}, {t}", "Follow-up: {n}")
    own, own_email = f"{owner['first']} {owner['last']}", owner["email"]
    visits = met_dms + rng.sample(met_dms, 14)
    rng.shuffle(visits)
    for p in visits:
        title = rng.choice(dm_titles).format(o=own, n=p.name, c=p.company, t=p.position)
        minutes, start = rng.choice((30, 45, 60)), diary.slot(hours)
        event = diary.meeting(title, start, [p], kind="decision-maker", minutes=minutes, **place(p))
        if rng.random() < 0.12:  # an invitation from an Outlook user keeps Outlook's UID
            hexdigits = "".join(rng.choice("0123456789ABCDEF") for _ in range(72))
            event.uid = "040000008200E00074C5B7101A82E00800000000" + hexdigits
            event.summary, event.location, event.meet = f"{p.name} / {own}", "Microsoft Teams", ""
            event.organizer = (p.name, p.address)
            event.guests = [(p.name, p.address, "ACCEPTED"), (own_email, own_email, "ACCEPTED")]
    for company in data.FOCUSED_INTERVIEWS:
        people = [p for p in met_dms if p.target == company][:2]
        people = people or [p for p in dms if p.target == company][:1]
        people += [talent[company]] if company in talent and rng.random() < 0.6 else []
        day = day_between(rng, date(2026, 9, 1), date(2026, 11, 19))
        day -= timedelta(days=max(0, day.weekday() - 4))
        start = datetime(day.year, day.month, day.day, rng.choice((9, 10, 13, 14)))
        diary.block(day, start.hour)
        title = f"Interview: VP Operations - {company}"
        where = {"meet": diary.meet_url()} if rng.random() < 0.4 else {"location": company}
        diary.meeting(title, start, people, kind="interview", invite=0, **where)
    insider_titles = ("Informational - {n} ({c})", "Coffee with {n}", "Call: {n}")
    insider_titles += ("{n} / {f} - ops chat",)
    for p in met_insiders + rng.sample(met_insiders, 8):
        title = rng.choice(insider_titles).format(n=p.name, c=p.company, f=owner["first"])
        diary.meeting(title, diary.slot(hours), [p], kind="insider", **place(p))
    for p in rng.sample(colleagues, 8):
        diary.meeting(f"Catch up w/ {p.first} (Lakeshore)", diary.slot(hours), [p], kind="industry")
    for p in rng.sample(recruiters, 5):
        title, meet = f"Call with {p.name} ({p.company})", diary.meet_url()
        start = diary.slot(hours)
        diary.meeting(title, start, [p], kind="recruiter", minutes=30, invite=0, meet=meet)
    for p in rng.sample(connectors, 7):
        title = f"Coffee with {p.name}" if rng.random() < 0.5 else f"Lunch - {p.first} {p.last}"
        diary.meeting(title, diary.slot((8, 11, 12)), [p], kind="connector")
    for p in seekers[:5]:
        diary.meeting(f"Coffee w/ {p.name}", diary.slot(hours), [p], kind="seeker coffee")
    where = "Doubletree, 7800 Normandale Blvd, Bloomington, MN"
    first = datetime(2026, 6, 4, 7, 30)
    monthly = "FREQ=MONTHLY;BYDAY=1TH"
    roundtable, host = "Twin Cities Operations Roundtable", connectors[-1]
    series(diary, roundtable, first, host, met_insiders[10:16], rrule=monthly, location=where)
    diary.first = FIRST_DAY
    fixed_events(diary, data.FOCUSED_FIXED, data.LIFE, data.FOCUSED_CHORES)

    hidden = [date(2020, 2, 7), date(2022, 11, 15)]
    extra = {"hidden": hidden, "companies": targets, "profile": data.PROFILE_FOCUSED}
    write_persona("focused", owner, net, diary, extra)
    return {"net": net, "diary": diary, "hidden": hidden}


def report(name: str, built: dict) -> None:
    net, diary = built["net"], built["diary"]
    linked = [p for p in net.people if p.connected]
    at_targets = [p for p in linked if p.target]
    kinds = [e.kind for e in diary.events]
    print(
        f"{name}: {len(linked) + len(built['hidden'])} connections, {len(at_targets)} at targets "
        f"({sum(p.kind == 'dm' for p in at_targets)} decision-makers), "
        f"{sum(p.kind == 'seeker' for p in linked)} job seekers, {len(net.cards)} cards, "
        f"{len(diary.events)} events ({kinds.count('seeker coffee')} coffees with job seekers)"
    )


def main() -> None:
    for name, build in (("scattered", scattered), ("focused", focused)):
        report(name, build())


if __name__ == "__main__":
    main()
