"""The meeting prep sheet: who they are, your history, what to ask, what to offer."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from rapport.contacts.judging import Judge, reasons_for
from rapport.contacts.models import Contact
from rapport.contacts.presenters import judgment_rows
from rapport.core.prep import ROLE_LABELS, questions, role_of
from rapport.core.prep import Person as PrepPerson
from rapport.handbill.models import Handbill
from rapport.ledger.models import Give, Introduction
from rapport.ledger.services import balance, offers_for
from rapport.meetings.models import Interaction
from rapport.plan.models import TargetCompany
from rapport.plan.services import load_plan

if TYPE_CHECKING:
    from django.contrib.auth.models import User


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


def prep_sheet(user: User, meeting: Interaction, now: datetime | None = None) -> dict[str, Any]:
    """Return the template context of the prep sheet for ``meeting``.

    History is the past only: meetings before this one and before ``now``, never this
    meeting or later ones. The meeting itself comes with its context: who introduced
    the person, what was asked and promised before.
    """
    plan = load_plan(user)
    before = min(meeting.start, now or timezone.now())
    people = []
    judge = Judge(user)
    for contact in meeting.contacts.select_related("company", "target_company"):
        history = list(
            Interaction.objects.owned_by(user)
            .filter(contacts=contact, start__lt=before, cancelled=False)
            .exclude(pk=meeting.pk)
            .order_by("-start")[:10]
        )
        role = role_of(
            PrepPerson(
                company=contact.company_name,
                job_seeker=contact.is_job_seeker,
                can_hire=contact.can_hire,
                at_target=contact.target_company_id is not None,
                in_target_industry=bool(contact.in_target_industry),
                connector=contact.is_connector,
            )
        )
        people.append(
            {
                "contact": contact,
                "role": ROLE_LABELS[role],
                "judgments": judgment_rows(contact, reasons_for(user, contact, judge)),
                "history": history,
                "asked_before": [m for m in history if m.ask_text or m.referral_note],
                "introduced_by": Introduction.objects.owned_by(user)
                .filter(to_contact=contact)
                .select_related("from_contact")
                .order_by("-created_on")
                .first(),
                "gives": Give.objects.owned_by(user).filter(contact=contact)[:10],
                "introductions": Introduction.objects.owned_by(user).filter(from_contact=contact)[
                    :10
                ],
                "balance": balance(user, contact),
                "ask_about": targets_they_may_know(user, contact),
                "offers": offers_for(user, contact),
                "questions": questions(role, plan, contact.company_name),
            }
        )
    handbill = Handbill.objects.filter(owner=user).first()
    shared = handbill is not None and bool(handbill.share_token)
    link = f"/h/{handbill.share_token}/" if handbill and shared else ""
    return {"meeting": meeting, "people": people, "plan": plan, "handbill_link": link}
