from django.apps import AppConfig


class TouchesConfig(AppConfig):
    name = "rapport.touches"
    label = "touches"
