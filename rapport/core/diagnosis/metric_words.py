"""The diagnosis's numbers in words: the keys stay for ``--json``, people read the labels."""

from __future__ import annotations

from collections.abc import Mapping

METRIC_WORDS = {
    "meetings": "Networking meetings",
    "meetings_with_target_industry": "Meetings with people in your target industry",
    "meetings_with_target_companies": "Meetings with people at your target companies",
    "meetings_with_decision_makers": "Meetings with people who could hire you",
    "meetings_with_job_seekers": "Meetings with fellow job seekers",
    "meetings_with_connectors": "Meetings with connectors",
    "meetings_with_recruiters": "Meetings with recruiters",
    "asks": "Meetings where you asked for help",
    "referrals": "Meetings that brought a referral",
    "handbills_given": "Meetings where you gave your handbill",
    "contacts": "Contacts",
    "contacts_at_target_companies": "Contacts at your target companies",
    "target_companies": "Target companies",
    "target_companies_with_contacts": "Target companies where you know someone",
    "gives": "Things you gave",
}


def labelled(metrics: Mapping[str, int]) -> list[tuple[str, int]]:
    """Return ``metrics`` as (label, value) rows, in the order the metrics were counted."""
    return [(METRIC_WORDS[name], value) for name, value in metrics.items()]
