from django.apps import AppConfig


class PathsConfig(AppConfig):
    name = "rapport.paths"
    label = "paths"
