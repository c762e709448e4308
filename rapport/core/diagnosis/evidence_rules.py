"""What only the user's messages show: first messages nobody answers, meetings never thanked.

These rules stay silent until messages are imported (``rapport import`` of LinkedIn's
archive): without them there is nothing to judge, and nothing is assumed.
"""

from __future__ import annotations

from rapport.core.diagnosis.model import Action, Facts, Finding
from rapport.core.diagnosis.registry import RuleDoc, rule
from rapport.core.diagnosis.share import percent, share


@rule(
    "no-replies",
    title="Your first messages rarely get a reply",
    why=(
        "A fifth to two fifths of cold first messages normally get an answer; "
        "far fewer means the message, or who it goes to, needs to change."
    ),
    fix=(
        "Keep first messages under 100 words: the connection first, more about them than you, "
        "ask for advice rather than a job, and end with a question."
    ),
    measures="Share of first messages in the window answered by the same person.",
    needs_plan=False,
)
def no_replies(facts: Facts, doc: RuleDoc) -> Finding | None:
    evidence = facts.evidence
    sent, replied = evidence.outreach_sent, evidence.outreach_replied
    if sent < facts.threshold("min_outreach"):
        return None
    if share(replied, sent) >= facts.threshold("reply_rate"):
        return None
    median = evidence.median_reply_business_days
    pace = f"; replies came after {median:g} business days (median)" if median is not None else ""
    return doc.finding(
        "warning",
        f"{percent(replied, sent)} first messages were answered{pace}. {facts.rests_on()}".strip(),
        evidence.unanswered[:10],
        [Action("Rewrite your first message with Rapport's outreach check before sending more")],
    )


@rule(
    "thank-you-missing",
    title="Meetings pass without a thank-you",
    why=(
        "A thank-you within a day keeps a contact helping, and it is the moment to send your "
        "target list."
    ),
    fix="Send a thank-you the same day as each meeting, with your handbill attached.",
    measures=(
        "Share of meetings your messages tell about with a thank-you within a week, on time "
        "or late."
    ),
    needs_plan=False,
)
def thank_you_missing(facts: Facts, doc: RuleDoc) -> Finding | None:
    evidence = facts.evidence
    covered, thanked = evidence.covered_meetings, evidence.meetings_with_thank_you
    if covered < facts.threshold("min_logged"):
        return None
    if share(thanked, covered) >= facts.threshold("thank_you_share"):
        return None
    late = f", {evidence.thank_yous_late} of them late" if evidence.thank_yous_late else ""
    measured = f"A thank-you followed {percent(thanked, covered)} meetings{late}."
    return doc.finding(
        "warning",
        f"{measured} {facts.rests_on()}".strip(),
        [m.label() for m in evidence.no_thank_you_meetings[:10]],
        [Action("Send a thank-you today to the people you met this week")],
    )
