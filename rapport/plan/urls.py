from django.urls import path

from rapport.plan import views, wizard

urlpatterns = [
    path("", views.edit, name="plan"),
    path("plan.toml", views.export, name="plan-export"),
    path("upload/", views.upload, name="plan-upload"),
    path("guided/", wizard.start, name="plan-wizard"),
    *(
        path(
            f"guided/{step.key}/",
            wizard.step_view,
            {"key": step.key},
            name=f"plan-wizard-{step.key}",
        )
        for step in wizard.STEPS
    ),
    path("guided/done/", wizard.done, name="plan-wizard-done"),
]
