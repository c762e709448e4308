"""Short first messages in the shape the method recommends (METHOD.md §6).

Under 100 words, the connection first, asking for advice rather than a job, mostly about
the other person, ending with a question.
"""

from __future__ import annotations

from rapport.core.plan import PlanData


def first_name(name: str) -> str:
    """Return the first word of a name ("Ian" for "Ian Sato")."""
    return name.split()[0] if name.split() else name


def advice_request(name: str, position: str, company: str, plan: PlanData) -> str:
    """Return a first message asking ``name`` for 15-20 minutes of advice."""
    role = f"your work as {position} at {company}" if position and company else "your work"
    target = plan.positions[0] if plan.positions else "my next role"
    industry = plan.industries[0].lower() if plan.industries else "your industry"
    signature = plan.person.name or ""
    return (
        f"Hi {first_name(name)},\n\n"
        f"We have been connected for a while, and I have followed {role} with interest. "
        f"I am exploring a move into a {target} role in {industry}, and your view of where "
        f"{company or 'your company'} is heading would help me a great deal. "
        "I am not asking about openings, only for your advice. "
        "Could you spare 15 or 20 minutes for a call in the next couple of weeks?\n\n"
        f"{signature}".rstrip()
    )


def introduction_request(name: str, companies: list[str], plan: PlanData) -> str:
    """Return a note asking a connector whether they know anyone at ``companies``."""
    listed = ", ".join(companies[:5])
    target = plan.positions[0] if plan.positions else "my next role"
    return (
        f"Hi {first_name(name)},\n\n"
        f"I hope things are going well for you. I am looking for a {target} role and am "
        f"trying to reach people at {listed}. You know so many people: does anyone you know "
        "work at one of them, or know someone who does? I would be glad to send you my "
        "one-page list of target companies, and to return the favour any way I can. "
        "Would you be open to a short call?\n\n"
        f"{plan.person.name}".rstrip()
    )
