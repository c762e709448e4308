"""A contact as pages show it: each judgment in words, with its reason.

Used by the contact page, the offer page and the prep sheet, so it lives here and not in
a view module that other apps would have to import.
"""

from __future__ import annotations

from typing import Any

from rapport.contacts.models import Contact
from rapport.core.titles import FUNCTION_WORDS, SENIORITY_WORDS


def judgment_rows(contact: Contact, reasons: dict[str, str]) -> list[dict[str, Any]]:
    """Return each judgment with its value in words, its reason and whether it is overridden.

    ``reasons`` come from ``rapport.contacts.judging.reasons_for``.
    """
    target = contact.target_company
    values = {
        "target_company": target.name if target else "none",
        "in_target_industry": {True: "yes", False: "no", None: "unknown"}[
            contact.in_target_industry
        ],
        "seniority": SENIORITY_WORDS.get(contact.seniority, "unknown"),
        "function": FUNCTION_WORDS[contact.function or "other"],
        "can_hire": "yes" if contact.can_hire else "no",
        "recruiter": "yes" if contact.is_recruiter else "no",
        "job_seeker": "yes" if contact.is_job_seeker else "no",
        "connector": "yes" if contact.is_connector else "no",
    }
    labels = {
        "target_company": "Target company",
        "in_target_industry": "In your target industry",
        "seniority": "Seniority",
        "function": "Function",
        "can_hire": "Could hire you",
        "recruiter": "Recruiter (gatekeeper)",
        "job_seeker": "Job seeker",
        "connector": "Connector",
    }
    return [
        {
            "name": name,
            "label": labels[name],
            "value": value,
            "reason": reasons.get(name, ""),
            "overridden": name in (contact.overrides or {}),
        }
        for name, value in values.items()
    ]
