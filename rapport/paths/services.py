"""Ways into a target, the ranked target list, outreach logging and the 3B7 routine."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q
from django.urls import reverse

from rapport.accounts.clock import today_for
from rapport.contacts.models import Contact
from rapport.core import outreach as messages
from rapport.core.paths import Path, Person, rank_paths
from rapport.core.plan import PlanData
from rapport.core.targets import TargetFacts
from rapport.handbill.models import Handbill
from rapport.paths.drafts import draft_for
from rapport.paths.models import Outreach
from rapport.paths.network import Gatherer
from rapport.plan.models import TargetCompany
from rapport.plan.services import load_plan

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: An unanswered message older than this drops out of the 3B7 routine.
STALE_DAYS = 60

__all__ = ["due_outreach_actions", "target_rows", "today_for", "ways_in"]


@dataclass(frozen=True)
class WaysIn:
    target: TargetCompany
    paths: list[Path]
    facts: TargetFacts


def _facts(target: TargetCompany, **counts: Any) -> TargetFacts:
    return TargetFacts(
        id=target.pk,
        name=target.name,
        priority=target.priority,
        advocacy=target.advocacy,
        motivation=target.motivation,
        posting=target.posting,
        **counts,
    )


def ways_in(user: User, target: TargetCompany, today: date) -> WaysIn:
    """Return every ranked path into ``target`` (which must be the user's), with its facts."""
    gather = Gatherer(user, today)
    insiders = [gather.person(row) for row in gather.rows(target_company=target)]
    reach = gather.reach()
    people = gather.people(reach.ids([target.name]))
    network = gather.network(target, insiders, reach, gather.connectors(), people)
    paths = rank_paths(network, today)
    met = [p.last_met for p in insiders if p.last_met]
    facts = _facts(
        target,
        contacts=len(insiders),
        can_hire=sum(p.can_hire for p in insiders),
        former=len(network.former),
        knows_someone=len(network.knows_someone),
        introductions=tuple(i.status for i in network.introductions),
        last_met=max(met) if met else None,
        best=paths[0] if paths else None,
    )
    return WaysIn(target, paths, facts)


def target_rows(user: User, today: date) -> list[TargetFacts]:
    """Return every target with its LAMP facts, counts and best way in (plan order).

    Counts are aggregated in the database; see rapport.paths.network for which insiders
    are loaded to find each target's best way in.
    """
    gather = Gatherer(user, today)
    targets = list(
        TargetCompany.objects.owned_by(user)
        .annotate(best_id=gather.best_insider())
        .order_by("position", "id")
    )
    # Counted apart from the targets: joining them to contacts would scan every contact.
    counts = {
        row["target_company_id"]: (row["n"], row["hire"])
        for row in Contact.objects.owned_by(user)
        .filter(target_company__isnull=False)
        .order_by()
        .values("target_company_id")
        .annotate(n=Count("id"), hire=Count("id", filter=Q(can_hire=True)))
    }
    # Everyone met or given something could be the best way in; the rest are cold, and the
    # subquery above found each target's best cold insider.
    warm = set(gather.warmth.last_met) | set(gather.warmth.gives)
    # best_id is annotated by the query above.
    candidates = {best for t in targets if (best := getattr(t, "best_id", None))} | warm
    insiders: dict[int, list[Person]] = defaultdict(list)
    last_met: dict[int, date] = {}
    for row in gather.rows(pk__in=candidates, target_company__isnull=False):
        person = gather.person(row)
        target_id = row["target_company_id"]
        insiders[target_id].append(person)
        if person.last_met and person.last_met > last_met.get(target_id, date.min):
            last_met[target_id] = person.last_met
    reach = gather.reach()
    people = gather.people(reach.ids(t.name for t in targets))
    connectors = gather.connectors()
    rows = []
    for target in targets:
        network = gather.network(target, insiders[target.pk], reach, connectors, people)
        paths = rank_paths(network, today, max_connectors=1)
        rows.append(
            _facts(
                target,
                contacts=counts.get(target.pk, (0, 0))[0],
                can_hire=counts.get(target.pk, (0, 0))[1],
                former=len(network.former),
                knows_someone=len(network.knows_someone),
                introductions=tuple(i.status for i in network.introductions),
                last_met=last_met.get(target.pk),
                best=paths[0] if paths else None,
            )
        )
    return rows


def handbill_link(user: User) -> str:
    """Return the path of the user's public handbill ("/h/<token>/"), or "" when unshared."""
    token = Handbill.objects.filter(owner=user).values_list("share_token", flat=True).first()
    return reverse("handbill-public", kwargs={"token": token}) if token else ""


def log_sent(
    user: User, contact: Contact, target: TargetCompany | None, kind: str, text: str, day: date
) -> Outreach:
    """Record that a message of ``kind`` was sent to ``contact`` on ``day``; return it."""
    return Outreach.objects.create(
        owner=user, contact=contact, target=target, kind=kind, text=text, sent_on=day
    )


@dataclass(frozen=True)
class OutreachAction:
    """A 3B7 step to take: whom to write (None: find someone), what, why, by when."""

    kind: str
    outreach_id: int
    contact_id: int | None
    contact_name: str
    target_id: int | None
    target_name: str
    text: str
    reason: str
    due_on: date
    draft: str


def due_outreach_actions(
    user: User, today: date, horizon_days: int = 0, *, link_base: str = ""
) -> list[OutreachAction]:
    """Return the 3B7 steps due by ``today`` + ``horizon_days``, earliest first.

    ``link_base`` ("https://host") makes the handbill link in drafts absolute.

    No reply 3 business days after a first message: write to a second person at the same
    company (the best way in not yet written to). After 7 business days: one follow-up.
    """
    outreaches = list(
        Outreach.objects.owned_by(user)
        .filter(sent_on__gte=today - timedelta(days=STALE_DAYS), sent_on__lte=today)
        .select_related("contact", "target")
        .order_by("sent_on", "id")
    )
    written: dict[int, list[tuple[int, date]]] = defaultdict(list)
    for row in Outreach.objects.owned_by(user).filter(target__isnull=False, sent_on__isnull=False):
        written[row.target_id or 0].append((row.contact_id, row.sent_on or today))
    plan = load_plan(user) if outreaches else PlanData()
    link = handbill_link(user)
    link = link_base.rstrip("/") + link if link else ""
    paths_of: dict[int, list[Path]] = {}
    actions = []
    for sent in outreaches:
        if sent.replied_on is not None or sent.sent_on is None:
            continue
        target = sent.target
        since = sent.sent_on
        others = [
            c
            for c, day in written.get(sent.target_id or 0, [])
            if c != sent.contact_id and day >= since
        ]
        for due in messages.due_3b7(
            sent_on=sent.sent_on,
            replied_on=sent.replied_on,
            followed_up_on=sent.followed_up_on,
            has_target=target is not None and sent.kind == "first",
            second_person_written=bool(others),
            today=today,
            horizon=horizon_days,
        ):
            if due.kind == "follow_up":
                actions.append(_follow_up(sent, due.due_on, plan))
            elif target is not None:
                if target.pk not in paths_of:
                    paths_of[target.pk] = ways_in(user, target, today).paths
                contacted = {c for c, _ in written[target.pk]}
                actions.append(
                    _second_person(
                        sent, target, due.due_on, paths_of[target.pk], contacted, plan, today, link
                    )
                )
    return sorted(actions, key=lambda a: (a.due_on, a.outreach_id, a.kind))


def _when(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _follow_up(sent: Outreach, due_on: date, plan: PlanData) -> OutreachAction:
    name = sent.contact.full_name
    company = sent.target.name if sent.target else sent.contact.company_name
    return OutreachAction(
        kind="follow_up",
        outreach_id=sent.pk,
        contact_id=sent.contact_id,
        contact_name=name,
        target_id=sent.target_id,
        target_name=sent.target.name if sent.target else "",
        text=f"Follow up once with {name}",
        reason=(f"No reply 7 business days after your message of {_when(sent.sent_on or due_on)}."),
        due_on=due_on,
        draft=messages.follow_up_message(name, company, sent.sent_on or due_on, plan),
    )


def _second_person(
    sent: Outreach,
    target: TargetCompany,
    due_on: date,
    paths: list[Path],
    contacted: set[int],
    plan: PlanData,
    today: date,
    link: str,
) -> OutreachAction:
    for path in paths:
        step = path.action
        if step.person.id is None or step.person.id in contacted:
            continue
        draft = draft_for(path, target.name, plan, today, link)
        return OutreachAction(
            kind="second_person",
            outreach_id=sent.pk,
            contact_id=step.person.id,
            contact_name=step.person.name,
            target_id=target.pk,
            target_name=target.name,
            text=f"Write to {step.person.name}, a second way into {target.name}",
            reason=(
                f"{sent.contact.full_name} has not replied 3 business days after your "
                f"message of {_when(sent.sent_on or due_on)}. {path.reason}"
            ),
            due_on=due_on,
            draft=draft.text if draft else "",
        )
    return OutreachAction(
        kind="second_person",
        outreach_id=sent.pk,
        contact_id=None,
        contact_name="",
        target_id=target.pk,
        target_name=target.name,
        text=f"Find a second person at {target.name}: ask a connector who they know there",
        reason=(
            f"{sent.contact.full_name} has not replied 3 business days after your message "
            f"of {_when(sent.sent_on or due_on)}, and you know no one else there yet."
        ),
        due_on=due_on,
        draft="",
    )
