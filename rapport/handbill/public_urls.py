"""The public, read-only handbill pages behind unguessable tokens (no login)."""

from django.urls import path

urlpatterns: list[object] = []
