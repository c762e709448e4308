from django.urls import path

from rapport.handbill import views

urlpatterns = [
    path("", views.editor, name="handbill"),
    path("sheet/", views.sheet, name="handbill-sheet"),
    path("handbill.pdf", views.download, {"kind": "pdf"}, name="handbill-pdf"),
    path("handbill.html", views.download, {"kind": "html"}, name="handbill-html"),
    path("handbill.md", views.download, {"kind": "md"}, name="handbill-markdown"),
    path("handbill.txt", views.download, {"kind": "txt"}, name="handbill-text"),
    path("share/", views.share, name="handbill-share"),
    path("people/", views.people, name="handbill-people"),
    path("given/", views.given, name="handbill-given"),
]
