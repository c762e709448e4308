"""The method's short names, each with the one line that explains it where it appears."""

from __future__ import annotations

GLOSSARY = {
    "LAMP": (
        "A LAMP list ranks your target companies by Advocacy (do you know someone there), "
        "Motivation (how much you want to work there) and Posting (is there an opening)."
    ),
    "3B7": (
        "3B7: with no reply 3 business days after a message, write to a second person at the "
        "company; after 7, follow up once with the first."
    ),
    "TIARA": (
        "TIARA: ask about Trends, Insights, Advice, Resources and Assignments, not for a job."
    ),
}
