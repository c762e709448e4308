"""/coach/…: the roster, and a client's shared pages (all read-only, all logged)."""

from django.urls import path

from rapport.coaching import advice_views, client_pages, roster_views, viewing

urlpatterns = [
    path("", roster_views.roster_page, name="coach-roster"),
    path("roster.csv", roster_views.roster_csv, name="coach-roster-csv"),
    path("invite/", roster_views.invite_client, name="coach-invite"),
    path("cohorts/", roster_views.cohort_add, name="coach-cohort-add"),
    path(
        "cohorts/<int:pk>/remove/<int:client_id>/",
        roster_views.cohort_remove,
        name="coach-cohort-remove",
    ),
    path("clients/<int:client_id>/", client_pages.overview, name="coach-client"),
    path("clients/<int:client_id>/contacts/", client_pages.contacts, name="coach-client-contacts"),
    path(
        "clients/<int:client_id>/contacts/<int:contact_id>/",
        client_pages.contact,
        name="coach-client-contact",
    ),
    path("clients/<int:client_id>/meetings/", client_pages.meetings, name="coach-client-meetings"),
    path("clients/<int:client_id>/notes/", advice_views.note, name="coach-note"),
    path("clients/<int:client_id>/comments/", advice_views.comment, name="coach-comment"),
    path("clients/<int:client_id>/actions/", advice_views.assign, name="coach-assign"),
    # Any other path is the client's own page of that path, when its part is shared.
    path("clients/<int:client_id>/<path:rest>", viewing.client_page, name="coach-client-page"),
]
