from django.contrib.auth import views as auth_views
from django.urls import path

from rapport.accounts import views

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="accounts/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
]
#: Behind the login like every page of a workspace (not under /accounts/, which is public).
settings_urlpatterns = [path("", views.settings_page, name="settings")]
