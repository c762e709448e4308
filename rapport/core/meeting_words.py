"""Words in event titles that say what an event was, with the label a reason shows.

Each table pairs a label (what the user reads: "personal: dentist") with a regular
expression for the ways titles write it. ``find`` returns the label of the leftmost
match. Tables are compiled once into one alternation each, so a title costs one search
per table however long the tables grow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Clearly personal: never networking, whatever else the title says. PTA counts as
#: personal: it is a family duty, even if it brings the user among neighbours.
PERSONAL = (
    ("dentist", r"dentist|orthodontist|dental|teeth cleaning"),
    ("doctor", r"doctor|dr\.? appt|physician|pediatrician|dermatologist|gp appointment"),
    ("doctor", r"check-?up|optometrist|eye exam"),
    ("therapy", r"physio(?:therapy)?|therapist|therapy|counselling|counseling"),
    ("gym", r"gym|workout|work out|crossfit|yoga|pilates|spin class|personal trainer"),
    ("kids' practice", r"kids?'?s?'? (?:practice|game|recital)|practice for the kids"),
    ("soccer", r"soccer|football practice|baseball|little league|swim(?:ming)? (?:lesson|meet)"),
    ("piano lesson", r"piano|violin|guitar lesson|music lesson|ballet|dance class"),
    ("haircut", r"haircut|hair cut|barber|hair appointment|salon|manicure|pedicure|nails"),
    ("massage", r"massage|spa day"),
    ("PTA", r"pta|pto meeting|parent-teacher|parent teacher"),
    ("vacation", r"vacation|pto|out of office|ooo|day off|staycation"),
    ("holiday", r"holidays?(?!\s+(?:party|mixer|networking|reception|happy hour))"),
    ("birthday", r"birthday|b-?day|bday"),
    ("family dinner", r"family (?:dinner|lunch|brunch|breakfast|time|visit|reunion|party)"),
    ("family", r"(?:with|see|visit|call) (?:mom|dad|mum|mother|father|parents|grandma|grandpa)"),
    ("anniversary", r"anniversary"),
    ("wedding", r"wedding|bridal shower|baby shower|funeral"),
    ("date night", r"date night"),
    ("school pickup", r"school (?:pick-?up|drop-?off|run)|pick up (?:the )?kids|daycare"),
    ("vet", r"vet|veterinarian|walk the dog|dog groomer"),
    ("car service", r"car service|oil change|mechanic|tire change|car wash|dmv|smog check"),
    ("flight", r"flight|flying to|boarding|layover"),
    ("errands", r"errands|groceries|grocery|laundry|plumber|electrician|movers|cleaners"),
    ("jury duty", r"jury duty"),
)

#: The user's own to-dos blocked out in the calendar, not meetings.
TASKS = (
    ("prep", r"^prep(?:are)?(?!\s+(?:call|meeting|session|chat|coffee|lunch))"),
    ("reminder", r"^(?:reminder|remember|to-?do)"),
    ("deadline", r"deadline"),
    ("apply", r"^(?:apply|submit|send|update)(?=\s)|applications?$"),
    ("follow-up", r"^follow[- ]?up(?!\s+(?:call|meeting|coffee|lunch|chat))"),
    ("focus time", r"focus time|deep work|blocked|do not book|commute"),
)

#: Routine work at a current job: not networking, even with contacts present.
WORK = (
    ("standup", r"stand-?up|daily scrum|scrum"),
    ("sprint", r"sprint (?:planning|review|demo)|backlog grooming|refinement"),
    ("retro", r"retro|retrospective"),
    ("all hands", r"all[- ]hands|town hall"),
    ("team meeting", r"team (?:meeting|sync|call|standup)|staff meeting|status (?:meeting|update)"),
    ("review", r"performance review|quarterly review|qbr|okr"),
)

#: Job interviews are tracked apart from networking meetings.
INTERVIEW = (("job interview", r"(?:phone |onsite |on-site |final |technical |panel )?interview"),)

#: Kind "event": events and gatherings one attends.
EVENT = (
    ("job fair", r"job fair|career fair|hiring fair|career expo"),
    ("conference", r"conference|summit|expo|trade show|convention|forum"),
    ("meetup", r"meet-?up"),
    ("mixer", r"mixer"),
    ("networking event", r"networking (?:event|night|reception|evening)"),
    ("happy hour", r"happy hour|reception|gala|open house"),
    ("lunch and learn", r"lunch (?:and|&|n) learn|panel discussion|hackathon|meet (?:and|&) greet"),
)

#: Kind "group": recurring circles of people, the article's job-search groups among them.
GROUP = (
    ("group", r"group|job club|mastermind|accountability"),
    ("circle", r"circle(?!\s+back)"),
    ("chapter meeting", r"chapter meeting|chapter|association|chamber of commerce"),
    ("club", r"rotary|toastmasters|alumni|roundtable|round table"),
)

#: Kind "call": calls and video meetings, said in the title.
CALL = (
    ("call", r"call|phone"),
    ("video", r"zoom|(?:ms |microsoft )?teams (?:call|meeting)|video|google meet|hangouts?"),
    ("video", r"facetime|skype|webex|virtual"),
)

#: Kind "coffee".
COFFEE = (("coffee", r"coffee|café|cafe|cuppa|espresso|latte|starbucks|tea"),)

#: Kind "lunch": a meal with someone.
MEAL = (
    ("lunch", r"lunch"),
    ("breakfast", r"breakfast|brunch"),
    ("dinner", r"dinner|drinks|a drink|beers?"),
)

#: Words that make an event networking even without a known contact.
INTENT = (
    ("catch up", r"catch[- ]?up|reconnect|touch base"),
    ("intro", r"intro|introduction"),
    ("informational", r"informational|info interview|info chat|info call"),
    ("networking", r"networking"),
    ("connect with", r"connect(?:ing)? with"),
    ("advice", r"mentor|mentoring|mentorship|advice|career chat"),
)

#: Kind "call" from where the meeting happens: a meeting link or a phone bridge.
MEETING_LINK = re.compile(
    r"zoom\.us/|teams\.microsoft\.com/|teams\.live\.com/|meet\.google\.com/|webex\.com/"
    r"|whereby\.com/|gotomeeting\.com/|facetime|microsoft teams meeting|zoom meeting|dial-in",
    re.I,
)

#: Words that cue a person's name nearby ("coffee w/ X", "Intro: X", "X / Y lunch").
CUE = re.compile(
    r"(?<!\w)(?:(?:quick|virtual|zoom|teams|skype|webex|phone|video|weekly|monthly|"
    r"follow[- ]?up|intro|informational|info|networking) )*"
    r"(?:coffee(?: chat)?|lunch|breakfast|brunch|dinner|drinks|call|chat|catch[- ]?up|"
    r"intro(?:duction)?|interview|meeting|meet|sync|1:1|1-1|one on one|touch base|connect|"
    r"facetime|tea|zoom|video call)(?!\w)",
    re.I,
)

#: Words after a name that end it ("Coffee with Jane at Blue Bottle").
NAME_END = re.compile(
    r"\s+(?:at|@|re:?|about|for|to|regarding|on|in|from|via|over|during|after|before)\s+"
    r"|\s*[(\[|]|\s+[-–—]+\s+|\s*:\s+|\s*\?|\s*!",
    re.I,
)

#: Between names: "Bob & Alice", "Jane / Lorraine", "Jane <> Sam", "Ann and Bo".
NAME_SEPARATOR = re.compile(r"\s*(?:/|&|\+|,|;|<>|<->|<=>)\s*|\s+(?:and|x|und|et)\s+", re.I)

#: Between a title's parts: "Catch up: Priya", "Lunch - Bob & Alice", "Intro | Sam".
PART_SEPARATOR = re.compile(r"\s*(?::(?!\d)|\|)\s*|\s+[-–—]+\s+")

#: Honorifics dropped before a name is looked up.
HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|mx|miss|prof|sir|dame)\.?\s+", re.I)

#: Words that are never (part of) a person's name in a title.
NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "our",
        "your",
        "team",
        "teams",
        "everyone",
        "all",
        "folks",
        "friends",
        "group",
        "people",
        "crew",
        "gang",
        "recruiter",
        "recruiters",
        "hr",
        "hiring",
        "manager",
        "managers",
        "interviewer",
        "panel",
        "candidate",
        "candidates",
        "mom",
        "dad",
        "mum",
        "parents",
        "family",
        "kids",
        "wife",
        "husband",
        "boss",
        "colleagues",
        "buddies",
        "buddy",
        "pals",
        "mates",
        "guys",
        "gals",
        "girls",
        "boys",
        "ladies",
        "roommates",
        "neighbours",
        "neighbors",
        "classmates",
        "cousins",
        "grandma",
        "grandpa",
        "sister",
        "brother",
        "aunt",
        "uncle",
        "clients",
        "customers",
        "staff",
        "board",
        "committee",
        "cohort",
        "coworkers",
        "co-workers",
        "coffee",
        "lunch",
        "breakfast",
        "brunch",
        "dinner",
        "drinks",
        "call",
        "chat",
        "meeting",
        "sync",
        "intro",
        "zoom",
        "video",
        "phone",
        "networking",
        "event",
        "mixer",
        "fair",
        "office",
        "hours",
        "review",
        "project",
        "product",
        "company",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "week",
        "weekly",
        "new",
        "old",
        "quick",
        "virtual",
        "follow",
        "up",
        "prep",
        "check",
        "in",
        "catch",
        "up",
        "about",
        "re",
        "fw",
        "fwd",
    ]
)

#: Lower-case words allowed inside a capitalised name ("Ludwig van Beethoven").
PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "da",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "al",
        "st.",
        "y",
    ]
)


def compile_table(table: Sequence[tuple[str, str]]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Return one whole-word pattern for a table and its labels, in table order."""
    parts = "|".join(f"(?P<w{i}>{pattern})" for i, (_, pattern) in enumerate(table))
    return re.compile(rf"(?<!\w)(?:{parts})(?!\w)", re.I), tuple(label for label, _ in table)


def find(compiled: tuple[re.Pattern[str], tuple[str, ...]], text: str) -> str:
    """Return the label of the leftmost match of a compiled table in text, or ''."""
    pattern, labels = compiled
    match = pattern.search(text)
    if match is None or match.lastgroup is None:
        return ""
    return labels[int(match.lastgroup[1:])]
