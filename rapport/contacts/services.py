"""Services that write contacts: imports (see importer.py) and their undo."""

from rapport.contacts.importer import import_contacts

__all__ = ["import_contacts"]
