"""What each file Rapport reads looks like at its start: the tests sniffing asks, in order.

Kept apart from the readers so that telling a file's kind loads none of them: a process
importing one Connections.csv then loads LinkedIn's reader alone, not the twelve modules
of the others (loading and compiling them was half of a cold 30,000-row import's module
loading; docs/benchmarks.md). Each reader takes its own test from here.
"""

from __future__ import annotations

from collections.abc import Callable

from rapport.formats.outlook_languages import looks_like_outlook
from rapport.formats.text import format_of

Looks = Callable[[set[str]], bool]

MESSAGES = "linkedin_messages"
INVITATIONS = "linkedin_invitations"
ENDORSEMENTS = "linkedin_endorsements"
RECOMMENDATIONS = "linkedin_recommendations"
PROFILE = "linkedin_profile"
POSITIONS = "linkedin_positions"
PREFERENCES = "linkedin_job_preferences"
FOLLOWS = "linkedin_company_follows"


def looks_like_connections(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of a Connections.csv."""
    return "connected on" in keys or {"first name", "last name", "url", "position"} <= keys


_GOOGLE_MARKERS = (
    "e-mail 1 - value",
    "phone 1 - value",
    "group membership",
    "organization 1 - name",
    "section 1 - email",
)


def looks_like_google(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of a Google Contacts CSV."""
    if any(marker in keys for marker in _GOOGLE_MARKERS):
        return True
    return {"given name", "family name"} <= keys or {"labels", "organization name"} <= keys


def looks_like_thunderbird(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of a Thunderbird address book,
    in any language read (whose first and last name columns Outlook's often share)."""
    return any(names <= keys for names in _THUNDERBIRD_NAMES)


#: A Thunderbird header's display name and first e-mail, in each language read: the
#: strings 2102 and 2104 of its importMsgs.properties (docs/decisions.md).
_THUNDERBIRD_NAMES = (
    {"display name", "primary email"},
    {"anzeigename", "primäre e-mail-adresse"},
    {"nom à afficher", "adresse électronique principale"},
    {"nombre mostrado", "dirección de correo electrónico principal"},
    {"nome visualizzato", "email primaria"},
    {"weergavenaam", "primair e-mailadres"},
    {"weergavenaam", "eerste e-mail"},
    {"nome de exibição", "email principal"},
    {"wyświetlana nazwa", "podstawowy e-mail"},
)


def looks_like_yahoo(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of a Yahoo Contacts CSV."""
    # Yahoo's columns are single words ("First", "Email", "Home"); these two are its own.
    # Older exports wrote "Yahoo! Phone", hence the alternate address as a second test.
    return "yahoo phone" in keys or {"first", "last", "alternate email 1"} <= keys


def looks_like_messages(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of a messages.csv (or of the
    2018 export's ``Messages.csv``: ``From,To,Date,Subject,Content,Direction,Folder``)."""
    return {"conversation id", "from", "content"} <= keys or {
        "from",
        "to",
        "date",
        "content",
        "direction",
    } <= keys


def looks_like_invitations(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of an Invitations.csv."""
    return {"from", "to", "sent at", "direction"} <= keys


def looks_like_endorsements(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of an endorsements file."""
    return "endorsement date" in keys and bool(
        {"endorser first name", "endorsee first name"} & keys
    )


def looks_like_recommendations(keys: set[str]) -> bool:
    """Return True when lower-cased header ``keys`` are those of a recommendations file."""
    return {"first name", "last name", "text", "creation date"} <= keys


def looks_like_profile(keys: set[str]) -> bool:
    return {"first name", "last name", "headline"} <= keys and "connected on" not in keys


def looks_like_positions(keys: set[str]) -> bool:
    return {"company name", "title", "started on"} <= keys


def looks_like_preferences(keys: set[str]) -> bool:
    return "job titles" in keys and bool({"dream companies", "locations", "industries"} & keys)


def looks_like_follows(keys: set[str]) -> bool:
    return {"organization", "followed on"} <= keys


#: LinkedIn's files of touches, narrowest header first.
TOUCH_HEADERS: dict[str, Looks] = {
    MESSAGES: looks_like_messages,
    INVITATIONS: looks_like_invitations,
    ENDORSEMENTS: looks_like_endorsements,
    RECOMMENDATIONS: looks_like_recommendations,
}
#: LinkedIn's files about the user.
OWN_HEADERS: dict[str, Looks] = {
    PROFILE: looks_like_profile,
    POSITIONS: looks_like_positions,
    PREFERENCES: looks_like_preferences,
    FOLLOWS: looks_like_follows,
}
#: The contacts CSVs. LinkedIn's header is the narrowest; Google's, Outlook's and
#: Thunderbird's share "First Name" and "Last Name" but differ in their email columns.
#: Thunderbird's is tried before Outlook's: a German Thunderbird header has Outlook's
#: German "Vorname" and "Nachname" (as Italian, Spanish, Dutch, Brazilian and Polish ones
#: have Outlook's names too), and read as Outlook's it lost every e-mail and phone.
CONTACT_HEADERS: dict[str, Looks] = {
    "linkedin": looks_like_connections,
    "google": looks_like_google,
    "thunderbird": looks_like_thunderbird,
    "outlook": looks_like_outlook,
    "yahoo": looks_like_yahoo,
}


def touch_format(head: str) -> str | None:
    """Return the touch format whose header is among the first records of ``head``."""
    return format_of(head, TOUCH_HEADERS)


def own_format(head: str) -> str | None:
    """Return which of the user's own files ``head`` (a file's start) is, or None."""
    return format_of(head, OWN_HEADERS)


def looks_like_mail(head: bytes) -> bool:
    """Return True when ``head`` starts an mbox ("From " line) or one message's headers."""
    text = head[:4096].lstrip()
    if text.startswith(b"From "):
        return True
    lines = text.split(b"\n", 40)
    names = {line.split(b":", 1)[0].strip().lower() for line in lines if b":" in line[:40]}
    # A message may lack its date (it is then skipped, and counted, as undated): a sender
    # and two more of a message's usual headers make it mail.
    return b"from" in names and len(_MESSAGE_HEADERS & names) >= 2


#: Headers nearly every message has, beside From.
_MESSAGE_HEADERS = {b"date", b"message-id", b"subject", b"to", b"mime-version", b"content-type"}
