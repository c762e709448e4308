from django.urls import path

from rapport.paths import views

urlpatterns = [
    path("", views.target_list, name="paths"),
    path("<int:pk>/", views.target_detail, name="paths-target"),
    path("<int:pk>/sent/", views.log_message, name="paths-sent"),
    path("<int:pk>/advocacy/", views.set_advocacy, name="paths-advocacy"),
    path("check/", views.check_draft, name="paths-check"),
    path("who/", views.who, name="paths-who"),
    path("outreach/<int:pk>/replied/", views.mark_replied, name="outreach-replied"),
    path("outreach/<int:pk>/followed-up/", views.mark_followed_up, name="outreach-followed-up"),
    path("message/<int:pk>/replied/", views.mark_touch_replied, name="touch-outreach-replied"),
    path(
        "message/<int:pk>/followed-up/",
        views.mark_touch_followed_up,
        name="touch-outreach-followed-up",
    ),
]
