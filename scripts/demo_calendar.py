"""The demo's calendar: events, the diary that places them, and Google Calendar's .ics shape."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from demo_files import (
    EXPORTED,
    MEET_NOTE,
    TZ,
    VTIMEZONE,
    Person,
    day_between,
    vtext,
)

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
