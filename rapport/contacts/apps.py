from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.apps import AppConfig

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class ContactsConfig(AppConfig):
    name = "rapport.contacts"
    label = "contacts"

    def ready(self) -> None:
        from rapport.plan.signals import plan_saved

        plan_saved.connect(_judge_again, dispatch_uid="contacts-judge-on-plan")


def _judge_again(sender: Any, user: User, **kwargs: Any) -> None:
    """Judge every contact again: each judgment is relative to the plan."""
    from rapport.contacts.judging import rejudge

    rejudge(user)
