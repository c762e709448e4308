from django.urls import path

from rapport.import_page import views

urlpatterns = [
    path("", views.upload, name="import"),
    path("<int:pk>/", views.run_report, name="import-run"),
    path("<int:pk>/undo/", views.run_undo, name="import-undo"),
]
