"""The plan editor: the same fields as plan.toml, with messages beside each field."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from rapport.core.plan import LAMP_MAX, LAMP_MIN, Goals, Person, PlanData, TargetCompanySpec


class LinesField(forms.CharField):
    """A textarea holding one item per line; cleans to a tuple of non-empty lines."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, *, max_items: int | None = None, **kwargs: Any) -> None:
        self.max_items = max_items
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def clean(self, value: Any) -> tuple[str, ...]:
        text = super().clean(value) or ""
        lines = tuple(line.strip() for line in text.splitlines() if line.strip())
        seen: set[str] = set()
        for line in lines:
            if line.casefold() in seen:
                raise ValidationError(f"'{line}' is listed twice.")
            seen.add(line.casefold())
        return lines


class PlanForm(forms.Form):
    name = forms.CharField(max_length=200, required=False, label="Your name")
    headline = forms.CharField(
        max_length=300,
        required=False,
        help_text="One line people remember, e.g. “CFO who turns around device makers”.",
    )
    email = forms.EmailField(required=False)
    location = forms.CharField(max_length=200, required=False)
    booking_link = forms.URLField(
        required=False,
        assume_scheme="https",
        help_text="A link where people can book time with you.",
    )
    positions = LinesField(label="Target positions", help_text="One to three, one per line.")
    industries = LinesField(label="Target industries", help_text="One to three, one per line.")
    geography = LinesField(help_text="Cities, regions or “Remote”, one per line.")
    decision_makers = LinesField(
        label="Decision-makers to reach", help_text="People who could hire you, one kind per line."
    )
    peers = LinesField(label="Insiders and peers", help_text="People in your industry.")
    connectors = LinesField(
        help_text="People outside your industry who know people: groups, chambers, associations."
    )
    offers = LinesField(
        label="What you can offer others",
        help_text="Information, events, introductions you can give, one per line.",
    )
    weekly_meetings = forms.IntegerField(min_value=0, max_value=100, required=False)
    weekly_target_industry_meetings = forms.IntegerField(
        min_value=0, max_value=100, required=False, label="… of them in your target industry"
    )
    weekly_decision_maker_meetings = forms.IntegerField(
        min_value=0, max_value=100, required=False, label="… of them with decision-makers"
    )
    search_started_on = forms.DateField(
        required=False,
        label="Your search began on",
        help_text="Weekly goals count from this week. Left empty, from your first networking "
        "meeting.",
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        total = data.get("weekly_meetings")
        for part in ("weekly_target_industry_meetings", "weekly_decision_maker_meetings"):
            value = data.get(part)
            if total is not None and value is not None and value > total:
                self.add_error(part, "This cannot be more than your weekly meetings in all.")
        return data


LAMP_CHOICES = [("", "—")] + [(str(i), str(i)) for i in range(LAMP_MIN, LAMP_MAX + 1)]


class CompanyForm(forms.Form):
    name = forms.CharField(max_length=200, required=False)
    industry = forms.CharField(max_length=200, required=False)
    priority = forms.IntegerField(min_value=1, max_value=999, required=False)
    motivation = forms.TypedChoiceField(
        choices=LAMP_CHOICES, coerce=int, empty_value=None, required=False
    )
    posting = forms.TypedChoiceField(
        choices=LAMP_CHOICES, coerce=int, empty_value=None, required=False
    )
    notes = forms.CharField(max_length=2000, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        has_other = any(data.get(k) not in (None, "") for k in ("industry", "priority", "notes"))
        if has_other and not data.get("name"):
            self.add_error("name", "Give this company a name, or clear the row.")
        return data


class BaseCompanyFormSet(forms.BaseFormSet):  # type: ignore[type-arg]
    def clean(self) -> None:
        seen: set[str] = set()
        for form in self.forms:
            name = (form.cleaned_data or {}).get("name", "").strip()
            if not name:
                continue
            if name.casefold() in seen:
                form.add_error("name", f"“{name}” is already on the list.")
            seen.add(name.casefold())


CompanyFormSet = forms.formset_factory(
    CompanyForm, formset=BaseCompanyFormSet, extra=3, can_delete=True, max_num=200
)


def initial_from(plan: PlanData) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Return the initial data for the plan form and the company formset."""
    initial: dict[str, Any] = {
        **{f: getattr(plan.person, f) for f in ("name", "headline", "email", "location")},
        "booking_link": plan.person.booking_link,
        **{
            f: list(getattr(plan, f))
            for f in (
                "positions",
                "industries",
                "geography",
                "decision_makers",
                "peers",
                "connectors",
                "offers",
            )
        },
        **{
            f: getattr(plan.goals, f)
            for f in (
                "weekly_meetings",
                "weekly_target_industry_meetings",
                "weekly_decision_maker_meetings",
                "search_started_on",
            )
        },
    }
    companies = [
        {
            "name": c.name,
            "industry": c.industry,
            "priority": c.priority,
            "motivation": c.motivation,
            "posting": c.posting,
            "notes": c.notes,
        }
        for c in plan.companies
    ]
    return initial, companies


def plan_from(form: PlanForm, formset: Any, previous: PlanData) -> PlanData:
    """Return the PlanData described by a valid form and formset.

    LAMP advocacy is not edited here, so it is carried over from ``previous``.
    """
    data = form.cleaned_data
    advocacy = {c.name.casefold(): c.advocacy for c in previous.companies}
    companies = []
    for row in formset.cleaned_data:
        if not row or row.get("DELETE") or not row.get("name", "").strip():
            continue
        name = row["name"].strip()
        companies.append(
            TargetCompanySpec(
                name=name,
                industry=row.get("industry", "").strip(),
                priority=row.get("priority"),
                notes=row.get("notes", "").strip(),
                advocacy=advocacy.get(name.casefold()),
                motivation=row.get("motivation"),
                posting=row.get("posting"),
            )
        )
    return PlanData(
        person=Person(
            name=data["name"].strip(),
            headline=data["headline"].strip(),
            email=data["email"].strip(),
            location=data["location"].strip(),
            booking_link=data["booking_link"].strip(),
        ),
        positions=data["positions"],
        industries=data["industries"],
        geography=data["geography"],
        companies=tuple(companies),
        decision_makers=data["decision_makers"],
        peers=data["peers"],
        connectors=data["connectors"],
        offers=data["offers"],
        goals=Goals(
            weekly_meetings=data["weekly_meetings"],
            weekly_target_industry_meetings=data["weekly_target_industry_meetings"],
            weekly_decision_maker_meetings=data["weekly_decision_maker_meetings"],
            search_started_on=data["search_started_on"],
        ),
    )
