"""The employers a headline says a person has left: "Former CFO at Medtronic".

Read by the paths into a target company (a former employee is a way in), apart from the
reading of a title's level and function in ``rapport.core.titles``.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Words that any headline naming a former employer contains: a database can filter on
#: them before ``former_employers`` reads the few headlines left.
FORMER_WORDS = ("former", "ex-", "ex ", "previously", "past ", "retired", "ehemal", "ancien")
#: A headline's way of saying a role is over: "Former CFO at Medtronic", "ex-Medtronic".
_FORMER_MARK = re.compile(
    r"\b(?:former(?:ly)?|ex|previously|past|retired|ehemalige?r?|ancien(?:ne)?)\b[\s:,-]*(.*)",
    re.IGNORECASE,
)
_AT_EMPLOYER = re.compile(r"(?:^|\s)(?:at|chez|bei)\s+|@\s*", re.IGNORECASE)
#: Without "at", the employer is the run of capitalised words after the mark ("ex-Medtronic").
_NAME_RUN = re.compile(r"(?:[A-Z0-9][\w&.'-]*)(?:\s+(?:[A-Z0-9][\w&.'-]*|&))*")
_LIST = re.compile(r"\s+(?:and|&|und|et)\s+|\s*,\s*|\s+(?:now|currently)\b.*$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def former_employers(title: str) -> tuple[str, ...]:
    """Return the names a headline gives for employers the person left.

    "Former Director of FP&A at Medtronic | Open to Work" gives ("Medtronic",). These are
    candidates for a company matcher: only a phrase marked as past counts, and a name that
    is really a role ("Retired VP Sales") simply matches no company.
    """
    found: list[str] = []
    for segment in re.split(r"\s*[|;•·]\s*", title or ""):
        marked = _FORMER_MARK.search(segment)
        if marked is None:
            continue
        rest = marked.group(1)
        parts = _AT_EMPLOYER.split(rest)
        if len(parts) > 1:
            employers = parts[-1]
        else:
            run = _NAME_RUN.match(rest)
            employers = run.group() if run else ""
        for name in _LIST.split(employers):
            name = name.strip(" .-:")
            if name and name not in found:
                found.append(name)
    return tuple(found)
