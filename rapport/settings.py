"""Django settings, read from environment variables.

SQLite in the user's data folder by default (WAL on); PostgreSQL when DATABASE_URL is
set. Single-user local mode unless RAPPORT_MULTIUSER=1 or the server binds to a
non-loopback address; see docs/architecture.md.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import platformdirs
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

from rapport.settings_mode import LOOPBACK_HOSTS, env_bool, env_list

BASE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """Return the folder that holds the user's database and secret key."""
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg:
        return Path(xdg) / "rapport"
    return Path(platformdirs.user_data_dir("rapport", appauthor=False))


def _secret_key() -> str:
    key = os.environ.get("RAPPORT_SECRET_KEY") or os.environ.get("SECRET_KEY")
    if key:
        return key
    # Local installs get a key made once and kept beside the database, never in the repo.
    path = data_dir() / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(50)
        path.write_text(key)
        path.chmod(0o600)
        return key


SECRET_KEY = _secret_key()
DEBUG = env_bool("RAPPORT_DEBUG")
BIND_HOST = os.environ.get("RAPPORT_BIND_HOST", "127.0.0.1")
MULTIUSER = env_bool("RAPPORT_MULTIUSER") or BIND_HOST not in LOOPBACK_HOSTS
LOCAL_OWNER_USERNAME = os.environ.get("RAPPORT_USER", "owner")
ALLOWED_HOSTS = env_list("RAPPORT_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
if BIND_HOST not in LOOPBACK_HOSTS and BIND_HOST not in ("0.0.0.0", "::"):  # noqa: S104
    ALLOWED_HOSTS.append(BIND_HOST)
CSRF_TRUSTED_ORIGINS = env_list("RAPPORT_CSRF_TRUSTED_ORIGINS")


def _public_url() -> str:
    """Return RAPPORT_PUBLIC_URL without a trailing slash ("" when unset), or refuse it."""
    url = os.environ.get("RAPPORT_PUBLIC_URL", "").strip().rstrip("/")
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path:
            raise ImproperlyConfigured(
                f"RAPPORT_PUBLIC_URL must be an address such as https://rapport.example.com, "
                f"not {url!r}"
            )
    return url


#: The address people reach the server at, behind its proxy: share links, the handbill's
#: QR code and the calendar feed use it, and it is the host and origin trusted here.
PUBLIC_URL = _public_url()
if PUBLIC_URL:
    ALLOWED_HOSTS.append(urlsplit(PUBLIC_URL).hostname or "")
    CSRF_TRUSTED_ORIGINS.append(PUBLIC_URL)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "rapport.accounts",
    "rapport.front",
    "rapport.plan",
    "rapport.imports",
    "rapport.contacts",
    "rapport.meetings",
    "rapport.touches",
    "rapport.ledger",
    "rapport.profile",
    "rapport.paths",
    "rapport.handbill",
    "rapport.diagnosis",
    "rapport.coaching",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "rapport.accounts.middleware.WorkspaceMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its own page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "rapport.urls"
WSGI_APPLICATION = "rapport.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # Stands in for Django's {% url %}: names without arguments reversed once.
            "builtins": ["rapport.front.known_urls"],
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "rapport.front.context.navigation",
                "rapport.coaching.context.coaching",
            ],
        },
    },
]


def _database() -> dict[str, object]:
    url = os.environ.get("DATABASE_URL")
    if url:
        return dict(dj_database_url.parse(url, conn_max_age=60))
    path = os.environ.get("RAPPORT_DB")
    db_path = Path(path).expanduser() if path else data_dir() / "rapport.sqlite3"
    if not path:
        # Only the default data folder is made on first use: a mistyped RAPPORT_DB must
        # fail, not open an empty workspace that looks as if the data were gone.
        db_path.parent.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(db_path),
        "OPTIONS": {
            # WAL lets the web app read while an import writes; IMMEDIATE avoids
            # "database is locked" on upgrade from read to write transactions.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


DATABASES = {"default": _database()}

#: Where imports run: "immediate" inside the request (a laptop), or "queue" for a
#: `rapport worker` process to take from a table in the database (a hosted server).
TASKS_MODE = os.environ.get("RAPPORT_TASKS") or (
    "queue" if os.environ.get("DATABASE_URL") else "immediate"
)
if TASKS_MODE not in ("immediate", "queue"):
    raise ImproperlyConfigured(f"RAPPORT_TASKS must be immediate or queue, not {TASKS_MODE!r}")
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if TASKS_MODE == "queue"
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}
if TASKS_MODE == "queue" and DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    # A second connection writes an import's progress while the import's own transaction is
    # still open, so the page can show it (rapport/import_page/jobs.py).
    DATABASES["progress"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}
