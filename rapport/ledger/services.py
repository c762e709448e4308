"""The two-way ledger: log gives and meetings, balances, offers, reminders to give back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from rapidfuzz import fuzz, process

from rapport.contacts.models import Contact
from rapport.core.diagnosis import Action
from rapport.core.errors import InputError, NotFoundError
from rapport.core.offers import Network, Offer, Someone, suggest
from rapport.ledger.models import Give, Introduction
from rapport.meetings.models import KIND_CHOICES, Interaction
from rapport.plan.services import load_plan

GIVE_KINDS = [kind for kind, _ in Give.KIND_CHOICES]
MEETING_KINDS = [kind for kind, _ in KIND_CHOICES if kind != "email"]
#: METHOD.md §6: check in with dormant contacts every 4-8 weeks (our default).
KEEP_IN_TOUCH_DAYS = 42
#: Report back on a referral once it is a week old and you have not been in touch since.
REPORT_BACK_AFTER = timedelta(days=7)


def find_contact(user: Any, name: str) -> Contact:
    """Return the one contact ``name`` means; raise NotFoundError listing candidates."""
    query = " ".join(name.split())
    if not query:
        raise NotFoundError("give a contact's name")
    contacts = Contact.objects.owned_by(user)
    exact: list[Contact] = list(contacts.filter(full_name__iexact=query)[:5])
    found = exact or list(contacts.filter(full_name__icontains=query).order_by("full_name")[:10])
    if len(found) == 1:
        one: Contact = found[0]
        return one
    if found:
        listed = "; ".join(
            f"{c.full_name} ({c.position or '?'}, {c.company_name or '?'}, id {c.pk})"
            for c in found
        )
        raise NotFoundError(
            f"'{query}' matches {len(found)} contacts: {listed}. Use the full name."
        )
    names = list(contacts.values_list("full_name", flat=True)[:50_000])
    close = process.extract(query, names, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    hint = f" Did you mean: {', '.join(c for c, _, _ in close)}?" if close else ""
    raise NotFoundError(f"no contact named '{query}'.{hint}")


def log_give(
    user: Any,
    contact: Contact,
    kind: str,
    note: str,
    when: date,
    today: date,
    interaction: Interaction | None = None,
) -> Give:
    """Record something given to ``contact``; raise InputError (nothing written) on bad input."""
    if kind not in GIVE_KINDS:
        raise InputError(f"kind must be one of {', '.join(GIVE_KINDS)}, not '{kind}'", field="kind")
    if not note.strip():
        raise InputError("say what you gave, e.g. 'sent the FEI dinner dates'", field="note")
    if when > today:
        raise InputError(f"{when} is in the future: log a give once it is given", field="given_on")
    return Give.objects.create(
        owner=user,
        contact=contact,
        kind=kind,
        note=note.strip(),
        given_on=when,
        interaction=interaction,
    )


@transaction.atomic
def log_meeting(
    user: Any,
    contact: Contact,
    when: date,
    *,
    kind: str = "meeting",
    ask: str = "",
    handbill: bool = False,
    referral: str = "",
) -> Interaction:
    """Record a meeting held by hand, with its outcome; what was not said stays unknown."""
    if kind not in MEETING_KINDS:
        raise InputError(
            f"kind must be one of {', '.join(MEETING_KINDS)}, not '{kind}'", field="kind"
        )
    noon = timezone.make_aware(datetime.combine(when, time(12)))
    meeting = Interaction.objects.create(
        owner=user,
        summary=f"{kind.capitalize()} with {contact.full_name}",
        start=noon,
        kind=kind,
        networking=True,
        networking_reason="logged by hand",
        source="manual",
        ask_made=True if ask else None,
        ask_text=ask,
        handbill_given=True if handbill else None,
        referral_received=True if referral else None,
        referral_note=referral,
        outcome_logged_at=timezone.now(),
    )
    meeting.contacts.add(contact)
    if referral:
        try:
            to_contact: Contact | None = find_contact(user, referral)
        except NotFoundError:
            to_contact = None
        Introduction.objects.create(
            owner=user,
            from_contact=contact,
            to_contact=to_contact,
            to_name="" if to_contact else referral,
            interaction=meeting,
            status="promised",
            created_on=when,
        )
    return meeting


def balance(user: Any, contact: Contact) -> dict[str, int]:
    """Return what the user gave ``contact`` and received from them."""
    meetings = Interaction.objects.owned_by(user).filter(contacts=contact)
    received = meetings.aggregate(
        asks=Count("pk", filter=Q(ask_made=True)),
        referrals=Count("pk", filter=Q(referral_received=True)),
    )
    return {
        "given": Give.objects.owned_by(user).filter(contact=contact).count(),
        "asks": received["asks"],
        "referrals": received["referrals"],
        "introductions": Introduction.objects.owned_by(user).filter(from_contact=contact).count(),
    }


def network_balance(user: Any) -> dict[str, int]:
    """Return the whole network's balance: given against asks, referrals and introductions."""
    meetings = Interaction.objects.owned_by(user).networking()
    received = meetings.aggregate(
        asks=Count("pk", filter=Q(ask_made=True)),
        referrals=Count("pk", filter=Q(referral_received=True)),
    )
    return {
        "given": Give.objects.owned_by(user).count(),
        "asks": received["asks"],
        "referrals": received["referrals"],
        "introductions": Introduction.objects.owned_by(user).count(),
    }


