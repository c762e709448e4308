"""The public, read-only handbill pages behind unguessable tokens (no login)."""

from django.urls import path

from rapport.handbill import views

urlpatterns = [
    path("<str:token>/", views.public, name="handbill-public"),
    path("<str:token>/handbill.pdf", views.public_pdf, name="handbill-public-pdf"),
]
