"""Zone names as Windows and Outlook write them, turned into IANA zones.

Windows zone ids ("Eastern Standard Time") come from icalendar's own mapping, generated
from CLDR (139 zones). Outlook Web App writes the *display* name instead
("(UTC-05:00) Eastern Time (US & Canada)") and often no VTIMEZONE to explain it: the text
after the offset is looked up in the table below (the display names Windows shows for the
most used zones), and when it is unknown the offset alone gives a fixed zone, which is
right except across a daylight-saving change, rather than reading the time as UTC.
"""

from __future__ import annotations

import re

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

_BY_FOLDED_ID = {name.casefold(): zone for name, zone in WINDOWS_TO_OLSON.items()}
_DISPLAY = re.compile(r"^\((?:UTC|GMT)\s*(?:([+-])(\d{1,2}):?(\d{2})?)?\)\s*(.*)$", re.I)
#: Windows display names (after the offset) -> Windows zone id.
DISPLAY_NAMES = {
    "eastern time (us & canada)": "Eastern Standard Time",
    "central time (us & canada)": "Central Standard Time",
    "mountain time (us & canada)": "Mountain Standard Time",
    "pacific time (us & canada)": "Pacific Standard Time",
    "arizona": "US Mountain Standard Time",
    "alaska": "Alaskan Standard Time",
    "hawaii": "Hawaiian Standard Time",
    "atlantic time (canada)": "Atlantic Standard Time",
    "newfoundland": "Newfoundland Standard Time",
    "saskatchewan": "Canada Central Standard Time",
    "guadalajara, mexico city, monterrey": "Central Standard Time (Mexico)",
    "bogota, lima, quito, rio branco": "SA Pacific Standard Time",
    "brasilia": "E. South America Standard Time",
    "city of buenos aires": "Argentina Standard Time",
    "buenos aires": "Argentina Standard Time",
    "coordinated universal time": "UTC",
    "dublin, edinburgh, lisbon, london": "GMT Standard Time",
    "amsterdam, berlin, bern, rome, stockholm, vienna": "W. Europe Standard Time",
    "brussels, copenhagen, madrid, paris": "Romance Standard Time",
    "belgrade, bratislava, budapest, ljubljana, prague": "Central Europe Standard Time",
    "sarajevo, skopje, warsaw, zagreb": "Central European Standard Time",
    "athens, bucharest": "GTB Standard Time",
    "helsinki, kyiv, riga, sofia, tallinn, vilnius": "FLE Standard Time",
    "helsinki, kiev, riga, sofia, tallinn, vilnius": "FLE Standard Time",
    "jerusalem": "Israel Standard Time",
    "cairo": "Egypt Standard Time",
    "harare, pretoria": "South Africa Standard Time",
    "nairobi": "E. Africa Standard Time",
    "casablanca": "Morocco Standard Time",
    "istanbul": "Turkey Standard Time",
    "moscow, st. petersburg": "Russian Standard Time",
    "moscow, st. petersburg, volgograd": "Russian Standard Time",
    "abu dhabi, muscat": "Arabian Standard Time",
    "chennai, kolkata, mumbai, new delhi": "India Standard Time",
    "bangkok, hanoi, jakarta": "SE Asia Standard Time",
    "beijing, chongqing, hong kong, urumqi": "China Standard Time",
    "kuala lumpur, singapore": "Singapore Standard Time",
    "osaka, sapporo, tokyo": "Tokyo Standard Time",
    "seoul": "Korea Standard Time",
    "perth": "W. Australia Standard Time",
    "adelaide": "Cen. Australia Standard Time",
    "brisbane": "E. Australia Standard Time",
    "canberra, melbourne, sydney": "AUS Eastern Standard Time",
    "auckland, wellington": "New Zealand Standard Time",
}


def iana_for_windows_name(name: str, *, guess: bool = True) -> str | None:
    """Return the IANA zone for a Windows zone id or an Outlook display name, or None.

    A display name whose place is not known gives a zone of its fixed offset when
    ``guess``: right except across a daylight-saving change, so a caller holding the
    file's own definition of the zone asks without ``guess`` first.
    """
    folded = name.strip().casefold()
    if folded in _BY_FOLDED_ID:
        return _BY_FOLDED_ID[folded]
    shown = _DISPLAY.match(name.strip())
    if shown is None:
        return None
    sign, hours, minutes, place = shown.groups()
    # Outlook writes "US & Canada"; other exporters spell the ampersand out.
    place = " ".join(place.split()).casefold().replace(" and ", " & ")
    windows = DISPLAY_NAMES.get(place)
    if windows is not None:
        return _BY_FOLDED_ID.get(windows.casefold(), "UTC" if windows == "UTC" else None)
    if not guess:
        return None
    if not hours:
        return "UTC"
    if minutes and minutes != "00":
        return None  # no fixed Etc zone for half hours: the caller falls back
    # Etc/GMT zones count the other way: UTC-05:00 is Etc/GMT+5.
    return f"Etc/GMT{'-' if sign == '+' else '+'}{int(hours)}" if int(hours) else "UTC"
