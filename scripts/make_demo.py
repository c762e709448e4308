"""Write the demo personas' files into rapport/demo/<persona>/.

    .venv/bin/python scripts/make_demo.py

Standard library only and deterministic (seeded random.Random, a fixed export moment), so a run
rewrites the same bytes. Each file is shaped like the real export it imitates, because the app
reads the demo through its real importers: Connections.csv as LinkedIn writes it, phone.vcf as an
iPhone exports contacts, calendar.ics as Google Calendar exports a calendar, plan.toml in
Rapport's own format. The data tables live in demo_data.py.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

import demo_data as data
import demo_focused as focused_data
import demo_scattered as scattered_data
from demo_calendar import Diary, Event
from demo_files import (
    ANCHOR,
    FIRST_DAY,
    ROOT,
    Network,
    Person,
    day_between,
    domain,
    plain,
    plan_toml,
    write_connections,
    write_lines,
)
from demo_messages import write_export


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
    write_export(folder, owner, diary, name)
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
    rng, owner = random.Random(20261120), scattered_data.SCATTERED
    net = Network(rng)
    keys = ("name", "spellings", "priority", "motivation", "posting", "notes")
    targets = [dict(zip(keys, row, strict=True)) for row in scattered_data.SCATTERED_TARGETS]
    by_name = {t["name"]: t for t in targets}
    for company, title in scattered_data.SCATTERED_DMS:
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
    connectors = [
        net.add("connector", c, t, email_rate=0.2) for c, t in scattered_data.SCATTERED_CONNECTORS
    ]
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
    for office, note in scattered_data.SCATTERED_OFFICES:
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
    fixed_events(diary, scattered_data.SCATTERED_FIXED, data.LIFE, scattered_data.SCATTERED_CHORES)

    hidden = [date(2021, 3, 12), date(2019, 6, 3), date(2023, 10, 27)]
    extra = {"hidden": hidden, "companies": targets, "profile": scattered_data.PROFILE_SCATTERED}
    write_persona("scattered", owner, net, diary, extra)
    return {"net": net, "diary": diary, "hidden": hidden}


def focused() -> dict:
    rng, owner = random.Random(20261121), focused_data.FOCUSED
    net = Network(rng)
    keys = ("name", "spellings", "priority", "advocacy", "motivation", "posting", "notes")
    targets = [dict(zip(keys, row, strict=True)) for row in focused_data.FOCUSED_TARGETS]
    by_name = {t["name"]: t for t in targets}
    dms = []
    for company, title in focused_data.FOCUSED_DMS:
        co = spelling(rng, by_name[company]["spellings"])
        dms.append(net.add("dm", co, title, target=company, email_rate=0.15))
    add_targets(net, targets, 72, focused_data.FOCUSED_STAFF_TITLES)
    insiders = [p for p in net.people if p.kind == "target"]
    talent = {}
    for company in ("Inspire Medical Systems", "Tactile Medical", "Boston Scientific", "Surmodics"):
        talent[company] = net.add("talent", company, rng.choice(data.TALENT_TITLES), target=company)
    titles, left = focused_data.FOCUSED_FORMER_TITLES, date(2026, 4, 30)
    colleagues = [
        net.add("colleague", owner["employer"], rng.choice(titles), until=left) for _ in range(30)
    ]
    connectors = [
        net.add("connector", c, t, email_rate=0.3) for c, t in focused_data.FOCUSED_CONNECTORS
    ]
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
    for office, note in focused_data.FOCUSED_OFFICES:
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
    for company in focused_data.FOCUSED_INTERVIEWS:
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
    fixed_events(diary, focused_data.FOCUSED_FIXED, data.LIFE, focused_data.FOCUSED_CHORES)

    hidden = [date(2020, 2, 7), date(2022, 11, 15)]
    extra = {"hidden": hidden, "companies": targets, "profile": focused_data.PROFILE_FOCUSED}
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
