"""The network the user already has: people at targets never met, targets with nobody."""

from __future__ import annotations

from rapport.core.diagnosis.model import Action, Facts, Finding, Severity
from rapport.core.diagnosis.registry import RuleDoc, rule
from rapport.core.diagnosis.share import names, percent, plural, share
from rapport.core.outreach import advice_request, introduction_request


@rule(
    "untapped-target-contacts",
    title="You know people at your target companies and have not met them",
    why=(
        "The warmest way into a company is someone you already know there, who can speak "
        "for you; a message to a connection is answered far more often than a cold one."
    ),
    fix="Write to the people you know at your targets this week, decision-makers first.",
    measures="Contacts at target companies never met, and the share of them met at least once.",
)
def untapped_target_contacts(facts: Facts, doc: RuleDoc) -> Finding | None:
    total = facts.metrics["contacts_at_target_companies"]
    if not facts.untapped_count or not total:
        return None
    met_share = share(facts.target_contacts_met, total)
    deciders = [p for p in facts.untapped if p.can_hire]
    meeting_deciders = facts.metrics["meetings_with_decision_makers"] > 0
    if met_share >= facts.threshold("target_contacts_met_share") and (
        meeting_deciders or not deciders
    ):
        return None
    actions = [
        Action(
            f"Write to {p.label()}",
            contact_id=p.id,
            reason=(
                "could hire you, and you have never met"
                if p.can_hire
                else f"knows {p.target_company} from the inside"
            ),
            draft=advice_request(p.name, p.position, p.company, facts.plan),
        )
        for p in facts.untapped[:5]
    ]
    lead = (
        f" including {names([p.name for p in deciders])}, who could hire you," if deciders else ""
    )
    return doc.finding(
        "error" if deciders and not meeting_deciders else "warning",
        f"You know {plural(total, 'person', 'people')} at your target companies{lead} and "
        f"have met {percent(facts.target_contacts_met, total)} of them.",
        [p.label() for p in facts.untapped[:15]],
        actions,
    )


@rule(
    "uncovered-targets",
    title="Some target companies have nobody you know",
    why=(
        "For a company where you know no one, a connector can: people outside your industry "
        "often know someone at the company."
    ),
    fix="Show your target list to connectors and ask who they know at these companies.",
    measures="Target companies where no contact works.",
)
def uncovered_targets(facts: Facts, doc: RuleDoc) -> Finding | None:
    if not facts.uncovered:
        return None
    total = facts.metrics["target_companies"]
    uncovered = len(facts.uncovered)
    wide = share(uncovered, total) > facts.threshold("uncovered_share_warning")
    severity: Severity = "warning" if wide else "info"
    actions = [
        Action(
            f"Ask {p.label()} who they know at {names(facts.uncovered, 2)}",
            contact_id=p.id,
            reason="a connector: knows people across many circles",
            draft=introduction_request(p.name, facts.uncovered, facts.plan),
        )
        for p in facts.connectors[:3]
    ]
    if not actions:
        actions = [
            Action(
                "Tag the community leaders you know as connectors (church, chamber, associations)"
            )
        ]
    return doc.finding(
        severity,
        f"{percent(uncovered, total)} target companies have no one you know: "
        f"{names(facts.uncovered, 5)}.",
        facts.uncovered[:20],
        actions,
    )
