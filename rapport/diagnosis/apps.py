from django.apps import AppConfig


class DiagnosisConfig(AppConfig):
    name = "rapport.diagnosis"
    label = "diagnosis"
