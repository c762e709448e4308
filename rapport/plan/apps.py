from django.apps import AppConfig


class PlanConfig(AppConfig):
    name = "rapport.plan"
    label = "plan"