def someone(contact: Contact, target_industries: tuple[str, ...] = ()) -> Someone:
    """Return the contact as the offer suggestions see them."""
    industry = contact.company.industry if contact.company else ""
    if contact.in_target_industry and target_industries:
        industry = target_industries[0]
    return Someone(
        id=contact.pk,
        name=contact.full_name,
        company=contact.company_name,
        position=contact.position,
        industry=industry,
        can_hire=contact.can_hire,
        job_seeker=contact.is_job_seeker,
        looking_for=contact.looking_for,
        circles=tuple(contact.circles),
    )


def offers_for(user: Any, contact: Contact) -> list[Offer]:
    """Return what the user could offer ``contact``, with reasons."""
    contacts = Contact.objects.owned_by(user).select_related("company").exclude(pk=contact.pk)
    people: list[Contact] = []
    if contact.looking_for:
        wanted = Q()
        for word in contact.looking_for.split()[:12]:
            if len(word) > 2:
                wanted |= Q(company_name__icontains=word.strip(",.;"))
        people += list(contacts.filter(wanted).exclude(company_name="")[:20])
    if contact.in_target_industry:
        people += list(
            contacts.filter(in_target_industry=True, can_hire=True)
            .exclude(company=contact.company)
            .order_by("-strength", "last_name")[:10]
        )
    seekers = contacts.filter(is_job_seeker=True).exclude(looking_for="")[:50]
    plan = load_plan(user)
    industries = plan.industries
    network = Network(
        people=[someone(p, industries) for p in people],
        job_seekers=[someone(s, industries) for s in seekers],
    )
    return suggest(someone(contact, industries), plan, network)


def reminders(user: Any, today: date, default_days: int = KEEP_IN_TOUCH_DAYS) -> list[Action]:
    """Return pay-it-forward reminders: report back on help received, and keep in touch."""
    actions: list[Action] = []
    now = timezone.make_aware(datetime.combine(today, time(23, 59)))
    helped = (
        Contact.objects.owned_by(user)
        .annotate(
            helped_at=Max("interactions__start", filter=Q(interactions__referral_received=True)),
            last_met=Max("interactions__start"),
            last_give=Max("gives__given_on"),
        )
        .filter(helped_at__isnull=False, helped_at__lte=now - REPORT_BACK_AFTER)
        .order_by("-helped_at")[:20]
    )
    for contact in helped:
        given_since = contact.last_give and contact.last_give >= contact.helped_at.date()
        if (contact.last_met and contact.last_met > contact.helped_at) or given_since:
            continue
        actions.append(
            Action(
                f"Report back to {contact.full_name} on what came of their referral",
                contact_id=contact.pk,
                reason=f"they helped on {contact.helped_at:%d %b}; tell them what you did with it",
            )
        )
    cutoff = now - timedelta(days=default_days)
    dormant = (
        Contact.objects.owned_by(user)
        .annotate(last_met=Max("interactions__start", filter=Q(interactions__cancelled=False)))
        .filter(last_met__isnull=False, last_met__lt=now)
        .filter(
            Q(keep_in_touch_days__isnull=True, last_met__lt=cutoff)
            | Q(keep_in_touch_days__isnull=False)
        )
        .filter(Q(can_hire=True) | Q(in_target_industry=True) | Q(is_connector=True))
        .order_by("-can_hire", "last_met")[:20]
    )
    for contact in dormant:
        days = contact.keep_in_touch_days or default_days
        if contact.last_met > now - timedelta(days=days):
            continue
        offer = offers_for(user, contact)[0].text
        actions.append(
            Action(
                f"Check in with {contact.full_name}: {offer[:1].lower()}{offer[1:]}",
                contact_id=contact.pk,
                reason=f"last met {contact.last_met:%d %b}; give something every {days // 7} weeks",
            )
        )
        if len(actions) >= 6:
            break
    return actions
