"""Every route of the app, opened through a coach's view of alice, as five people.

The routes come from the URLconf (as in tests/accounts/test_owner_walk.py), so a page
added tomorrow is walked tomorrow. carol (alice shared everything) sees exactly the pages
of the parts she holds; dan (the diagnosis only) sees the diagnosis and plan pages; erin
(another coach), frank (revoked) and bob (another client) see nothing. Nobody sees notes or
message bodies, nothing anyone posts changes alice's data, and only what carol and dan
opened is in alice's access log.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client
from django.urls import resolve

from rapport.accounts import backup
from rapport.coaching.models import Access
from rapport.coaching.parts import PAGES
from rapport.coaching.viewing import OWN_PAGES
from rapport.contacts.models import Contact
from rapport.formats import plan_toml
from rapport.handbill.services import handbill_for
from rapport.meetings.models import Interaction
from rapport.paths.models import Outreach
from rapport.plan.services import save_plan
from tests.accounts.test_backup import fill_workspace
from tests.accounts.test_owner_walk import alices_ids, urls_for
from tests.accounts.url_patterns import all_url_patterns
from tests.coaching.conftest import signed_in

#: Never shared with anyone: a contact's notes, a meeting's notes, a message's body, a give.
NEVER = ("Private: owes me money", "Notes: seemed distracted", "Dear Geoff, body", "Sent FEI")
#: Shared only with a coach who holds contacts (names appear nowhere else alice shares).
CONTACTS_ONLY = ("geoff@medtronic.example",)
#: The coach's own pages and the public ones are not pages of alice's.
NOT_ALICES = ("coach/", "sharing/", "h/", "feeds/", "accounts/")
#: The coaching app's own lists of a client, which always open when their part is shared.
LISTS = ("", "contacts/", "meetings/")


def alice_with_secrets(alice: User) -> None:
    fill_workspace(alice)
    save_plan(alice, plan_toml.loads('[person]\nname = "Margaret Secret"\n'))
    Contact.objects.filter(owner=alice, full_name="Geoff Martha").update(
        notes="Private: owes me money"
    )
    Interaction.objects.filter(owner=alice).update(notes="Notes: seemed distracted")
    geoff = Contact.objects.get(owner=alice, full_name="Geoff Martha")
    Outreach.objects.create(owner=alice, contact=geoff, text="Dear Geoff, body")
    handbill_for(alice)  # the handbill page makes it on first view; made here, nothing changes


def inner_paths(alice: User) -> list[str]:
    """Return every path of alice's workspace, with her ids, as a coach would append it."""
    ids = alices_ids(alice)
    paths = list(LISTS)
    for pattern in all_url_patterns():
        if pattern and not pattern.startswith(NOT_ALICES):
            paths += [url.lstrip("/") for url in urls_for(pattern, ids)]
    return paths


def part_of(path: str) -> str | None:
    match = resolve(f"/coach/clients/1/{path}")
    if match.url_name in OWN_PAGES:
        return OWN_PAGES[match.url_name]
    return PAGES.get(resolve("/" + path).view_name)


def walk(who: Client, alice: User, paths: list[str]) -> dict[str, int]:
    """GET every path and return its status; POST each, which must never succeed."""
    seen: dict[str, int] = {}
    problems = []
    for path in paths:
        url = f"/coach/clients/{alice.pk}/{path}"
        response = who.get(url)
        seen[path] = response.status_code
        if secrets := [s for s in NEVER if s in b"".join(response).decode("utf-8", "replace")]:
            problems.append(f"GET {url} shows {secrets}")
        posted = who.post(url, {})
        if posted.status_code not in (404, 405):
            problems.append(f"POST {url}: {posted.status_code}")
    assert problems == [], "\n".join(problems)
    return seen


def test_each_person_sees_exactly_what_alice_shared_with_them(
    alice: User, bob: User, carol: User, dan: User, erin: User, frank: User
) -> None:
    alice_with_secrets(alice)
    paths = inner_paths(alice)
    # A shared page answers the coach as it answers alice (a 404 for an id that is not of
    # its kind, a redirect from a download not ready yet); anything else answers 404.
    # The coach's own pages of a contact answer as alice's do (404 for an id not hers); the
    # lists always open.
    as_alice = {p: signed_in(alice).get("/" + p).status_code for p in paths}
    as_alice.update(dict.fromkeys(LISTS, 200))
    before = backup.dumps(alice)

    full = walk(signed_in(carol), alice, paths)
    assert full == {p: as_alice[p] if part_of(p) else 404 for p in paths}
    assert list(full.values()).count(200) >= 10

    diagnosis_only = walk(signed_in(dan), alice, paths)
    assert diagnosis_only == {
        p: as_alice[p] if part_of(p) in ("diagnosis", "plan") else 404 for p in paths
    }

    for stranger in (erin, frank, bob):
        seen = walk(signed_in(stranger), alice, paths)
        assert set(seen.values()) == {404}, stranger.username

    assert backup.dumps(alice) == before, "something a coach opened or posted changed alice's data"
    logged = set(Access.objects.filter(owner=alice).values_list("coach__username", flat=True))
    assert logged == {"carol", "dan"}
    assert len(paths) > 60


def test_a_coach_without_contacts_never_sees_a_contacts_page(
    alice: User, carol: User, dan: User
) -> None:
    alice_with_secrets(alice)
    for path in ("contacts/", "meetings/", "profile/", "handbill/sheet/"):
        assert signed_in(dan).get(f"/coach/clients/{alice.pk}/{path}").status_code == 404
    shown = signed_in(carol).get(f"/coach/clients/{alice.pk}/contacts/").content.decode()
    assert "Geoff Martha" in shown and "Medtronic" in shown
    assert not [s for s in (*NEVER, *CONTACTS_ONLY) if s in shown]


def test_strangers_reach_no_coaching_route_of_alices(
    alice: User, bob: User, carol: User, erin: User, frank: User
) -> None:
    alice_with_secrets(alice)
    routes = [
        p.replace("<int:client_id>", str(alice.pk))
        for p in all_url_patterns()
        if p.startswith("coach/clients/<int:client_id>/") and "<path:" not in p
    ]
    assert len(routes) >= 6
    for stranger in (erin, frank, bob):
        who = signed_in(stranger)
        for route in routes:
            for method in ("get", "post"):
                response = getattr(who, method)("/" + route, {"text": "x", "code": "x"})
                assert response.status_code in (404, 405), f"{method} {route} as {stranger}"
                assert not [s for s in NEVER if s in response.content.decode()]
