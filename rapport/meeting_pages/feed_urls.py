"""Public, token-guarded calendar feeds (no login: calendar apps subscribe to them)."""

from django.urls import path

from rapport.meeting_pages import views

urlpatterns = [
    path("<str:token>/follow-ups.ics", views.follow_up_feed, name="follow-up-feed"),
]
