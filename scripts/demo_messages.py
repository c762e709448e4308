"""A persona's LinkedIn data export and mailbox, telling the story of her meetings.

Called by make_demo.py once the calendar is written: for each past meeting it writes the
messages around it, on LinkedIn with people she is connected to and by e-mail with the
others. The scattered networker sets up coffees with fellow job seekers and never asks
for anything, leaves no list behind, and thanks late or not at all; the focused networker
asks for advice or an introduction, sends her target list the same day with her thanks,
shares articles and reports back. The export also holds her own profile, positions,
job-seeker preferences and the companies she follows, shaped as LinkedIn writes them.
Standard library only, seeded, with fixed zip times: a run rewrites the same bytes.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from demo_calendar import Diary, Event
from demo_files import ANCHOR, EXPORTED, TZ, Person
from demo_own import OWN

ZONE = ZoneInfo(TZ)
UTC = ZoneInfo("UTC")
#: The meetings whose messages are written (group meetings and life events have none).
ONE_ON_ONE = {"seeker coffee", "lunch", "decision-maker", "insider", "industry", "connector"}
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT"
).split(",")
PROFILE_HEADER = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
    "Geo Location,Twitter Handles,Websites,Instant Messengers"
).split(",")
POSITIONS_HEADER = "Company Name,Title,Description,Location,Started On,Finished On".split(",")
PREFERENCES_HEADER = (
    "Locations,Industries,Company Employee Count,Preferred Job Types,Job Titles,Open To "
    "Recruiters,Dream Companies,Profile Shared With Job Poster,Job Title For Searching Fast "
    "Growing Companies,Introduction Statement,Phone Number,Job Seeker Activity Level,Preferred "
    "Start Time Range,Commute Preference Starting Address,Commute Preference Starting Time,Mode "
    "Of Transportation,Maximum Commute Duration,Open Candidate Visibility,Job Seeking Urgency "
    "Level"
).split(",")


@dataclass
class Message:
    when: datetime  # UTC
    out: bool
    person: Person
    text: str
    subject: str = ""
    attachment: str = ""


def write_export(folder: Path, owner: dict, diary: Diary, story: str) -> None:
    """Write ``LinkedIn_export.zip`` and ``mailbox.mbox`` for the persona in ``folder``."""
    own = OWN[story]
    rng = random.Random(f"{owner['email']}-messages")
    messages: list[Message] = []
    for event in sorted(diary.events, key=lambda e: (str(e.start), e.uid)):
        if event.kind in ONE_ON_ONE and isinstance(event.start, datetime) and event.people:
            start = event.start.replace(tzinfo=ZONE).astimezone(UTC)
            if start.date() < ANCHOR:
                for person in event.people:
                    messages += STORIES[story](rng, owner, event, person, start)
    linked = [m for m in messages if m.person.connected and m.person.slug]
    mailed = [
        m for m in messages if not (m.person.connected and m.person.slug) and m.person.address
    ]
    write_zip(folder / "LinkedIn_export.zip", owner, linked, own)
    if mailed:  # her meetings' people may all be on LinkedIn
        write_mbox(folder / "mailbox.mbox", owner, mailed)


def _at(day: date, hour: int, rng: random.Random) -> datetime:
    local = datetime.combine(day, time(hour, rng.randint(0, 59)), ZONE)
    return local.astimezone(UTC)


def _workday(day: date, days: int) -> date:
    """Return the day ``days`` working days after ``day`` (before it when negative)."""
    step = 1 if days >= 0 else -1
    left = abs(days)
    while left:
        day += timedelta(days=step)
        if day.weekday() < 5:
            left -= 1
    return day


def scattered(
    rng: random.Random, owner: dict, event: Event, p: Person, start: datetime
) -> list[Message]:
    """Coffee set up, agreed, had; no ask, no list; thanks days later, or never."""
    day = start.astimezone(ZONE).date()
    weekday = f"{day:%A}"
    invite = _at(_workday(day, -rng.randint(3, 6)), rng.randint(8, 20), rng)
    place = event.location or "the usual place"
    found = [
        Message(
            invite,
            True,
            p,
            f"Hi {p.first}, are you free for coffee on {weekday} at {place}? It would be nice "
            "to catch up and compare notes on the search.",
        ),
        Message(
            invite + timedelta(hours=rng.randint(2, 20)),
            False,
            p,
            rng.choice(
                (
                    f"Sure, {weekday} works. See you there!",
                    f"{weekday} is good for me. Same spot as last time?",
                    "Yes! I could use the company. See you then.",
                )
            ),
        ),
    ]
    if rng.random() < 0.55:
        late = _at(_workday(day, rng.randint(2, 4)), rng.randint(19, 21), rng)
        found.append(
            Message(late, True, p, f"Thanks again for coffee last week, {p.first}. Good luck!")
        )
    return found


def focused(
    rng: random.Random, owner: dict, event: Event, p: Person, start: datetime
) -> list[Message]:
    """A specific ask, the target list and thanks the same day, a give, a report back."""
    day = start.astimezone(ZONE).date()
    company = p.company or "your company"
    ask = _at(_workday(day, -rng.randint(4, 8)), rng.randint(7, 9), rng)
    end = start + timedelta(hours=1)
    found = [
        Message(
            ask,
            True,
            p,
            rng.choice(
                (
                    f"Hi {p.first}, I'm an operations leader looking at medical-device makers "
                    f"like {company}. I'd value your advice on how their plants are run. "
                    "Twenty minutes, whenever suits you.",
                    f"Hi {p.first}, could I ask for twenty minutes of your time? I'd love your "
                    f"perspective on operations at {company} and who else I should meet.",
                )
            ),
        ),
        Message(
            ask + timedelta(hours=rng.randint(3, 30)),
            False,
            p,
            f"Happy to help, Anita. {day:%A} works.",
        ),
        Message(
            end + timedelta(hours=rng.randint(2, 5)),
            True,
            p,
            f"Thank you for your time today, {p.first}. As promised, my target companies "
            f"list is attached: who do you know at the ones marked in bold?",
            attachment="Deshpande-target-companies.pdf",
        ),
    ]
    if rng.random() < 0.6:
        share = _at(_workday(day, rng.randint(5, 10)), rng.randint(7, 9), rng)
        found.append(
            Message(
                share,
                True,
                p,
                "Thought you'd find this useful: the Medical Alley report on supplier "
                "quality https://medicalalley.example/reports/supplier-quality",
            )
        )
    if rng.random() < 0.5:
        back = _at(_workday(day, rng.randint(8, 12)), rng.randint(12, 18), rng)
        found.append(
            Message(
                back,
                True,
                p,
                f"A quick update on your advice, {p.first}: I took your advice and spoke with "
                "the plant manager you suggested. Thank you again.",
            )
        )
    return found


STORIES = {"scattered": scattered, "focused": focused}


def _url(person: Person) -> str:
    return f"https://www.linkedin.com/in/{person.slug}"


def write_zip(path: Path, owner: dict, messages: list[Message], own: dict) -> None:
    me = f"{owner['first']} {owner['last']}"
    my_url = f"https://www.linkedin.com/in/{own['slug']}"
    rows = []
    for m in sorted(messages, key=lambda m: m.when, reverse=True):  # LinkedIn: newest first
        thread = f"2-{abs(hash_text(m.person.slug)):x}"
        sender, sender_url = (me, my_url) if m.out else (m.person.name, _url(m.person))
        to, to_url = (m.person.name, _url(m.person)) if m.out else (me, my_url)
        when = f"{m.when:%Y-%m-%d %H:%M:%S} UTC"
        rows.append(
            [
                thread,
                "",
                sender,
                sender_url,
                to,
                to_url,
                when,
                "",
                m.text,
                "INBOX",
                m.attachment,
                "No",
                "No",
            ]
        )
    files = {
        "messages.csv": table(MESSAGES_HEADER, rows),
        "Profile.csv": table(PROFILE_HEADER, [own["profile"]]),
        "Positions.csv": table(POSITIONS_HEADER, own["positions"]),
        "Jobs/Job Seeker Preferences.csv": table(PREFERENCES_HEADER, [own["preferences"]]),
        "Company Follows.csv": table(["Organization", "Followed On"], own["follows"]),
    }
    buffer = io.BytesIO()
    stamp = (EXPORTED.year, EXPORTED.month, EXPORTED.day, EXPORTED.hour, EXPORTED.minute, 0)
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode())
    path.write_bytes(buffer.getvalue())


def write_mbox(path: Path, owner: dict, messages: list[Message]) -> None:
    """Write ``messages`` as Gmail Takeout writes an mbox: From_ lines, Gmail headers."""
    me = f"{owner['first']} {owner['last']} <{owner['email']}>"
    out = []
    for number, m in enumerate(sorted(messages, key=lambda m: m.when), 1):
        them = f"{m.person.name} <{m.person.address}>"
        sender, to = (me, them) if m.out else (them, me)
        thread = abs(hash_text(m.person.address)) % 10**18
        body = m.text.replace("\nFrom ", "\n>From ")
        out += [
            f"From {thread}@xxx {m.when:%a %b %d %H:%M:%S +0000 %Y}",
            f"X-GM-THRID: {thread}",
            f"X-Gmail-Labels: {'Sent' if m.out else 'Inbox'}",
            f"Date: {format_datetime(m.when)}",
            f"From: {sender}",
            f"To: {to}",
            f"Subject: {m.subject or 'Coffee'}",
            f"Message-ID: <{number}.{thread}@mail.example.com>",
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="UTF-8"',
            "",
            body,
            "",
        ]
    path.write_bytes("\n".join(out).encode())


def table(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def hash_text(text: str) -> int:
    """Return a stable number for ``text`` (Python's hash() changes between runs)."""
    value = 0
    for char in text:
        value = (value * 131 + ord(char)) % (2**61 - 1)
    return value
