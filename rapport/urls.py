"""URL map: one include per app, named for what users see."""

from functools import partial

from django.urls import include, path

from rapport.front import views as front

SOON = {
    "ledger": (
        "Give",
        "The two-way ledger: what you gave, what you received, what you can offer.",
    ),
}

urlpatterns = [
    path("", front.home, name="home"),
    path("demo/", front.demo, name="demo"),
    path("plan/", include("rapport.plan.urls")),
    path("accounts/", include("rapport.accounts.urls")),
    path("contacts/", include("rapport.contacts.urls")),
    path("import/", include("rapport.imports.urls")),
    path("meetings/", include("rapport.meetings.urls")),
    path("profile/", include("rapport.profile.urls")),
    path("diagnosis/", include("rapport.diagnosis.urls")),
    path("handbill/", include("rapport.handbill.urls")),
    path("paths/", include("rapport.paths.urls")),
    path("h/", include("rapport.handbill.public_urls")),
    path("feeds/", include("rapport.meetings.feed_urls")),
]
urlpatterns += [
    path(f"{name}/", partial(front.coming_soon, section=label, what=what), name=name)
    for name, (label, what) in SOON.items()
]
