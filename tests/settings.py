"""Settings for the test suite: the app's own, with a throwaway data folder."""

import os
import tempfile

os.environ.setdefault("RAPPORT_SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="rapport-tests-"))
# Playwright's sync API runs an event loop in the test thread; the ORM calls that the
# browser tests make between page actions are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Imports run inside the request, as on a laptop; tests/imports/test_queue.py starts a real
# worker for the queue.
os.environ.setdefault("RAPPORT_TASKS", "immediate")

from rapport.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
