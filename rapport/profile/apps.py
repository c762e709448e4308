from django.apps import AppConfig


class ProfileConfig(AppConfig):
    name = "rapport.profile"
    label = "profile"
