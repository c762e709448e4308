"""The 3B7 routine (METHOD.md §6): the steps due after each first message, closed by replies.

A first message is logged on the paths page or read from the user's messages. With no
reply after 3 business days, write to a second person at the same company; after 7, follow
up once. A reply in the user's messages closes the steps by itself, and so does a later
message of theirs to the same person (the follow-up) or to someone else there.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.urls import reverse

from rapport.accounts.clock import workspace_zone
from rapport.contacts.models import Contact
from rapport.core import outreach as messages
from rapport.core.paths import Path
from rapport.core.plan import PlanData
from rapport.core.replies import LOGGED, Note, first_answer, local_day, message_words, next_message
from rapport.meetings.queries import local_midnight
from rapport.paths.drafts import draft_for
from rapport.paths.models import Outreach
from rapport.paths.replies import notes_for
from rapport.paths.services import handbill_link, ways_in
from rapport.plan.models import TargetCompany
from rapport.plan.services import load_plan
from rapport.touches.models import Touch

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from django.contrib.auth.models import User

#: An unanswered message older than this drops out of the 3B7 routine.
STALE_DAYS = 60


@dataclass(frozen=True)
class OutreachAction:
    """A 3B7 step to take: whom to write (None: find someone), what, why, by when.

    The first message is either logged on the paths page (``outreach_id``) or read from
    the user's messages (``touch_id``).
    """

    kind: str
    outreach_id: int | None
    contact_id: int | None
    contact_name: str
    target_id: int | None
    target_name: str
    text: str
    reason: str
    due_on: date
    draft: str
    touch_id: int | None = None

    @property
    def uid(self) -> str:
        """Return a name for the step that stays the same from day to day (calendar feeds)."""
        if self.outreach_id is not None:
            return f"{self.kind}-{self.outreach_id}"
        return f"{self.kind}-t{self.touch_id}"

    @property
    def replied_url(self) -> str:
        """Return where "they replied" is posted."""
        return self._done_url("replied")

    @property
    def followed_up_url(self) -> str:
        """Return where "I sent the follow-up" is posted."""
        return self._done_url("followed-up")

    def _done_url(self, field: str) -> str:
        if self.outreach_id is not None:
            return reverse(f"outreach-{field}", args=[self.outreach_id])
        return reverse(f"touch-outreach-{field}", args=[self.touch_id])


@dataclass(frozen=True)
class _Sent:
    """A first message waiting for its 3B7 steps, logged or read from the user's messages."""

    note: Note
    contact: Contact
    target: TargetCompany | None
    has_target: bool
    replied_on: date | None = None
    followed_up_on: date | None = None
    outreach_id: int | None = None
    touch_id: int | None = None


def _first_messages(user: User, today: date, zone: ZoneInfo) -> list[_Sent]:
    """Return the first messages of the last STALE_DAYS: logged ones, then read ones.

    A first message read from the user's messages counts when it went to someone at a
    target company and no message to them was logged that day or since (the user's own
    record wins, and "they replied" on a read message logs one).
    """
    since = today - timedelta(days=STALE_DAYS)
    logged = list(
        Outreach.objects.owned_by(user)
        .filter(sent_on__gte=since, sent_on__lte=today)
        .select_related("contact", "target")
        .order_by("sent_on", "id")
    )
    latest_logged: dict[int, date] = {}
    for contact_id, sent_on in (
        Outreach.objects.owned_by(user)
        .filter(sent_on__gte=since)
        .values_list("contact_id", "sent_on")
    ):
        if sent_on is not None:
            latest_logged[contact_id] = max(sent_on, latest_logged.get(contact_id, sent_on))
    found = [
        _Sent(
            note=Note(local_midnight(row.sent_on or today, zone), "out", LOGGED, True, row.pk),
            contact=row.contact,
            target=row.target,
            has_target=row.target is not None and row.kind == "first",
            replied_on=row.replied_on,
            followed_up_on=row.followed_up_on,
            outreach_id=row.pk,
        )
        for row in logged
    ]
    read = (
        Touch.objects.owned_by(user)
        .filter(
            direction="out",
            contact__target_company__isnull=False,
            when__gte=local_midnight(since, zone),
            when__lt=local_midnight(today + timedelta(days=1), zone),
        )
        .select_related("contact", "contact__target_company")
        .order_by("when", "id")
    )
    for touch in read:
        day = local_day(touch.when, zone)
        contact = touch.contact
        if (
            contact is None
            or "outreach" not in (touch.signals or ())
            or latest_logged.get(contact.pk, date.min) >= day
        ):
            continue
        note = Note(touch.when, "out", touch.channel, True, touch.pk)
        found.append(_Sent(note, contact, contact.target_company, True, touch_id=touch.pk))
    return found


