"""The two-way ledger: log gives and meetings, balances, offers, reminders to give back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Count, Max, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from rapidfuzz import fuzz, process

from rapport.accounts.models import KEEP_IN_TOUCH_DAYS
from rapport.contacts.models import Contact
from rapport.core.companies import company_key
from rapport.core.diagnosis import Action
from rapport.core.errors import AmbiguousError, InputError, NotFoundError
from rapport.core.offers import Network, Offer, Someone, suggest
from rapport.ledger.models import Give, Introduction
from rapport.meetings.models import KIND_CHOICES, Interaction
from rapport.plan.services import load_plan
from rapport.touches.models import Touch

if TYPE_CHECKING:
    from django.contrib.auth.models import User

GIVE_KINDS = [kind for kind, _ in Give.KIND_CHOICES]
MEETING_KINDS = [kind for kind, _ in KIND_CHOICES if kind != "email"]
#: Messages in which someone writes to the user: they know each other.
MESSAGE_CHANNELS = ("linkedin_message", "email")
#: Report back on a referral once it is a week old and you have not been in touch since.
REPORT_BACK_AFTER = timedelta(days=7)


def find_contact(user: User, name: str) -> Contact:
    """Return the one contact ``name`` means (``#12`` means the contact with id 12).

    Raises AmbiguousError listing the contacts with their ids when several answer to the
    name, and NotFoundError (with the closest names) when none does.
    """
    query = " ".join(name.split())
    if not query:
        raise NotFoundError("give a contact's name")
    contacts = Contact.objects.owned_by(user)
    if query.startswith("#"):
        number = query[1:]
        found_by_id: Contact | None = (
            contacts.filter(pk=int(number)).first() if number.isdigit() else None
        )
        if found_by_id is None:
            raise NotFoundError(f"you have no contact with id {query}")
        return found_by_id
    exact: list[Contact] = list(contacts.filter(full_name__iexact=query).order_by("pk")[:10])
    found = exact or list(contacts.filter(full_name__icontains=query).order_by("full_name")[:10])
    if len(found) == 1:
        one: Contact = found[0]
        return one
    if found:
        choices = [(c.pk, contact_label(c)) for c in found]
        listed = "; ".join(f"#{pk} {label}" for pk, label in choices)
        ids = " or ".join(f"#{pk}" for pk, _ in choices[:3])
        how = "Give the one you mean as" if exact else "Use the full name, or give one as"
        raise AmbiguousError(
            f"'{query}' matches {len(found)} contacts: {listed}. {how} {ids}.", choices
        )
    names = list(contacts.values_list("full_name", flat=True)[:50_000])
    close = process.extract(query, names, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    hint = f" Did you mean: {', '.join(c for c, _, _ in close)}?" if close else ""
    raise NotFoundError(f"no contact named '{query}'.{hint}")


def contact_label(contact: Contact) -> str:
    """Return a contact as a person tells two namesakes apart: name, position, company."""
    work = ", ".join(part for part in (contact.position, contact.company_name) if part)
    return f"{contact.full_name} ({work})" if work else contact.full_name


def log_give(
    user: User,
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
    user: User,
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


def balance(user: User, contact: Contact) -> dict[str, int]:
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


def network_balance(user: User) -> dict[str, int]:
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


def known_contacts(user: User, now: datetime) -> QuerySet[Contact]:
    """Return the contacts the user knows: met or messaged before ``now``, or marked known.

    Each carries ``last_touch``, the start of the latest meeting or call with them, and
    ``last_heard``, when they last wrote to the user (a message one way only is not
    knowing someone: a first message may never have been answered).
    """
    touched = Q(interactions__cancelled=False, interactions__start__lte=now)
    heard = Touch.objects.filter(
        contact=OuterRef("pk"), direction="in", channel__in=MESSAGE_CHANNELS, when__lte=now
    ).order_by("-when")
    return (
        Contact.objects.owned_by(user)
        .annotate(
            last_touch=Max("interactions__start", filter=touched),
            last_heard=Subquery(heard.values("when")[:1]),
        )
        .filter(Q(last_touch__isnull=False) | Q(last_heard__isnull=False) | Q(strength__gte=1))
    )


def how_known(contact: Contact) -> str:
    """Return why the user knows ``contact``, for the reason beside an introduction."""
    last = getattr(contact, "last_touch", None)
    if last is not None:
        return f"you last met or wrote to {contact.full_name} on {last:%d %b %Y}"
    heard = getattr(contact, "last_heard", None)
    if heard is not None:
        return f"{contact.full_name} last wrote to you on {heard:%d %b %Y}"
    return f"you marked {contact.full_name} as someone you know"


def someone(contact: Contact, target_industries: tuple[str, ...] = (), known: str = "") -> Someone:
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
        known=known,
    )


class OfferSource:
    """What offer suggestions draw on for one user, gathered once for many contacts."""

    def __init__(self, user: User, now: datetime | None = None) -> None:
        self.user = user
        self.plan = load_plan(user)
        self.known = known_contacts(user, now or timezone.now()).select_related("company")
        industries = self.plan.industries
        # Decision-makers in the target industry whom the user knows, the warmest first:
        # introductions to offer. Strangers are never offered (METHOD.md §5).
        self.deciders = [
            someone(c, industries, how_known(c))
            for c in self.known.filter(in_target_industry=True, can_hire=True).order_by(
                "-strength", "last_name"
            )[:12]
        ]
        self.seekers = [
            someone(c, industries, how_known(c))
            for c in self.known.filter(is_job_seeker=True).exclude(looking_for="")[:50]
        ]

    def offers(self, contact: Contact) -> list[Offer]:
        """Return what the user could offer ``contact``, with reasons."""
        people: list[Someone] = []
        if contact.looking_for:
            wanted = Q()
            for word in contact.looking_for.split()[:12]:
                if len(word) > 2:
                    wanted |= Q(company_name__icontains=word.strip(",.;"))
            matches = self.known.exclude(pk=contact.pk).filter(wanted).exclude(company_name="")[:20]
            people += [someone(c, self.plan.industries, how_known(c)) for c in matches]
        if contact.in_target_industry:
            key = company_key(contact.company_name)
            people += [p for p in self.deciders if company_key(p.company) != key][:10]
        network = Network(people=people, job_seekers=self.seekers)
        return suggest(someone(contact, self.plan.industries), self.plan, network)


def offers_for(user: User, contact: Contact) -> list[Offer]:
    """Return what the user could offer ``contact``, with reasons."""
    return OfferSource(user).offers(contact)


def reminders(user: User, today: date, default_days: int = KEEP_IN_TOUCH_DAYS) -> list[Action]:
    """Return pay-it-forward reminders: report back on help received, and keep in touch.

    The last meeting per person is aggregated over the meeting links (a small table), not
    over every contact, so this stays cheap with 30,000 contacts.
    """
    now = timezone.make_aware(datetime.combine(today, time(23, 59)))
    links = Interaction.contacts.through.objects.filter(
        interaction__owner=user, interaction__cancelled=False, interaction__start__lte=now
    )
    last_met: dict[int, datetime] = dict(
        links.values_list("contact_id").annotate(Max("interaction__start"))
    )
    helped: dict[int, datetime] = dict(
        links.filter(interaction__referral_received=True)
        .values_list("contact_id")
        .annotate(Max("interaction__start"))
    )
    given = Give.objects.owned_by(user).values_list("contact_id")
    last_give: dict[int, date] = dict(given.annotate(Max("given_on")))
    actions = _report_backs(user, now, helped, last_met, last_give)
    # Dormant, not cold: met within the year but not within the keep-in-touch interval.
    dormant = [
        pk
        for pk, at in last_met.items()
        if now - timedelta(days=365) < at < now - timedelta(days=7)
    ]
    dormant.sort(key=lambda pk: last_met[pk], reverse=True)
    contacts = (
        Contact.objects.owned_by(user)
        .filter(pk__in=dormant[:500])
        .filter(Q(can_hire=True) | Q(in_target_industry=True) | Q(is_connector=True))
        .select_related("company")
        .order_by("-can_hire", "last_name")[:50]
    )
    source: OfferSource | None = None
    for contact in contacts:
        days = contact.keep_in_touch_days or default_days
        met = last_met[contact.pk]
        if met > now - timedelta(days=days):
            continue
        source = source or OfferSource(user)
        offer = source.offers(contact)[0].text
        actions.append(
            Action(
                f"Check in with {contact.full_name}: {offer[:1].lower()}{offer[1:]}",
                contact_id=contact.pk,
                reason=f"last met {met:%d %b}; give something every {days // 7} weeks",
            )
        )
        if len(actions) >= 6:
            break
    return actions


def _report_backs(
    user: User,
    now: datetime,
    helped: dict[int, datetime],
    last_met: dict[int, datetime],
    last_give: dict[int, date],
) -> list[Action]:
    """Return "report back" reminders for people whose referral has had no reply since."""
    due = [
        pk
        for pk, at in helped.items()
        if at <= now - REPORT_BACK_AFTER
        and last_met.get(pk, at) <= at
        and not (last_give.get(pk) and last_give[pk] >= at.date())
    ]
    due.sort(key=lambda pk: helped[pk], reverse=True)
    names = dict(
        Contact.objects.owned_by(user).filter(pk__in=due[:10]).values_list("pk", "full_name")
    )
    return [
        Action(
            f"Report back to {names[pk]} on what came of their referral",
            contact_id=pk,
            reason=f"they helped on {helped[pk]:%d %b}; tell them what you did with it",
        )
        for pk in due[:10]
        if pk in names
    ]
