"""Rapport: make a job seeker's networking pay off."""

__version__ = "0.1.0"
