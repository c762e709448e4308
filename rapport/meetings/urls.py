from django.urls import path

from rapport.front import views as front

urlpatterns = [
    path(
        "",
        front.coming_soon,
        {"section": "Meetings", "what": "Find the networking meetings in your calendar."},
        name="meetings",
    ),
]
