from django.urls import path

from rapport.import_page import views

urlpatterns = [
    path("", views.upload, name="import"),
    path("<int:pk>/", views.run_report, name="import-run"),
    path("<int:pk>/undo/", views.run_undo, name="import-undo"),
    path("jobs/<int:pk>/", views.job_page, name="import-job"),
    path("jobs/<int:pk>/retry/", views.job_retry, name="import-job-retry"),
    path("jobs/<int:pk>/discard/", views.job_discard, name="import-job-discard"),
]
