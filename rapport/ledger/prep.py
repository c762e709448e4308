"""The meeting prep sheet: who they are, your history, what to ask, what to offer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rapport.contacts.judging import Judge, reasons_for
from rapport.contacts.models import Contact
from rapport.contacts.presenters import judgment_rows
from rapport.handbill.models import Handbill
from rapport.ledger.models import Give, Introduction
from rapport.ledger.services import balance, offers_for
from rapport.meetings.models import Interaction
from rapport.plan.models import TargetCompany
from rapport.plan.services import load_plan

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: TIARA: Trends, Insights, Advice, Resources, Assignments (METHOD.md §6).
TIARA = (
    ("Trends", "What trends are you seeing in {industry} right now?"),
    ("Insights", "What surprised you most when you joined {company}?"),
    ("Advice", "If you were in my shoes, aiming for {position}, what would you do next?"),
    ("Resources", "Which people, groups or events should I know about?"),
    ("Assignments", "Is there a problem I could look into, or something I could send you?"),
)


def targets_they_may_know(user: User, contact: Contact) -> list[str]:
    """Return target companies this person may know people at, most likely first."""
    targets = list(TargetCompany.objects.owned_by(user).ranked().values_list("name", "industry"))
    names: list[str] = []
    former = {c.old_company.lower() for c in contact.job_changes.all() if c.old_company}
    for name, _industry in targets:
        if name.lower() in former and name not in names:
            names.append(name)
    if contact.in_target_industry:
        # Insiders know their competitors and suppliers: the rest of the target list.
        names += [n for n, _ in targets if n not in names and n != contact.company_name][:8]
    return names


def prep_sheet(user: User, meeting: Interaction) -> dict[str, Any]:
    """Return the template context of the prep sheet for ``meeting``."""
    plan = load_plan(user)
    people = []
    judge = Judge(user)
    for contact in meeting.contacts.select_related("company", "target_company"):
        history = (
            Interaction.objects.owned_by(user)
            .filter(contacts=contact)
            .exclude(pk=meeting.pk)
            .order_by("-start")[:10]
        )
        people.append(
            {
                "contact": contact,
                "judgments": judgment_rows(contact, reasons_for(user, contact, judge)),
                "history": history,
                "gives": Give.objects.owned_by(user).filter(contact=contact)[:10],
                "introductions": Introduction.objects.owned_by(user).filter(from_contact=contact)[
                    :10
                ],
                "balance": balance(user, contact),
                "ask_about": targets_they_may_know(user, contact),
                "offers": offers_for(user, contact),
                "questions": [
                    (
                        label,
                        question.format(
                            industry=(plan.industries or ("your field",))[0],
                            company=contact.company_name or "your organisation",
                            position=(plan.positions or ("my next role",))[0],
                        ),
                    )
                    for label, question in TIARA
                ],
            }
        )
    handbill = Handbill.objects.filter(owner=user).first()
    link = f"/h/{handbill.share_token}/" if handbill and handbill.share_token else "/handbill/"
    return {"meeting": meeting, "people": people, "plan": plan, "handbill_link": link}
