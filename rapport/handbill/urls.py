from django.urls import path

from rapport.front import views as front

urlpatterns = [
    path(
        "",
        front.coming_soon,
        {"section": "Handbill", "what": "Coming with its issue."},
        name="handbill",
    ),
]
