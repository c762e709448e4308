"""Importing e-mail: linked by address, the plan's address says who the user is, undone whole."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth.models import User

from rapport.contacts.models import Contact
from rapport.import_page.services import import_bytes
from rapport.import_page.undo import undo_import
from rapport.plan.models import Plan
from rapport.touches.models import Touch

MAIL = Path(__file__).resolve().parents[1] / "data" / "mail"


def test_a_mailbox_links_touches_by_e_mail_address(alice: User) -> None:
    nadia = Contact.objects.create(
        owner=alice, full_name="N. Haddad", emails=["Nadia@Hooli.example"]
    )
    run = import_bytes(alice, (MAIL / "takeout.mbox").read_bytes(), "takeout.mbox")
    assert run.format == "email"
    assert run.counts["read"] == run.counts["new"] + run.counts["skipped"] == 9
    kinds = list(
        Touch.objects.filter(owner=alice, contact=nadia)
        .order_by("when")
        .values_list("kind", flat=True)
    )
    assert kinds == ["ask", "reply", "thank_you", "give"]
    assert Touch.objects.get(owner=alice, contact=nadia, kind="reply").reply_days == 2


def test_the_plans_address_says_who_the_user_is_in_a_single_message(alice: User) -> None:
    Plan.objects.create(owner=alice, email="alex.rivera@example.com")
    run = import_bytes(alice, (MAIL / "reply.eml").read_bytes(), "reply.eml")
    assert run.notes[0].startswith("You are alex.rivera@example.com (from your plan)")
    (touch,) = Touch.objects.filter(owner=alice)
    assert (touch.direction, touch.person_name, touch.kind) == ("in", "Omar Farouk", "thank_you")


def test_re_importing_a_mailbox_changes_nothing_and_undo_removes_it(alice: User) -> None:
    data = (MAIL / "takeout.mbox").read_bytes()
    first = import_bytes(alice, data, "takeout.mbox")
    again = import_bytes(alice, data, "takeout.mbox")
    assert (again.counts["new"], again.counts["unchanged"]) == (0, 5)
    undo_import(alice, first)
    assert not Touch.objects.filter(owner=alice).exists()
