from django.urls import path

from rapport.import_page import suggestion_views, views

urlpatterns = [
    path("", views.upload, name="import"),
    path("<int:pk>/", views.run_report, name="import-run"),
    path("<int:pk>/undo/", views.run_undo, name="import-undo"),
    path("jobs/<int:pk>/", views.job_page, name="import-job"),
    path("jobs/<int:pk>/retry/", views.job_retry, name="import-job-retry"),
    path("jobs/<int:pk>/discard/", views.job_discard, name="import-job-discard"),
    path("suggestions/", suggestion_views.suggestion_list, name="suggestions"),
    path(
        "suggestions/accept-all/",
        suggestion_views.suggestion_accept_all,
        name="suggestions-accept-all",
    ),
    path(
        "suggestions/<int:pk>/accept/",
        suggestion_views.suggestion_accept,
        name="suggestion-accept",
    ),
    path(
        "suggestions/<int:pk>/dismiss/",
        suggestion_views.suggestion_dismiss,
        name="suggestion-dismiss",
    ),
]
