"""The apps of rapport import each other one way: the graph of app imports has no cycle.

(The layer order itself is held by import-linter in `make test`; this test catches a cycle
between two apps however the layers are written.)
"""

from __future__ import annotations

import grimp


def app_edges() -> dict[str, set[str]]:
    graph = grimp.build_graph("rapport")
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        app = module.split(".")[1] if module.count(".") else ""
        for imported in graph.find_modules_directly_imported_by(module):
            other = imported.split(".")[1] if imported.count(".") else ""
            if app and other and other != app:
                edges.setdefault(app, set()).add(other)
    return edges


def a_cycle(edges: dict[str, set[str]]) -> list[str]:
    """Return one cycle of app names, or [] when there is none."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(app: str) -> list[str]:
        state[app] = 1
        path.append(app)
        for other in sorted(edges.get(app, ())):
            if state.get(other) == 1:
                return [*path[path.index(other) :], other]
            if other not in state and (found := visit(other)):
                return found
        state[app] = 2
        path.pop()
        return []

    for app in sorted(edges):
        if app not in state and (found := visit(app)):
            return found
    return []


def test_no_two_apps_import_each_other_even_through_others() -> None:
    edges = app_edges()
    assert len(edges) > 10  # the graph really was built
    assert a_cycle(edges) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert a_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert a_cycle({"a": {"b"}, "b": {"c"}}) == []