#: Pages kept between requests (rapport/accounts/kept.py: the diagnosis, the contacts' and
#: the meetings' lists). On PostgreSQL every server process shares one table, so a workspace's
#: page is computed once per change, not once per process; `rapport migrate` makes the table.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "kept": (
        {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "rapport_kept_pages",
            "TIMEOUT": 24 * 3600,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
        if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3"
        else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    ),
}
#: A running import silent for this long has lost its worker and is marked failed.
RAPPORT_JOB_STALE_SECONDS = int(os.environ.get("RAPPORT_JOB_STALE_SECONDS", 300))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes counts failed sign-ins first: five wrong passwords for one name from one address
# lock that pair out for 15 minutes (docs/decisions.md).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's model backend, reading the workspace with the user (one query a page fewer).
    "rapport.accounts.backends.WorkspaceBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("RAPPORT_LOGIN_ATTEMPTS", 5))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked.html"
AXES_VERBOSE = False
# Password resets and invitations: printed on the console unless an SMTP server is given.
if os.environ.get("RAPPORT_SMTP_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["RAPPORT_SMTP_HOST"]
    EMAIL_PORT = int(os.environ.get("RAPPORT_SMTP_PORT", 587))
    EMAIL_HOST_USER = os.environ.get("RAPPORT_SMTP_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("RAPPORT_SMTP_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("RAPPORT_SMTP_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("RAPPORT_MAIL_FROM", "Rapport <rapport@localhost>")
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("RAPPORT_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Hosted deployments collect static files here (RAPPORT_STATIC_ROOT); local ones need not.
STATIC_ROOT = os.environ.get("RAPPORT_STATIC_ROOT") or None
# Local installs never run collectstatic: WhiteNoise serves straight from the apps.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
#: Largest file the importer accepts (the issue's 200 MB bad-input case is refused).
RAPPORT_MAX_IMPORT_BYTES = int(os.environ.get("RAPPORT_MAX_IMPORT_BYTES", 100 * 1024 * 1024))
#: Keep the first words of each imported message for its owner to read; off keeps headers only.
RAPPORT_TOUCH_EXCERPTS = env_bool("RAPPORT_TOUCH_EXCERPTS", True)

SESSION_COOKIE_HTTPONLY = True
# Django's database sessions, read with a query prepared once (every page reads one).
SESSION_ENGINE = "rapport.accounts.sessions"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
#: Reachable from other machines and not told the network is trusted and plain HTTP
#: (RAPPORT_INSECURE_LAN=1): HTTPS only, cookies included, and browsers told to remember it.
SECURE_TRANSPORT = MULTIUSER and not DEBUG and not env_bool("RAPPORT_INSECURE_LAN")
if SECURE_TRANSPORT:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # Behind an HTTPS proxy, gunicorn marks a request secure from X-Forwarded-Proto, and
    # only when the proxy is one of RAPPORT_FORWARDED_ALLOW_IPS (rapport/serving.py).
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # container checks speak plain HTTP inside
    SECURE_HSTS_SECONDS = int(os.environ.get("RAPPORT_HSTS_SECONDS", 365 * 24 * 3600))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("RAPPORT_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("RAPPORT_HSTS_PRELOAD")
    if not SECURE_HSTS_PRELOAD:
        # Preloading is a promise the operator makes to the browsers' list, not ours to make.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Scripts and styles only from this server (htmx and the chart library are vendored), so
# that text from an imported file can never run as a script even if it slipped through.
# Style attributes stay allowed: bars and meters set their width with one.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("RAPPORT_LOG_LEVEL", "WARNING")},
}
