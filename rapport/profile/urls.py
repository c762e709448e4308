from django.urls import path

from rapport.profile import views

urlpatterns = [
    path("", views.editor, name="profile"),
    path("check/", views.check, name="profile-check"),
    path("impact/", views.impact, name="profile-impact"),
    path("impact/insert/", views.impact_insert, name="profile-impact-insert"),
    path("pace/", views.pace, name="profile-pace"),
    path("versions/", views.versions, name="profile-versions"),
    path("versions/<int:pk>/", views.version, name="profile-version"),
    path("versions/<int:pk>/rehearse/", views.rehearse, name="profile-rehearse"),
    path("compare/", views.compare_versions, name="profile-compare"),
]
