from django.urls import path

from rapport.plan import views

urlpatterns = [
    path("", views.edit, name="plan"),
    path("plan.toml", views.export, name="plan-export"),
    path("upload/", views.upload, name="plan-upload"),
]
