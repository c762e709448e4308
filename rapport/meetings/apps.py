from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "rapport.meetings"
    label = "meetings"

    def ready(self) -> None:
        from rapport.accounts.signals import zone_changed
        from rapport.meetings import all_day

        zone_changed.connect(all_day.zone_changed, dispatch_uid="meetings-keep-all-day-dates")
