from django.apps import AppConfig


class HandbillConfig(AppConfig):
    name = "rapport.handbill"
    label = "handbill"
