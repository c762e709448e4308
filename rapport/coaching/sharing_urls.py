"""/sharing/…: what a client shares with coaches, and the invitations between them."""

from django.urls import path

from rapport.coaching import advice_views, consent_views

urlpatterns = [
    path("", consent_views.sharing_page, name="sharing"),
    path("invite/", consent_views.invite, name="sharing-invite"),
    path("<int:pk>/revoke/", consent_views.revoke, name="sharing-revoke"),
    path("actions/<int:pk>/done/", advice_views.done, name="sharing-done"),
    path("invitation/<str:token>/", consent_views.invitation, name="coaching-invitation"),
]
