"""Checks on a parsed VEVENT before Rapport reads it: is it readable, and how costly is
its repeat rule to expand.

Exporters write broken values (``DTSTART:garbage``, ``FREQ=FORTNIGHTLY``), repeat a
property, or give a rule that would make dateutil walk for ever. An event that cannot
be read gets a reason in words; broken optional parts (an end, an exception date) are
dropped instead, since losing them beats losing the event.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from icalendar import Component
from icalendar.prop import vBroken

_SINGLE_VALUED = (
    "UID",
    "SUMMARY",
    "DTSTART",
    "DTEND",
    "DURATION",
    "RECURRENCE-ID",
    "STATUS",
    "SEQUENCE",
    "LOCATION",
    "DESCRIPTION",
    "ORGANIZER",
)
_DAY_FILTERS = ("BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS")
_PERIOD_DAYS = {
    "SECONDLY": 1 / 86400,
    "MINUTELY": 1 / 1440,
    "HOURLY": 1 / 24,
    "DAILY": 1.0,
    "WEEKLY": 7.0,
    "MONTHLY": 28.0,
    "YEARLY": 365.0,
}


def problem(event: Component) -> str:
    """Return why an event cannot be read, or ''; drop broken optional properties."""
    for name in _SINGLE_VALUED:
        values = property_values(event, name)
        if len(values) > 1:
            # Sloppy exporters repeat a property; the first readable one wins.
            event[name] = next((v for v in values if not isinstance(v, vBroken)), values[0])
    start = event.get("DTSTART")
    if start is None:
        return "it has no start time"
    if not _is_moment(start):
        written = _raw(start).strip()
        return f"its start time cannot be read: {written}" if written else "its start time is empty"
    for value in property_values(event, "RRULE"):
        if isinstance(value, vBroken):
            return f"its repeat rule cannot be read: {_raw(value)}"
    if "RECURRENCE-ID" in event and not _is_moment(event["RECURRENCE-ID"]):
        return f"the date of the repeat it changes cannot be read: {_raw(event['RECURRENCE-ID'])}"
    # Losing an end, a sequence number or an exception date beats losing the whole event.
    if not isinstance(event.get("SEQUENCE", 0), int):
        event.pop("SEQUENCE")
    if "DTEND" in event and not _is_moment(event["DTEND"]):
        event.pop("DTEND")
    duration = event.get("DURATION")
    if duration is not None and (
        isinstance(duration, vBroken) or not isinstance(getattr(duration, "dt", None), timedelta)
    ):
        event.pop("DURATION")
    for name in ("EXDATE", "RDATE"):
        if not all(
            _is_date_list(value, allow_periods=name == "RDATE")
            for value in property_values(event, name)
        ):
            event.pop(name)
    return ""


def _is_moment(value: Any) -> bool:
    """Return whether a parsed property holds a date or a date-time."""
    return not isinstance(value, vBroken) and isinstance(getattr(value, "dt", None), date)


def _is_date_list(value: Any, *, allow_periods: bool) -> bool:
    if isinstance(value, vBroken) or not hasattr(value, "dts"):
        return False
    kinds = (date, tuple) if allow_periods else (date,)
    return all(isinstance(item.dt, kinds) for item in value.dts)


def _raw(value: Any) -> str:
    """Return a property's value as the file wrote it."""
    try:
        return str(value.to_ical().decode())
    except (AttributeError, ValueError, TypeError):
        return str(value)


def finer_than_daily(rule: Any) -> bool:
    """Return whether a rule fires more than daily or filters at a finer grain than days."""
    unit = _PERIOD_DAYS.get(str((rule.get("FREQ") or ["DAILY"])[0]).upper(), 1.0)
    interval = int((rule.get("INTERVAL") or [1])[0])
    if unit >= 1:
        return False
    return unit * interval < 1 or any(part in rule for part in _DAY_FILTERS)


def firings_per_day(rule: Any) -> float:
    """Return a generous estimate of how many times a day a repeat rule fires."""
    freq = str((rule.get("FREQ") or ["DAILY"])[0]).upper()
    unit = _PERIOD_DAYS.get(freq, 1.0)
    interval = max(1, int((rule.get("INTERVAL") or [1])[0]))
    per_period = 1.0
    for part, part_unit in (("BYSECOND", 1 / 86400), ("BYMINUTE", 1 / 1440), ("BYHOUR", 1 / 24)):
        if part_unit < unit:
            per_period *= len(rule.get(part) or [None])
    if unit > 1:
        days = 1.0
        for part in _DAY_FILTERS[:-1]:
            days *= len(rule.get(part) or [None])
        if "BYDAY" in rule and unit > 7:
            days *= unit / 7  # a weekday falls in every week of the month or year
        per_period *= min(days, unit)
    return per_period / (unit * interval)


def property_values(component: Component, name: str) -> list[Any]:
    """Return a property's values as a list, whether the event has none, one or several."""
    value = component.get(name)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
