from django.contrib.auth import views as auth_views
from django.urls import path

from rapport.accounts import data_views, views

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="accounts/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Django's own views, with Rapport's pages in templates/registration/.
    path("password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("reset/sent/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
#: Behind the login like every page of a workspace (not under /accounts/, which is public).
settings_urlpatterns = [
    path("", views.settings_page, name="settings"),
    path("data/", data_views.data_page, name="settings-data"),
    path("data/backup.json", data_views.download_backup, name="settings-backup"),
    path("data/restore/", data_views.restore_backup, name="settings-restore"),
    path("data/start-over/", data_views.start_over, name="settings-start-over"),
    path("data/delete/", data_views.delete_everything, name="settings-delete"),
]
