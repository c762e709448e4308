"""Public, token-guarded calendar feeds (no login: calendar apps subscribe to them)."""

urlpatterns: list[object] = []
