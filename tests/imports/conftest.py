"""Fixtures for the import tests: Alice imports through the real importers."""

from tests.contacts.conftest import alice_plan, import_as_alice

__all__ = ["alice_plan", "import_as_alice"]
