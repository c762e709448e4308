"""``rapport pitch …``: check and save the two-minute profile on the command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from rapport.cli_support import JsonOption, current_user, fail, print_json, read_bytes

app = typer.Typer(help="Your two-minute profile: check it, save versions.")

FileArgument = Annotated[
    str, typer.Argument(help="A plain-text (UTF-8) profile; - reads standard input.")
]
#: How much of a flagged sentence the text report quotes.
QUOTE_CHARS = 90


def read_profile(file: str) -> str:
    """Return the text of FILE (``-``: standard input); exit 2 when it cannot be read."""
    from rapport.core.errors import InputError
    from rapport.profile.services import clean_text

    name = "standard input" if file == "-" else file
    data = sys.stdin.buffer.read() if file == "-" else read_bytes(Path(file))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        fail(f"{name}: not UTF-8 text; save the profile as plain UTF-8 text")
    try:
        return clean_text(text, name)
    except InputError as exc:
        fail(str(exc))


def _quote(sentence: str) -> str:
    flat = " ".join(sentence.split())
    return f"“{flat[: QUOTE_CHARS - 1]}…”" if len(flat) > QUOTE_CHARS else f"“{flat}”"


def report(analysis: dict[str, Any]) -> list[str]:
    """Return the text report of an analysis (the core's JSON): score, length, flags."""
    from rapport.core.pitch import FLAGS, severity_of
    from rapport.profile.feedback import PARTS, TARGET_WORDS, minutes

    low, high = TARGET_WORDS
    lines = [
        f"Score {analysis['score']}/100 · {analysis['words']} words · "
        f"{minutes(analysis['seconds'])} at {analysis['wpm']} words a minute "
        f"(target {low}–{high} words, about two minutes)"
    ]
    structure = analysis["structure"]
    lines.append(
        "Structure: "
        + " → ".join(
            f"{label.lower()} {len(structure[name]) or 'missing'}" for name, label in PARTS
        )
    )
    lines += analysis["notices"]
    flags = analysis["flags"]
    lines.append(f"{len(flags)} flag{'' if len(flags) == 1 else 's'}" + (":" if flags else "."))
    for flag in flags:
        rule = FLAGS.get(flag["code"])
        whole = rule is not None and rule.scope == "text"
        where = "(the whole profile)" if whole else _quote(flag["sentence"])
        severity = severity_of(flag)
        lines += [
            f"  {flag['code']} ({severity}) {where}",
            f"    {flag['message']}",
            f"    Fix: {flag['fix']}",
        ]
    return lines


@app.command("check")
def check(file: FileArgument, as_json: JsonOption = False) -> None:
    """Analyse FILE as your two-minute profile without saving it."""
    from rapport.profile.services import check_pitch

    text = read_profile(file)
    analysis = check_pitch(current_user(), text).to_json()
    if as_json:
        print_json(analysis)
        return
    typer.echo("\n".join(report(analysis)))


@app.command("save")
def save(file: FileArgument, as_json: JsonOption = False) -> None:
    """Save FILE as a new version of your profile and print its score and flags."""
    from rapport.core.errors import InputError
    from rapport.profile.services import save_pitch, version_number

    text = read_profile(file).strip()
    user = current_user()
    try:
        pitch = save_pitch(user, text)
    except InputError as exc:
        fail(f"{'standard input' if file == '-' else file}: {exc}; nothing was saved")
    number = version_number(user, pitch)
    if as_json:
        print_json({"id": pitch.pk, "version": number, "analysis": pitch.analysis})
        return
    typer.echo(f"Saved as version {number}.")
    typer.echo("\n".join(report(pitch.analysis)))
