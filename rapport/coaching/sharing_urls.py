"""/sharing/…: what a client shares with coaches, and the invitations between them."""

from django.urls import path

from rapport.coaching import consent_views

urlpatterns = [
    path("", consent_views.sharing_page, name="sharing"),
    path("invite/", consent_views.invite, name="sharing-invite"),
    path("<int:pk>/revoke/", consent_views.revoke, name="sharing-revoke"),
    path("invitation/<str:token>/", consent_views.invitation, name="coaching-invitation"),
]
