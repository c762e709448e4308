from django.urls import path

from rapport.ledger import views

urlpatterns = [
    path("", views.ledger, name="ledger"),
    path("offer/<int:pk>/", views.offer, name="offer"),
    path("prep/<int:pk>/", views.prep, name="prep"),
]
