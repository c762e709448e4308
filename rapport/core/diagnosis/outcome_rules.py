"""What came of the meetings: asks, handbills, gives, thank-yous, and what is not logged.

Every rule here needs logged outcomes. With too few, it reports "unknown" and asks for
the data (METHOD.md §2: missing data is not bad news).
"""

from __future__ import annotations

from rapport.core.diagnosis.model import Action, Facts, Finding, MeetingRef
from rapport.core.diagnosis.registry import RuleDoc, rule
from rapport.core.diagnosis.share import percent, plural, share

LOG_ACTION = Action("Log what came of your last meetings: the ask, the handbill, what you gave")


def _too_few_logged(facts: Facts, doc: RuleDoc) -> Finding | None:
    logged = facts.outcomes.logged
    if logged >= facts.threshold("min_logged"):
        return None
    if not facts.metrics["meetings"]:
        return None
    how = "logged or shown by your messages" if facts.evidence.sources else "logged"
    return doc.finding(
        "info",
        f"Unknown: {logged} of {plural(facts.metrics['meetings'], 'meeting')} "
        f"{'has' if logged == 1 else 'have'} an outcome {how}.",
        actions=[LOG_ACTION],
        unknown=True,
    )


@rule(
    "no-handbill",
    title="Contacts leave your meetings without your target list",
    why=(
        "A handbill, or even a simple list of target companies, lets a contact search their "
        "memory for people to introduce you to."
    ),
    fix="Bring or send your one-page handbill to every meeting and ask 'do you know anyone here?'",
    measures="Share of logged meetings where the handbill was given.",
)
def no_handbill(facts: Facts, doc: RuleDoc) -> Finding | None:
    return _logged_share(
        facts,
        doc,
        (facts.outcomes.handbills, facts.outcomes.no_handbills),
        "handbill_share",
        "The handbill was given in {} meetings where you logged it.",
        facts.no_handbill_meetings,
        Action("Print your handbill and send it after each of this week's meetings"),
    )


@rule(
    "no-asks",
    title="Your meetings end without a specific ask",
    why=(
        "If people know precisely what you want they can help, even outside your field "
        "(the bongo-drum story: a friend who knows nothing of drums still knows whom to ask)."
    ),
    fix="End every meeting with one specific ask: a name, an introduction, a piece of advice.",
    measures="Share of logged meetings with a specific ask.",
)
def no_asks(facts: Facts, doc: RuleDoc) -> Finding | None:
    return _logged_share(
        facts,
        doc,
        (facts.outcomes.asks, facts.outcomes.no_asks),
        "ask_share",
        "You made a specific ask in {} meetings where you logged it.",
        facts.no_ask_meetings,
        Action("Write down the one ask for each meeting on your calendar this week"),
    )


def _logged_share(
    facts: Facts,
    doc: RuleDoc,
    yes_no: tuple[int, int],
    threshold: str,
    measured: str,
    evidence: list[MeetingRef],
    action: Action,
) -> Finding | None:
    """Fire when the logged "yes" answers are below ``threshold`` of all logged answers."""
    unknown = _too_few_logged(facts, doc)
    if unknown:
        return unknown
    yes, no = yes_no
    if not yes + no or share(yes, yes + no) >= facts.threshold(threshold):
        return None
    return doc.finding(
        "warning",
        _with_sources(measured.format(percent(yes, yes + no)), facts),
        [m.label() for m in evidence[:10]],
        [action],
    )


def _with_sources(measured: str, facts: Facts) -> str:
    """Return ``measured`` followed by what it rests on, when messages count too."""
    sources = facts.rests_on()
    return f"{measured} {sources}" if sources else measured


@rule(
    "one-way-street",
    title="You are taking more than you give",
    why=(
        "Networking is a two-way street: people help those who help them, and many are glad "
        "to pay it forward when you do too."
    ),
    fix="Before each meeting, prepare one thing to offer: information, an event, an introduction.",
    measures="Asks made and referrals received against things given.",
)
def one_way_street(facts: Facts, doc: RuleDoc) -> Finding | None:
    takes = facts.outcomes.asks + facts.outcomes.referrals
    if takes < facts.threshold("min_takes"):
        if facts.outcomes.logged < facts.threshold("min_logged") and not facts.gives:
            return _too_few_logged(facts, doc)
        return None
    if facts.gives and takes / facts.gives <= facts.threshold("take_give_ratio"):
        return None
    return doc.finding(
        "warning",
        _with_sources(
            f"{plural(takes, 'ask or referral', 'asks and referrals')} received, "
            f"{plural(facts.gives, 'thing')} given.",
            facts,
        ),
        actions=[
            Action("Send one useful article, event or introduction to someone who helped you")
        ],
    )


@rule(
    "no-follow-up",
    title="Thank-yous and follow-ups are late",
    why=(
        "A thank-you within a day, and a report back on what you did with the advice, keep a "
        "contact helping."
    ),
    fix="Send thank-yous the same day; clear overdue follow-ups first thing this week.",
    measures="Thank-yous sent later than a day after the meeting; follow-ups past their date.",
)
def no_follow_up(facts: Facts, doc: RuleDoc) -> Finding | None:
    late, on_time = facts.outcomes.thank_yous_late, facts.outcomes.thank_yous_on_time
    overdue = facts.overdue_follow_ups
    if not overdue and not late:
        if not on_time and facts.outcomes.logged < facts.threshold("min_logged"):
            return _too_few_logged(facts, doc)
        return None
    parts = []
    if late:
        parts.append(f"{percent(late, late + on_time)} thank-yous went out after more than a day")
    if overdue:
        parts.append(f"{plural(len(overdue), 'follow-up')} overdue")
    return doc.finding(
        "warning",
        _with_sources("; ".join(parts) + ".", facts),
        [f"{what}, due {due:%d %b}" for what, due in overdue[:10]],
        [Action(f"Follow up with {what}") for what, _ in overdue[:3]]
        or [Action("Send this week's thank-yous the same day as the meeting")],
    )


@rule(
    "outcomes-unlogged",
    title="Most meetings have no outcome logged",
    why=(
        "Without outcomes Rapport cannot tell whether you asked, gave or were referred, so "
        "those verdicts read 'unknown' instead of guessing."
    ),
    fix="Log each meeting's outcome in a few seconds on the Meetings page.",
    measures="Share of networking meetings in the window with no outcome logged.",
    needs_plan=False,
)
def outcomes_unlogged(facts: Facts, doc: RuleDoc) -> Finding | None:
    meetings = facts.metrics["meetings"]
    unlogged = meetings - facts.outcomes.logged
    if meetings < facts.threshold("min_logged") or share(unlogged, meetings) < facts.threshold(
        "unlogged_share"
    ):
        return None
    return doc.finding(
        "info",
        f"{percent(unlogged, meetings)} networking meetings have no outcome logged.",
        [m.label() for m in facts.unlogged_meetings[:10]],
        [LOG_ACTION],
    )