def _written(user: User, since: date, zone: ZoneInfo) -> dict[int, list[tuple[int, date]]]:
    """Return, per target id, who at that company the user wrote to since ``since``, and when."""
    written: dict[int, list[tuple[int, date]]] = defaultdict(list)
    for row in Outreach.objects.owned_by(user).filter(target__isnull=False, sent_on__isnull=False):
        written[row.target_id or 0].append((row.contact_id, row.sent_on or since))
    for contact_id, target_id, when in (
        Touch.objects.owned_by(user)
        .filter(
            direction="out",
            contact__target_company__isnull=False,
            when__gte=local_midnight(since, zone),
        )
        .values_list("contact_id", "contact__target_company_id", "when")
    ):
        written[target_id].append((contact_id, local_day(when, zone)))
    return written


def due_outreach_actions(
    user: User, today: date, horizon_days: int = 0, *, link_base: str = ""
) -> list[OutreachAction]:
    """Return the 3B7 steps due by ``today`` + ``horizon_days``, earliest first.

    ``link_base`` ("https://host") makes the handbill link in drafts absolute.

    No reply 3 business days after a first message: write to a second person at the same
    company (the best way in not yet written to). After 7 business days: one follow-up.
    A reply in the user's messages closes the steps, and so does a later message of
    theirs to the same person (the follow-up) or to someone else there (the second person).
    """
    zone = workspace_zone(user)
    first = _first_messages(user, today, zone)
    if not first:
        return []
    written = _written(user, min(local_day(s.note.when, zone) for s in first), zone)
    notes = notes_for(user, {s.contact.pk for s in first}, zone)
    plan = load_plan(user)
    link = handbill_link(user)
    link = link_base.rstrip("/") + link if link else ""
    paths_of: dict[int, list[Path]] = {}
    actions = []
    for sent in first:
        theirs = notes.get(sent.contact.pk, [])
        reply = first_answer(sent.note, theirs)
        if sent.replied_on is not None or reply is not None:
            continue
        follow = next_message(sent.note, theirs, zone)
        target = sent.target
        day = local_day(sent.note.when, zone)
        others = [
            c
            for c, on in written.get(target.pk if target else 0, [])
            if c != sent.contact.pk and on >= day
        ]
        for due in messages.due_3b7(
            sent_on=day,
            replied_on=None,
            followed_up_on=sent.followed_up_on
            or (local_day(follow.when, zone) if follow else None),
            has_target=sent.has_target,
            second_person_written=bool(others),
            today=today,
            horizon=horizon_days,
        ):
            message = message_words(sent.note, zone)
            if due.kind == "follow_up":
                actions.append(_follow_up(sent, due.due_on, plan, message, day))
            elif target is not None:
                if target.pk not in paths_of:
                    paths_of[target.pk] = ways_in(user, target, today).paths
                contacted = {c for c, _ in written[target.pk]} | {sent.contact.pk}
                actions.append(
                    _second_person(
                        sent,
                        target,
                        due.due_on,
                        paths_of[target.pk],
                        contacted,
                        plan,
                        today,
                        link,
                        message,
                    )
                )
    return sorted(actions, key=lambda a: (a.due_on, a.uid))


def _follow_up(
    sent: _Sent, due_on: date, plan: PlanData, message: str, sent_on: date
) -> OutreachAction:
    name = sent.contact.full_name
    company = sent.target.name if sent.target else sent.contact.company_name
    return OutreachAction(
        kind="follow_up",
        outreach_id=sent.outreach_id,
        touch_id=sent.touch_id,
        contact_id=sent.contact.pk,
        contact_name=name,
        target_id=sent.target.pk if sent.target else None,
        target_name=sent.target.name if sent.target else "",
        text=f"Follow up once with {name}",
        reason=f"No reply 7 business days after {message}.",
        due_on=due_on,
        draft=messages.follow_up_message(name, company, sent_on, plan),
    )


def _second_person(
    sent: _Sent,
    target: TargetCompany,
    due_on: date,
    paths: list[Path],
    contacted: set[int],
    plan: PlanData,
    today: date,
    link: str,
    message: str,
) -> OutreachAction:
    waited = f"{sent.contact.full_name} has not replied 3 business days after {message}"
    for path in paths:
        step = path.action
        if step.person.id is None or step.person.id in contacted:
            continue
        draft = draft_for(path, target.name, plan, today, link)
        return OutreachAction(
            kind="second_person",
            outreach_id=sent.outreach_id,
            touch_id=sent.touch_id,
            contact_id=step.person.id,
            contact_name=step.person.name,
            target_id=target.pk,
            target_name=target.name,
            text=f"Write to {step.person.name}, a second way into {target.name}",
            reason=f"{waited}. {path.reason}",
            due_on=due_on,
            draft=draft.text if draft else "",
        )
    return OutreachAction(
        kind="second_person",
        outreach_id=sent.outreach_id,
        touch_id=sent.touch_id,
        contact_id=None,
        contact_name="",
        target_id=target.pk,
        target_name=target.name,
        text=f"Find a second person at {target.name}: ask a connector who they know there",
        reason=f"{waited}, and you know no one else there yet.",
        due_on=due_on,
        draft="",
    )
