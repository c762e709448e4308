from django.urls import path

from rapport.meeting_pages import views
from rapport.meeting_pages.log import log_meeting_page

urlpatterns = [
    path("", views.meeting_list, name="meetings"),
    path("feed/", views.feed_settings, name="meetings-feed"),
    path("log/", log_meeting_page, name="meeting-log"),
    path("<int:pk>/", views.meeting_detail, name="meeting"),
    path("<int:pk>/outcome/", views.meeting_outcome, name="meeting-outcome"),
    path("<int:pk>/classify/", views.meeting_classify, name="meeting-classify"),
    path("<int:pk>/person/", views.meeting_person, name="meeting-person"),
    path("<int:pk>/evidence/", views.meeting_evidence, name="meeting-evidence"),
]
