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
    "booster": (
        "How people answer a first message (Steve Dalton, The 2-Hour Job Search): a booster "
        "replies within 3 business days, an obligate replies later, a curmudgeon not at all; "
        "Rapport waits 7 business days before calling anyone a curmudgeon."
    ),
    "TIARA": (
        "TIARA: ask about Trends, Insights, Advice, Resources and Assignments, not for a job."
    ),
}
