"""What the accounts tell the apps above them, without importing them."""

from django.dispatch import Signal

#: Sent with ``user``, ``old`` and ``new`` (ZoneInfo) inside the transaction that changes
#: the workspace's time zone; a receiver moves what it anchored to the old zone and returns
#: a sentence for the user, or "" when it has nothing to say.
zone_changed = Signal()
