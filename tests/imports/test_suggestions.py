"""The user's own LinkedIn files become suggestions: counted, offered, accepted, dismissed."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from rapport.core.plan import Person, PlanData
from rapport.import_page.report import OWN_OUTCOMES, sentence
from rapport.import_page.services import import_bytes
from rapport.import_page.suggestions import accept
from rapport.import_page.undo import undo_import
from rapport.imports.models import ImportRun
from rapport.plan.models import Suggestion
from rapport.plan.services import load_plan, save_plan
from rapport.profile.models import Pitch
from rapport.profile.services import save_pitch

ARCHIVE = Path(__file__).resolve().parents[1] / "data" / "linkedin_archive"
ZIP = "Basic_LinkedInDataExport_03-08-2024.zip"
OWN_FILES = (
    "Profile.csv",
    "Positions.csv",
    "Jobs/Job Seeker Preferences.csv",
    "Company Follows.csv",
)


def import_file(user: User, name: str) -> ImportRun:
    return import_bytes(user, (ARCHIVE / name).read_bytes(), Path(name).name)


def assert_adds_up(run: ImportRun) -> None:
    assert run.counts["read"] == sum(run.counts[k] for k in OWN_OUTCOMES), run.counts


def offered(user: User, field: str | None = None) -> list[str]:
    rows = Suggestion.objects.owned_by(user).open()
    return [s.value for s in (rows.filter(field=field) if field else rows)]


@pytest.mark.parametrize("name", OWN_FILES)
def test_each_file_alone_is_offered_never_written(alice: User, name: str) -> None:
    run = import_file(alice, name)
    assert run.counts["offered"] > 0
    assert_adds_up(run)
    plan = load_plan(alice)
    assert plan.person == Person() and not plan.companies and not plan.positions
    assert not Pitch.objects.filter(owner=alice).exists()


def test_the_archive_offers_its_own_files_as_an_import_of_their_own(alice: User) -> None:
    run = import_file(alice, ZIP)
    assert run.format == "linkedin_archive"
    own = ImportRun.objects.get(owner=alice, format="linkedin_own")
    assert_adds_up(own)
    assert own.counts == {"read": 16, "offered": 16, "known": 0, "skipped": 0}
    assert any(
        note.startswith("Your profile, positions and preferences were read") for note in run.notes
    )
    assert offered(alice, "company") == [
        "Hooli",
        "Pied Piper",
        "Initech",
        "Globex Corporation",
        "Stark Industries, Inc.",
    ]
    assert not any("Profile.csv" in note for note in run.notes)


def test_the_report_names_who_the_user_is_and_why(alice: User) -> None:
    run = import_file(alice, ZIP)
    me = next(n for n in run.notes if n.startswith("You are"))
    assert me.startswith(
        "You are Alex Rivera, linkedin.com/in/alex-rivera-5b "
        "(from your profile and 5 messages you sent)."
    )


def test_what_the_plan_holds_or_was_dismissed_is_known_not_offered_again(alice: User) -> None:
    save_plan(alice, PlanData(person=Person(name="Alex Rivera"), industries=("Logistics",)))
    first = import_file(alice, "Jobs/Job Seeker Preferences.csv")
    assert "Logistics" not in offered(alice, "industries")
    Suggestion.objects.owned_by(alice).filter(value="Initech").update(status=Suggestion.DISMISSED)
    again = import_file(alice, "Jobs/Job Seeker Preferences.csv")
    assert again.counts["offered"] == 0
    assert again.counts["known"] == first.counts["offered"] + first.counts["known"]
    assert "Initech" not in offered(alice)


def test_accepting_fills_empty_fields_and_adds_to_lists(alice: User) -> None:
    import_file(alice, ZIP)
    for offer in Suggestion.objects.owned_by(alice).filter(field__in=["name", "company"]):
        accept(alice, offer)
    plan = load_plan(alice)
    assert plan.person.name == "Alex Rivera"
    assert [c.name for c in plan.companies][:2] == ["Hooli", "Pied Piper"]


def test_a_text_the_user_wrote_is_replaced_only_when_they_say_so(alice: User) -> None:
    save_plan(alice, PlanData(person=Person(headline="Platform PM")))
    import_file(alice, "Profile.csv")
    offer = Suggestion.objects.owned_by(alice).get(field="headline")
    with pytest.raises(Exception, match="already says something else"):
        accept(alice, offer)
    assert load_plan(alice).person.headline == "Platform PM"
    accept(alice, offer, replace=True)
    assert load_plan(alice).person.headline == "Product manager for platform teams"


def test_accepting_the_draft_keeps_the_profile_the_user_wrote_as_a_version(alice: User) -> None:
    save_pitch(alice, "My own words about my work.")
    import_file(alice, ZIP)
    accept(alice, Suggestion.objects.owned_by(alice).get(field="pitch"))
    texts = list(
        Pitch.objects.filter(owner=alice).order_by("created_at").values_list("text", flat=True)
    )
    assert texts[0] == "My own words about my work."
    assert texts[1].startswith("I'm Alex Rivera")


def test_undo_withdraws_what_waits_and_keeps_what_was_accepted(alice: User) -> None:
    run = import_file(alice, "Company Follows.csv")
    accept(alice, Suggestion.objects.owned_by(alice).get(value="Hooli"))
    undo_import(alice, run)
    assert offered(alice) == []
    assert [c.name for c in load_plan(alice).companies] == ["Hooli"]


def test_a_zip_of_only_the_users_own_files_is_imported(alice: User) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in OWN_FILES:
            archive.writestr(name, (ARCHIVE / name).read_bytes())
    run = import_bytes(alice, buffer.getvalue(), "Basic_LinkedInDataExport.zip")
    assert run.format == "linkedin_own"
    assert_adds_up(run)
    assert "16 offered to you" in sentence(run.format, run.counts)


def test_the_page_accepts_and_dismisses_in_one_click(alice_client: Client, alice: User) -> None:
    import_file(alice, "Jobs/Job Seeker Preferences.csv")
    page = alice_client.get(reverse("suggestions"))
    assert b"Pied Piper" in page.content
    hooli = Suggestion.objects.owned_by(alice).get(value="Hooli")
    initech = Suggestion.objects.owned_by(alice).get(value="Initech")
    alice_client.post(reverse("suggestion-accept", args=[hooli.pk]))
    alice_client.post(reverse("suggestion-dismiss", args=[initech.pk]))
    assert [c.name for c in load_plan(alice).companies] == ["Hooli"]
    page = alice_client.get(reverse("suggestions"))
    assert f'id="suggestion-{initech.pk}"'.encode() not in page.content
    assert f'id="suggestion-{hooli.pk}"'.encode() not in page.content
    alice_client.post(reverse("suggestions-accept-all"), {"field": "company"})
    assert [c.name for c in load_plan(alice).companies] == ["Hooli", "Pied Piper"]


def test_another_users_suggestion_is_not_found(alice: User, bob_client: Client) -> None:
    import_file(alice, "Company Follows.csv")
    offer = Suggestion.objects.owned_by(alice).first()
    assert offer is not None
    assert bob_client.post(reverse("suggestion-accept", args=[offer.pk])).status_code == 404
    assert bob_client.post(reverse("suggestion-dismiss", args=[offer.pk])).status_code == 404
    assert offer.value in offered(alice)
