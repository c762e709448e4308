"""The workspace settings form: time zone, pace, who you are in messages, the thresholds."""

from __future__ import annotations

import re
import zoneinfo
from functools import lru_cache
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from rapport.core.diagnosis import THRESHOLDS
from rapport.formats.linkedin import slug_from_url


@lru_cache(maxsize=1)
def zone_choices() -> list[tuple[str, str]]:
    return [(zone, zone.replace("_", " ")) for zone in sorted(zoneinfo.available_timezones())]


class WorkspaceForm(forms.Form):
    time_zone = forms.ChoiceField(
        choices=zone_choices, help_text="Meetings are shown, and floating times read, in this zone."
    )
    words_per_minute = forms.IntegerField(
        min_value=60,
        max_value=250,
        label="Speaking pace (words a minute)",
        help_text="About 140 for prepared speech; Rehearse on the Profile page measures yours.",
    )
    keep_in_touch_days = forms.IntegerField(
        min_value=7,
        max_value=365,
        label="Check in with dormant contacts every (days)",
        help_text="The method suggests every 4 to 8 weeks.",
    )

    my_name = forms.CharField(
        required=False,
        max_length=200,
        label="Your name in your messages",
        help_text="As LinkedIn shows it. Empty: your plan's name, else your LinkedIn profile's.",
    )
    my_emails = forms.CharField(
        required=False,
        max_length=2000,
        label="Your e-mail addresses",
        help_text="Every address you write from, separated by commas.",
    )
    my_linkedin = forms.CharField(
        required=False,
        max_length=300,
        label="Your LinkedIn profile address",
        help_text="Like https://www.linkedin.com/in/your-name",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for threshold in THRESHOLDS.values():
            self.fields[f"t_{threshold.name}"] = forms.FloatField(
                required=False,
                min_value=0,
                label=threshold.label,
                help_text=f"{threshold.meaning} Default {threshold.default:g}.",
            )

    def clean_my_emails(self) -> list[str]:
        """Return the addresses given, lower-cased, each once; refuse one that is no address."""
        addresses = []
        for part in re.split(r"[,;\s]+", self.cleaned_data["my_emails"]):
            if not part:
                continue
            try:
                validate_email(part)
            except ValidationError as error:
                raise ValidationError(f"{part} is not an e-mail address.") from error
            addresses.append(part.lower())
        return list(dict.fromkeys(addresses))

    def clean_my_linkedin(self) -> str:
        """Return the profile's slug from its address (or the slug itself)."""
        value = self.cleaned_data["my_linkedin"].strip()
        if not value:
            return ""
        slug = slug_from_url(value if "/in/" in value else f"https://www.linkedin.com/in/{value}")
        if not slug or ("/" in value and "/in/" not in value):
            raise ValidationError(
                "Give your profile's address, like https://www.linkedin.com/in/your-name"
            )
        return slug

    def thresholds(self) -> dict[str, float]:
        """Return the thresholds the user changed from their defaults."""
        chosen = {}
        for threshold in THRESHOLDS.values():
            value = self.cleaned_data.get(f"t_{threshold.name}")
            if value is not None and value != threshold.default:
                chosen[threshold.name] = value
        return chosen
