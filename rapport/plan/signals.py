"""What the plan tells the apps above it, without importing them."""

from django.dispatch import Signal

#: Sent with ``user`` after the user's plan and target list are saved.
plan_saved = Signal()
