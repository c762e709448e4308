"""Ways into a target, the ranked target list and outreach logging (3B7 steps: ``routine``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q
from django.urls import reverse

from rapport.accounts.clock import today_for
from rapport.contacts.models import Contact
from rapport.core.paths import Path, Person, rank_paths
from rapport.core.targets import TargetFacts
from rapport.handbill.models import Handbill
from rapport.paths.models import Outreach
from rapport.paths.network import Gatherer
from rapport.plan.models import TargetCompany

if TYPE_CHECKING:
    from django.contrib.auth.models import User

__all__ = ["target_rows", "today_for", "ways_in"]


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
