from django.urls import path

from rapport.contacts import company_pages, list_page, views

urlpatterns = [
    path("", list_page.contact_list, name="contacts"),
    path("export.csv", views.contact_export, {"file_format": "csv"}, name="contacts-csv"),
    path("export.vcf", views.contact_export, {"file_format": "vcard"}, name="contacts-vcard"),
    path("new/", views.contact_new, name="contact-new"),
    path("selected/", views.contact_bulk, name="contacts-bulk"),
    path("deleted/<int:pk>/undo/", views.contact_undo_delete, name="contact-undo-delete"),
    path("<int:pk>/merge/", views.contact_merge, name="contact-merge"),
    path("<int:pk>/delete/", views.contact_delete, name="contact-delete"),
    path("<int:pk>/", views.contact_detail, name="contact"),
    path("<int:pk>/override/", views.contact_override, name="contact-override"),
    path("<int:pk>/edit/", views.contact_edit, name="contact-edit"),
    path("review/", views.review_queue, name="review"),
    path("review/<int:pk>/", views.review_decide, name="review-decide"),
    path("companies/", company_pages.companies, name="companies"),
    path("companies/<int:pk>/", company_pages.company_update, name="company-update"),
]
