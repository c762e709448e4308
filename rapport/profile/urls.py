from django.urls import path

from rapport.front import views as front

urlpatterns = [
    path(
        "",
        front.coming_soon,
        {"section": "Profile", "what": "Coach your two-minute profile."},
        name="profile",
    ),
]
