"""Gathering the network from the database: who is on which path, warmth, counts."""

from __future__ import annotations

from typing import Any

from freezegun import freeze_time

from rapport.core.paths import Path
from rapport.paths.services import target_rows, ways_in
from tests.paths.conftest import TODAY


def first_names(paths: list[Path]) -> list[str]:
    return [p.action.person.name.split()[0] for p in paths]


@freeze_time("2026-03-11 15:00")
def test_ways_into_stryker_rank_the_ceo_first_and_label_the_recruiter(
    world: dict[str, Any],
) -> None:
    found = ways_in(world["user"], world["targets"]["Stryker"], TODAY)
    roles = {p.action.person.name.split()[0]: (p.kind, p.action.role) for p in found.paths}
    assert first_names(found.paths)[0] == "Kevin"
    assert roles["Rita"] == ("insider", "gatekeeper")
    assert roles["Sofia"] == ("insider", "peer")
    assert roles["Fran"] == ("former", "former employee")
    assert roles["Bob"] == ("connector", "connector")
    kevin = found.paths[0]
    assert kevin.action.person.last_met == TODAY.replace(day=5)
    assert kevin.action.person.email == "kevin@example.com"
    assert found.facts.contacts == 3
    assert found.facts.can_hire == 1
    assert found.facts.last_met == TODAY.replace(day=5)


@freeze_time("2026-03-11 15:00")
def test_a_connectors_meetings_and_gifts_make_them_warm(world: dict[str, Any]) -> None:
    found = ways_in(world["user"], world["targets"]["Abbott"], TODAY)
    bob = next(p for p in found.paths if p.kind == "connector")
    assert bob.action.person.gives == 1
    assert bob.action.person.last_met is not None
    assert "you gave them something once" in bob.reason


@freeze_time("2026-03-11 15:00")
def test_knows_someone_at_and_introductions_open_paths(world: dict[str, Any]) -> None:
    abbott = ways_in(world["user"], world["targets"]["Abbott"], TODAY)
    assert "Kim" in first_names(abbott.paths)
    medtronic = ways_in(world["user"], world["targets"]["Medtronic"], TODAY)
    intro = next(p for p in medtronic.paths if p.kind == "introduction")
    assert [s.person.name for s in intro.steps] == ["Ann Dahl", "Priya Raman"]
    assert intro.action.person.name == "Ann Dahl"
    assert medtronic.facts.introductions == ("promised",)


@freeze_time("2026-03-11 15:00")
def test_a_cancelled_meeting_is_not_a_meeting(world: dict[str, Any]) -> None:
    found = ways_in(world["user"], world["targets"]["Medtronic"], TODAY)
    priya = next(p for p in found.paths if p.kind == "insider")
    assert priya.action.person.last_met is None


@freeze_time("2026-03-11 15:00")
def test_the_list_agrees_with_each_companys_best_way_in(world: dict[str, Any]) -> None:
    rows = {t.name: t for t in target_rows(world["user"], TODAY)}
    for name, target in world["targets"].items():
        best = ways_in(world["user"], target, TODAY).paths[0]
        found = rows[name].best
        assert found is not None
        assert found.action.person.id == best.action.person.id, name
    assert (rows["Stryker"].contacts, rows["Stryker"].can_hire) == (3, 1)
    assert rows["Stryker"].former == 1
    assert rows["Abbott"].knows_someone == 1
    assert rows["Stryker"].last_met == TODAY.replace(day=5)
    assert rows["Medtronic"].last_met is None


def test_the_list_counts_in_a_bounded_number_of_queries(
    world: dict[str, Any], django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(20):
        target_rows(world["user"], TODAY)


def test_ways_in_takes_a_bounded_number_of_queries(
    world: dict[str, Any], django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(20):
        ways_in(world["user"], world["targets"]["Stryker"], TODAY)


@freeze_time("2026-03-11 15:00")
def test_a_former_employee_is_found_from_the_headline_alone(world: dict[str, Any]) -> None:
    from rapport.contacts.models import Contact

    Contact.objects.create(
        owner=world["user"],
        full_name="Lee Park",
        position="Former Director of FP&A at Medtronic | Open to Work",
        is_job_seeker=True,
    )
    found = ways_in(world["user"], world["targets"]["Medtronic"], TODAY)
    former = [p for p in found.paths if p.kind == "former"]
    assert [p.action.person.name for p in former] == ["Lee Park"]
    assert {t.name: t.former for t in target_rows(world["user"], TODAY)}["Medtronic"] == 1
