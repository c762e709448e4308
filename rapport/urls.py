"""URL map: one include per app, named for what users see."""

from django.contrib import admin
from django.urls import include, path

from rapport.accounts.urls import settings_urlpatterns
from rapport.coaching import token_views
from rapport.coaching.api import api
from rapport.front import views as front

urlpatterns = [
    path("", front.home, name="home"),
    path("healthz", front.healthz, name="healthz"),
    path("demo/", front.demo, name="demo"),
    path("plan/", include("rapport.plan.urls")),
    path("accounts/", include("rapport.accounts.urls")),
    path("contacts/", include("rapport.contacts.urls")),
    path("import/", include("rapport.import_page.urls")),
    path("meetings/", include("rapport.meeting_pages.urls")),
    path("profile/", include("rapport.profile.urls")),
    path("diagnosis/", include("rapport.diagnosis.urls")),
    path("handbill/", include("rapport.handbill.urls")),
    path("paths/", include("rapport.paths.urls")),
    path("give/", include("rapport.ledger.urls")),
    path("settings/", include(settings_urlpatterns)),
    path("settings/api/", token_views.api_access, name="settings-api"),
    path("settings/api/new/", token_views.make_key, name="settings-api-new"),
    path("settings/api/withdraw/", token_views.withdraw_key, name="settings-api-withdraw"),
    path("coach/", include("rapport.coaching.urls")),
    path("sharing/", include("rapport.coaching.sharing_urls")),
    path("api/", api.urls),
    path("h/", include("rapport.handbill.public_urls")),
    path("feeds/", include("rapport.meeting_pages.feed_urls")),
    # The operator's pages: accounts, sign-in lock-outs and the import queue, never a
    # client's contacts or meetings (docs/decisions.md).
    path("admin/", admin.site.urls),
]

admin.site.site_header = admin.site.site_title = "Rapport: the operator's pages"
admin.site.index_title = "Accounts, sign-in lock-outs and imports in progress"
