from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "rapport.accounts"
    label = "accounts"

    def ready(self) -> None:
        from rapport.accounts import kept, versions

        # After every migrate, so a table added by a migration gets its triggers too.
        post_migrate.connect(versions.install, sender=self, dispatch_uid="rapport-versions")
        # Every upgrade migrates (`rapport serve` does before serving): a value kept by the
        # code before may not have the shape the new code reads.
        post_migrate.connect(kept.forget_after_migrate, sender=self, dispatch_uid="rapport-kept")
