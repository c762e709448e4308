from django.urls import path

from rapport.front import views as front

urlpatterns = [
    path(
        "",
        front.coming_soon,
        {"section": "Paths", "what": "Coming with its issue."},
        name="paths",
    ),
]
