"""The impact statement helper: the core's fill-in shape as form fields, and back to a sentence.

``rapport.core.pitch.impact_shape`` answers one string, "I [action] [what] for [whom],
which [result] by [number] in [time]", with the brackets the sentence already answers
filled in. The helper form needs those answers one field each, and the user's answers
put back together as a sentence they can say.
"""

from __future__ import annotations

import re

from rapport.core.pitch import impact_shape

SLOTS = ("action", "what", "whom", "result", "number", "time")

# The shape's literal words separate its slots. ``whom`` never holds " for ", ``number``
# never " by " and ``time`` never " in " (see impact.py in the core), so the greedy slots
# before them stop at the right separator.
_SHAPE = re.compile(
    r"^I (?P<action>\S+) (?P<what>.+) for (?P<whom>.+?), which (?P<result>.+)"
    r" by (?P<number>.+) in (?P<time>.+)$",
    re.DOTALL,
)


def slots(sentence: str) -> dict[str, str]:
    """Return each slot of the impact shape of ``sentence``; "" where it is still to fill."""
    match = _SHAPE.match(impact_shape(sentence)) if sentence.strip() else None
    if match is None:
        return dict.fromkeys(SLOTS, "")
    return {
        name: "" if value == f"[{name}]" else value for name, value in match.groupdict().items()
    }


def _tidy(value: str) -> str:
    return " ".join(value.split()).strip(" ,.")


def assemble(answers: dict[str, str]) -> str:
    """Return the sentence the answers make, or "" until there is an action.

    Empty slots are left out with their joining word: "I cut scrap, which saved
    $4.1 million a year." needs no whom and no time.
    """
    parts = {name: _tidy(answers.get(name, "")) for name in SLOTS}
    if not parts["action"]:
        return ""
    sentence = " ".join(word for word in ("I", parts["action"], parts["what"]) if word)
    if parts["whom"]:
        sentence += f" for {parts['whom']}"
    measure = "".join(
        f" {joint} {parts[name]}"
        for joint, name in (("by", "number"), ("in", "time"))
        if parts[name]
    )
    # Without a result clause the measure reads on the action: "I cut scrap by 32%".
    sentence += f", which {parts['result']}{measure}" if parts["result"] else measure
    return sentence + "."
