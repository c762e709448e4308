from django.apps import AppConfig


class CoachingConfig(AppConfig):
    name = "rapport.coaching"
    label = "coaching"

    def ready(self) -> None:
        # A client's stored roster figures go stale when their data changes.
        from rapport.coaching import freshness

        freshness.connect()
