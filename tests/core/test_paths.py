"""Ways in, ranked on hand-built networks; the LAMP target list and its order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rapport.core.paths import Introduction, Network, Path, Person, rank_paths, warmth
from rapport.core.targets import (
    RANK_EXPLAINED,
    TargetFacts,
    advocacy,
    computed_advocacy,
    rank_targets,
)

TODAY = date(2026, 3, 11)
FINANCE = frozenset({"finance"})


def person(pid: int, name: str, **kwargs: object) -> Person:
    return Person(pid, name, **kwargs)  # type: ignore[arg-type]


def ranked(network: Network) -> list[Path]:
    return rank_paths(network, TODAY)


def names(paths: list[Path]) -> list[str]:
    return [p.action.person.name for p in paths]


def test_a_ceo_known_directly_beats_a_peer() -> None:
    ceo = person(1, "Kevin Lobo", position="CEO", company="Stryker", can_hire=True)
    peer = person(2, "Priya Raman", position="Controller", function="finance")
    paths = ranked(Network("Stryker", insiders=(peer, ceo), target_functions=FINANCE))
    assert names(paths) == ["Kevin Lobo", "Priya Raman"]
    assert [p.action.role for p in paths] == ["decision-maker", "peer"]
    assert paths[0].reason.startswith("Kevin Lobo could hire you (CEO, Stryker)")


def test_a_recent_warm_connector_beats_a_cold_one() -> None:
    cold = person(1, "Abe Cold", connector=True, circles=("church",))
    warm = person(
        2, "Zoe Warm", connector=True, strength=3, last_met=TODAY - timedelta(days=5), gives=1
    )
    paths = ranked(Network("Stryker", connectors=(cold, warm)))
    assert names(paths) == ["Zoe Warm", "Abe Cold"]
    assert paths[0].warmth > paths[1].warmth
    assert "you rated the relationship 3 (close)" in paths[0].reason
    assert "you last met 5 days ago" in paths[0].reason
    assert "you gave them something once" in paths[0].reason


def test_insiders_rank_decision_makers_then_peers_then_others_then_gatekeepers() -> None:
    network = Network(
        "Medtronic",
        insiders=(
            person(1, "Gail Gatekeeper", recruiter=True),
            person(2, "Olga Other", function="sales"),
            person(3, "Pete Peer", function="finance"),
            person(4, "Dora Decider", can_hire=True),
        ),
        target_functions=FINANCE,
    )
    paths = ranked(network)
    assert [p.action.role for p in paths] == ["decision-maker", "peer", "insider", "gatekeeper"]
    assert "gatekeeper who can pass your name on but does not decide" in paths[-1].reason


def test_warmth_can_lift_a_close_peer_above_a_cold_decision_maker() -> None:
    # Directness first, but a close, recently met peer is the better first message.
    cold_ceo = person(1, "Carl Ceo", can_hire=True, strength=0)
    friend = person(2, "Fay Friend", function="finance", strength=3, last_met=TODAY)
    paths = ranked(Network("Abbott", insiders=(cold_ceo, friend), target_functions=FINANCE))
    assert names(paths) == ["Fay Friend", "Carl Ceo"]


def test_among_equals_the_more_senior_comes_first() -> None:
    analyst = person(1, "Ann Analyst", function="finance", seniority="entry")
    vp = person(2, "Zed Vp", function="finance", seniority="vp")
    assert names(ranked(Network("Abbott", insiders=(analyst, vp)))) == ["Zed Vp", "Ann Analyst"]


@pytest.mark.parametrize(
    ("strength", "met_days_ago", "gives", "expected"),
    [
        (None, None, 0, 4),
        (0, None, 0, 0),
        (1, None, 0, 8),
        (2, None, 0, 16),
        (3, None, 0, 24),
        (None, 0, 0, 19),
        (None, 30, 0, 19),
        (None, 31, 0, 14),
        (None, 90, 0, 14),
        (None, 365, 0, 9),
        (None, 400, 0, 6),
        (None, None, 1, 7),
        (None, None, 5, 10),
        (3, 3, 2, 45),
    ],
)
def test_warmth_adds_strength_recency_and_gifts(
    strength: int | None, met_days_ago: int | None, gives: int, expected: int
) -> None:
    met = TODAY - timedelta(days=met_days_ago) if met_days_ago is not None else None
    assert warmth(Person(1, "A", strength=strength, last_met=met, gives=gives), TODAY) == expected


def test_former_employees_and_people_who_know_someone_are_paths() -> None:
    network = Network(
        "Stryker",
        insiders=(person(1, "Ian Inside"),),
        former=(person(2, "Fran Former"), person(1, "Ian Inside")),
        knows_someone=(person(3, "Kim Knows"),),
    )
    paths = ranked(network)
    by_name = {p.action.person.name: p for p in paths}
    assert set(by_name) == {"Ian Inside", "Fran Former", "Kim Knows"}
    assert by_name["Fran Former"].action.role == "former employee"
    assert by_name["Kim Knows"].reason.startswith("You noted that Kim Knows knows someone at")
    assert by_name["Ian Inside"].kind == "insider"


def test_a_made_introduction_points_at_the_person_introduced() -> None:
    ann = person(1, "Ann Intro", strength=2)
    priya = person(2, "Priya Raman", can_hire=True)
    paths = ranked(Network("Medtronic", introductions=(Introduction(ann, priya, "made"),)))
    [path] = paths
    assert [s.role for s in path.steps] == ["introducer", "decision-maker"]
    assert path.action.person.name == "Priya Raman"
    assert path.directness == 100
    assert path.reason.startswith("Ann Intro introduced you to Priya Raman at Medtronic")


@pytest.mark.parametrize(
    ("status", "act_on", "directness"),
    [("promised", "Ann Intro", 80), ("requested", "Ann Intro", 40)],
)
def test_a_pending_introduction_points_at_the_introducer(
    status: str, act_on: str, directness: int
) -> None:
    intro = Introduction(person(1, "Ann Intro"), None, status)
    [path] = ranked(Network("Medtronic", introductions=(intro,)))
    assert path.action.person.name == act_on
    assert path.steps[-1].person.name == "someone"
    assert path.directness == directness


def test_a_declined_introduction_is_no_way_in() -> None:
    intro = Introduction(person(1, "Ann Intro"), person(2, "Priya"), "declined")
    assert ranked(Network("Medtronic", introductions=(intro,))) == []


def test_connectors_are_capped_and_never_repeat_someone_on_another_path() -> None:
    connectors = tuple(person(i, f"Connector {i:02d}", connector=True) for i in range(1, 10))
    network = Network("Stryker", knows_someone=(person(1, "Connector 01"),), connectors=connectors)
    paths = ranked(network)
    kinds = [p.kind for p in paths]
    assert kinds.count("connector") == 5
    assert kinds.count("knows-someone") == 1
    assert len({p.action.person.id for p in paths}) == len(paths)


def test_the_json_lists_steps_and_the_reason() -> None:
    ceo = person(7, "Kevin Lobo", company="Stryker", position="CEO", can_hire=True)
    [path] = ranked(Network("Stryker", insiders=(ceo,)))
    assert path.to_json() == {
        "kind": "insider",
        "score": 104,
        "strength": "strong",
        "reason": path.reason,
        "steps": [
            {
                "contact_id": 7,
                "name": "Kevin Lobo",
                "company": "Stryker",
                "position": "CEO",
                "role": "decision-maker",
            }
        ],
    }


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (TargetFacts(1, "A"), 0),
        (TargetFacts(1, "A", former=1), 1),
        (TargetFacts(1, "A", knows_someone=2), 1),
        (TargetFacts(1, "A", introductions=("requested",)), 1),
        (TargetFacts(1, "A", contacts=3), 2),
        (TargetFacts(1, "A", introductions=("promised",)), 3),
        (TargetFacts(1, "A", contacts=3, can_hire=1), 3),
    ],
)
def test_advocacy_is_computed_from_the_network(facts: TargetFacts, expected: int) -> None:
    value, reason = computed_advocacy(facts)
    assert value == expected
    assert reason


def test_the_users_own_advocacy_wins_and_says_what_rapport_would_say() -> None:
    value, source, reason = advocacy(TargetFacts(1, "A", advocacy=1, contacts=2, can_hire=1))
    assert (value, source) == (1, "yours")
    assert "Rapport would say 3" in reason


def test_the_default_rank_is_motivation_then_posting_then_advocacy_then_priority() -> None:
    rows = [
        TargetFacts(1, "Low motivation", motivation=1, posting=3, contacts=5),
        TargetFacts(2, "No posting", motivation=3, posting=0, contacts=5),
        TargetFacts(3, "Posting, nobody", motivation=3, posting=2),
        TargetFacts(4, "Posting, friends", motivation=3, posting=2, contacts=2),
        TargetFacts(5, "Unscored"),
        TargetFacts(
            6, "Posting, friends, priority 1", motivation=3, posting=2, contacts=2, priority=1
        ),
    ]
    assert [t.id for t in rank_targets(rows)] == [6, 4, 3, 2, 1, 5]
    assert "motivation first" in RANK_EXPLAINED


def test_any_column_sorts_and_a_minus_reverses() -> None:
    rows = [TargetFacts(1, "b", contacts=1), TargetFacts(2, "a", contacts=9)]
    assert [t.name for t in rank_targets(rows, "name")] == ["a", "b"]
    assert [t.name for t in rank_targets(rows, "-name")] == ["b", "a"]
    assert [t.name for t in rank_targets(rows, "contacts")] == ["a", "b"]
    with pytest.raises(ValueError, match="sort must be one of"):
        rank_targets(rows, "shoe-size")
