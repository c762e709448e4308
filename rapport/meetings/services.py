"""Services that write meetings: calendar imports (see importer.py)."""

from rapport.meetings.importer import import_calendar

__all__ = ["import_calendar"]
