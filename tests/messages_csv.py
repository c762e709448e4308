"""A LinkedIn messages.csv written for a test: 13 columns, as the archive has them."""

from __future__ import annotations

import csv
import io

HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT"
).split(",")
ME = ("Margaret Lindqvist", "https://www.linkedin.com/in/margaret-lindqvist")


def url_of(name: str) -> str:
    return "https://www.linkedin.com/in/" + name.lower().replace(" ", "-")


def messages_csv(*rows: tuple[str, str, str, str]) -> bytes:
    """Return a messages.csv of Margaret's messages: (direction, person, "YYYY-MM-DD HH:MM",
    text) rows, ``direction`` "out" from her, "in" to her."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for direction, person, when, text in rows:
        sender = ME if direction == "out" else (person, url_of(person))
        to = (person, url_of(person)) if direction == "out" else ME
        thread = f"2-{person.split()[0].lower()}"
        writer.writerow(
            [thread, "", *sender, *to, f"{when}:00 UTC", "", text, "INBOX", "", "No", "No"]
        )
    return out.getvalue().encode()
