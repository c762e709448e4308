"""The workspace settings form: time zone, speaking pace, and the diagnosis thresholds."""

from __future__ import annotations

import zoneinfo
from functools import lru_cache
from typing import Any

from django import forms

from rapport.core.diagnosis import THRESHOLDS


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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for threshold in THRESHOLDS.values():
            self.fields[f"t_{threshold.name}"] = forms.FloatField(
                required=False,
                min_value=0,
                label=threshold.label,
                help_text=f"{threshold.meaning} Default {threshold.default:g}.",
            )

    def thresholds(self) -> dict[str, float]:
        """Return the thresholds the user changed from their defaults."""
        chosen = {}
        for threshold in THRESHOLDS.values():
            value = self.cleaned_data.get(f"t_{threshold.name}")
            if value is not None and value != threshold.default:
                chosen[threshold.name] = value
        return chosen
