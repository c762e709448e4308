"""Documentation is checked: every command and option of the CLI is in docs/cli.md."""

from __future__ import annotations

from pathlib import Path

import click
import typer.main

from rapport.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs"


def commands(group: click.Command, path: tuple[str, ...] = ()) -> list[tuple[str, click.Command]]:
    found = []
    if isinstance(group, click.Group):
        for name, command in group.commands.items():
            found += commands(command, (*path, name))
    else:
        found.append((" ".join(path), group))
    return found


def test_every_cli_command_and_option_is_documented() -> None:
    text = (DOCS / "cli.md").read_text()
    missing = []
    for name, command in commands(typer.main.get_command(app)):  # type: ignore[arg-type]
        if f"## rapport {name}" not in text:
            missing.append(f"rapport {name}")
        for param in command.params:
            for option in param.opts:
                if option.startswith("--") and f"`{option}" not in text:
                    missing.append(f"rapport {name} {option}")
    assert missing == []


def test_the_import_formats_documented_are_those_the_cli_takes() -> None:
    import re

    from rapport.formats.kinds import FORMATS

    text = (DOCS / "cli.md").read_text()
    found = re.search(r"`--format\s+([a-z_|\s]+)`", text)
    assert found is not None
    assert re.sub(r"\s", "", found.group(1)).split("|") == list(FORMATS)


def test_every_diagnosis_rule_and_threshold_is_documented() -> None:
    from rapport.core.diagnosis import RULES, THRESHOLDS, explain

    text = (DOCS / "diagnosis.md").read_text()
    for code in RULES:
        assert f"`{code}`: {explain(code).title}" in text, code
    for name in THRESHOLDS:
        assert f"`{name}`" in text, name


def test_every_setting_read_from_the_environment_is_in_the_readme_table() -> None:
    import re

    package = Path(__file__).resolve().parents[1] / "rapport"
    settings = "".join(
        (package / name).read_text() for name in ("settings.py", "settings_mode.py", "serving.py")
    )
    readme = (DOCS.parent / "README.md").read_text()
    # RAPPORT_BIND_HOST is set by `rapport serve --host`, not by people.
    read = set(re.findall(r'"(RAPPORT_[A-Z_]+)"', settings)) - {"RAPPORT_BIND_HOST"}
    assert read, "no settings found"
    assert [name for name in sorted(read) if f"| `{name}` |" not in readme] == []
