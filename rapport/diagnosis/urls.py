from django.urls import path

from rapport.diagnosis import views

urlpatterns = [
    path("", views.diagnosis, name="diagnosis"),
    path("report.html", views.report_html, name="diagnosis-report"),
]
