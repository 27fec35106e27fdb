"""Settings of the portal, all read from the environment (docs/architecture.md: configuration from the environment).

With nothing set the portal runs on an embedded default (SQLite and a filesystem
Celery broker under ``var/``); with ``DATABASE_URL`` and ``REDIS_URL`` set it uses
Postgres and Redis, which is what production and the test suite use.
"""

import datetime
import os
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    if not value:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean: use 1/0, true/false, yes/no.")


def env_int(name: str, default: int) -> int:
    value = env(name)
    try:
        return int(value) if value else default
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def redacted(url: str) -> str:
    """The URL without its password, safe to print in an error message."""
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


VAR_DIR = Path(env("VAR_DIR") or BASE_DIR / "var")

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            "string (production), or DEBUG=1 to run with a development key."
        )
    SECRET_KEY = "django-insecure-development-key-do-not-use-in-production"  # noqa: S105 - DEBUG only

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The public address of the site, used in e-mails, feeds and share links built outside a request.
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "portal",
    "news",
    "trainings",
    "awards",
    # The demo content and its seed_demo command; the one part of portal that imports the apps above.
    "portal.demo",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "ckeditor",
    "simple_history",
    "csp",
    "django_ratelimit",
    "portal.apps.SignInLockoutsConfig",  # django-axes, named in Vietnamese
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # /en/... in English, everything else in Vietnamese; before CommonMiddleware, which resolves URLs.
    "portal.middleware.UrlLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Old addresses of articles imported from a department's former site: 301 to the article, on a 404 only.
    "news.middleware.OldAddressRedirectMiddleware",
    # Turns django-ratelimit's refusal into RATELIMIT_VIEW's 429 page instead of a 403.
    "django_ratelimit.middleware.RatelimitMiddleware",
    # Answers a sign-in that django-axes refused (AXES_LOCKOUT_CALLABLE); last, as axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = env("ROOT_URLCONF", "portal.web.urls")
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.web.context_processors.site",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------

DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    try:
        DATABASES = {
            "default": dj_database_url.parse(
                DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True
            )
        }
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL={redacted(DATABASE_URL)} is not valid: {exc}") from None
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "portal.sqlite3",
            # Web, worker and beat share the file; wait for a lock rather than fail.
            "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and Celery broker --------------------------------------------------------------

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "TIMEOUT": 300,
            "OPTIONS": {
                # A Redis outage must not take the public pages down: errors are
                # logged (DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS) and treated as misses.
                "IGNORE_EXCEPTIONS": True,
                # Redis answers in a millisecond; a call that waits longer is talking to a
                # hung server, and a page makes several. The breaker of the pool's
                # connections (portal/cache.py) then stops asking for REDIS_BREAKER_SECONDS.
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
                "CONNECTION_POOL_CLASS": "portal.cache.BreakerConnectionPool",
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "TIMEOUT": 300}}
# After the cache's Redis fails, each process leaves it alone this many seconds (portal/cache.py):
# a hung Redis then costs a process one 0.2-second timeout every 5 seconds.
REDIS_BREAKER_SECONDS = env_int("REDIS_BREAKER_SECONDS", 5)
# After a publish to the broker fails, each process queues nothing for this long and leaves the
# work to the sweeps (portal/jobs.py); a hung broker costs one 2-second publish per period.
BROKER_BREAKER_SECONDS = env_int("BROKER_BREAKER_SECONDS", 30)

CELERY_BROKER_URL = env("CELERY_BROKER_URL") or REDIS_URL or "filesystem://"
if CELERY_BROKER_URL == "filesystem://":
    # The embedded default: web, worker and beat pass messages through files in var/,
    # so the scheduled jobs run with no Redis installed (see README, "Celery").
    _queue_dir = VAR_DIR / "celery" / "queue"
    _processed_dir = VAR_DIR / "celery" / "processed"
    _queue_dir.mkdir(parents=True, exist_ok=True)
    _processed_dir.mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "processed_folder": str(_processed_dir),
        "store_processed": False,
        # The table of queue bindings; kombu's default is "control" in the working directory.
        "control_folder": str(VAR_DIR / "celery" / "control"),
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # Longer than the longest task time limit, so that a running task is not redelivered.
        "visibility_timeout": 3600,
        "socket_connect_timeout": 2,
        # Without it a publish to a hung Redis waits forever (a worker's BRPOP is read only
        # once its socket is readable, so its own wait is not cut short by this).
        "socket_timeout": 2,
    }
# One try to publish, not four: what a task would do is a row that a sweep finds anyway
# (docs/architecture.md: a side effect is a row before it is a message), and a web request
# must not wait through retries on a broker that is down (portal/jobs.py).
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 0}
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = "Asia/Ho_Chi_Minh"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

# The whole beat schedule, one entry per job (docs/conventions.md, Tasks).
CELERY_BEAT_SCHEDULE = {
    # Every minute: /healthz calls the worker dead after three missed beats.
    "portal-heartbeat": {"task": "portal.heartbeat", "schedule": 60.0},
    # Every minute: scheduled articles are public at their minute anyway (published()); this
    # sweep does their side effects (log, cache purge, mail) within a minute of that.
    "news-publish-due": {"task": "news.publish_due", "schedule": 60.0},
    # Every 2 minutes: does what a lost task left owed (mails of workflow steps and questions,
    # image renditions, page purges that missed Redis), e.g. after the broker was down. The
    # tasks queued after commit do this at once normally, so this only bounds how late work
    # is after an outage; each run is a few indexed queries when nothing is owed, and work
    # younger than 2 minutes (OWED_AFTER) is left to its own task.
    "portal-owed-sweep": {"task": "portal.owed_sweep", "schedule": 120.0},
    # Every minute: view counts wait in Redis at most this long; "Đọc nhiều" is cached as long.
    "news-flush-views": {"task": "news.flush_views", "schedule": 60.0},
    # Every 5 minutes: the shortest reminder staff set is a couple of hours before the start,
    # so 5 minutes late is on time; each run is one indexed query when nothing is due, and
    # failed sends are retried on this beat too (their backoff starts at 5 minutes).
    "trainings-send-due-reminders": {"task": "trainings.send_due_reminders", "schedule": 300.0},
    # Every hour: the organiser's nudge comes a week after the training; an hour either way
    # does not matter, and a refused send is tried again the next hour.
    "trainings-remind-organisers-of-outcomes": {"task": "trainings.remind_organisers_of_outcomes", "schedule": 3600.0},
    # Every 10 minutes: a document's status changes at midnight (a date in force or an end date
    # comes), so it shows at most 10 minutes late; one UPDATE of the rows that changed. The same
    # run reads the files whose reading task was lost (10 minutes after their upload).
    "news-documents-sweep": {"task": "news.documents_sweep", "schedule": 600.0},
    # Daily: personal data past its period (docs/personal-data.md) is erased within a day of
    # it; each run is one indexed query per kind when nothing is due.
    "portal-personal-data-sweep": {"task": "portal.personal_data_sweep", "schedule": 24 * 3600.0},
}

# How old the last heartbeat may be before /healthz reports the worker or beat as down.
HEARTBEAT_MAX_AGE_SECONDS = env_int("HEARTBEAT_MAX_AGE_SECONDS", 180)
# /healthz reuses its checks this long in each process (it is public and opens connections).
HEALTHZ_CACHE_SECONDS = env_int("HEALTHZ_CACHE_SECONDS", 5)

# Retention periods of personal data, in days, per kind of the register (portal/personal_data.py,
# docs/personal-data.md), which holds the defaults: RETENTION_QUESTION_CONTACT_DAYS=365 and so on.
# An unknown kind or a period under the register's legal minimum stops start-up (PortalConfig).
PERSONAL_DATA_RETENTION_DAYS = {
    name.removeprefix("RETENTION_").removesuffix("_DAYS").lower(): env_int(name, 0)
    for name in sorted(os.environ)
    if name.startswith("RETENTION_") and name.endswith("_DAYS")
}

# Keys of encrypted fields (portal/encryption.py), comma-separated Fernet keys, the first in use;
# development derives one from SECRET_KEY, production refuses to read or write without one.
FIELD_ENCRYPTION_KEYS = env_list("FIELD_ENCRYPTION_KEYS")

# Hours the department gives itself to answer a person's request about their data; 72 is the
# period the implementing rules set for most requests. Shorten it freely; check before lengthening it.
PERSONAL_DATA_REQUEST_HOURS = env_int("PERSONAL_DATA_REQUEST_HOURS", 72)

# --- Mail ---------------------------------------------------------------------------------

EMAIL_HOST = env("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 25)
    EMAIL_HOST_USER = env("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
else:
    # No mail server configured: mail is written to the log of the process that sends it.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Cổng thông tin Sở GD&ĐT <no-reply@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# --- Files --------------------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT") or VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT") or VAR_DIR / "media")

# Files not everyone may fetch (materials and papers of trainings, files of documents not
# public, scans of commendation decisions) live apart from MEDIA_ROOT, which the web server
# serves to anyone at MEDIA_URL; no URL pattern serves this folder either. They are fetched
# through each app's download view, which checks who may (portal/storage.py, portal/downloads.py).
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT") or VAR_DIR / "private")
_media, _private = MEDIA_ROOT.resolve(), PRIVATE_MEDIA_ROOT.resolve()
if _private.is_relative_to(_media) or _media.is_relative_to(_private):
    raise ImproperlyConfigured(
        f"PRIVATE_MEDIA_ROOT={PRIVATE_MEDIA_ROOT} and MEDIA_ROOT={MEDIA_ROOT} overlap, so private files would be "
        "served to anyone at MEDIA_URL; give PRIVATE_MEDIA_ROOT a folder outside MEDIA_ROOT."
    )
# Behind nginx: the internal location (e.g. /_private/) that maps to PRIVATE_MEDIA_ROOT; the
# download views then answer with X-Accel-Redirect and nginx sends the file (README, Production).
PRIVATE_MEDIA_X_ACCEL_REDIRECT = env("PRIVATE_MEDIA_X_ACCEL_REDIRECT")
# On S3, how long the signed address a download view redirects to stays valid.
PRIVATE_MEDIA_SIGNED_URL_SECONDS = env_int("PRIVATE_MEDIA_SIGNED_URL_SECONDS", 60)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "portal.storage.PrivateFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    # Media on S3-compatible storage (MinIO, AWS, Viettel/VNPT object storage), so that
    # web processes on several machines share it (docs/architecture.md: stateless web processes). django-storages reads
    # the AWS_* settings below.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME") or None
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY")
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
    # Private files under private/ (of another bucket if given), never readable without a
    # signature: the download views redirect to a signed address that expires quickly.
    # A custom domain cannot carry S3 signatures, so private files use the endpoint itself.
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_PRIVATE_STORAGE_BUCKET_NAME") or AWS_STORAGE_BUCKET_NAME,
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": PRIVATE_MEDIA_SIGNED_URL_SECONDS,
            "custom_domain": None,
            "file_overwrite": False,
        },
    }

# manage.py backup (deploy/systemd/portal-backup.timer runs it nightly): where the archives go,
# and how many of the newest are kept there.
BACKUP_DIR = Path(env("BACKUP_DIR") or VAR_DIR / "backups")
BACKUP_KEEP = env_int("BACKUP_KEEP", 14)
if BACKUP_KEEP < 1:
    raise ImproperlyConfigured(f"BACKUP_KEEP={BACKUP_KEEP} must be 1 or more.")

FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# A sign-in sheet for a 1,000-delegate conference posts one field per person present (the
# delegate import allows 3,000 rows); Django's default of 1,000 fields would refuse it.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644
WHITENOISE_MAX_AGE = 31536000 if not DEBUG else 0

# --- Users, roles, sessions ---------------------------------------------------------------

AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out account before its password is checked (see Sign-in lockouts).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "portal:login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 12

# --- Language, time -----------------------------------------------------------------------

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("Tiếng Anh"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
# Dates read 09/10/2019 and 09/10/2019 15:34 everywhere (portal/formats/vi/formats.py).
FORMAT_MODULE_PATH = ["portal.formats"]

# --- Security -----------------------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    # Behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
SILENCED_SYSTEM_CHECKS = [
    # ckeditor.W001 says CKEditor 4 no longer gets security fixes. Known and mitigated:
    # uploads are images only, re-encoded by Pillow (portal/images.py); every rich-text
    # field is cleaned by an nh3 allow-list on save (portal/richtext.py); a CSP forbids
    # inline scripts; the editor sits behind portal/richtext.py so it can be swapped.
    "ckeditor.W001",
    # HSTS preload is a one-way commitment for the whole domain; the department decides it,
    # so it is off unless SECURE_HSTS_PRELOAD=1.
    "security.W021",
]

CONTENT_SECURITY_POLICY_REPORT_ONLY = None  # set to a policy to try one out without enforcing it

# Hosts whose video players an article may embed (<iframe src>); the sanitiser keeps only
# these iframes (portal/richtext.py) and the policy below lets only them load.
VIDEO_EMBED_HOSTS = (
    "www.youtube.com",
    "youtube.com",
    "www.youtube-nocookie.com",
    "player.vimeo.com",
    "www.facebook.com",
    "web.facebook.com",
)

# Content Security Policy (django-csp): no inline scripts or styles on the public site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *(f"https://{host}" for host in VIDEO_EMBED_HOSTS)],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# The admin runs CKEditor 4, which writes inline styles, loads its skin's images as data:
# URLs, wires its toolbar and dialogs with inline event handlers (onclick="CKEDITOR.tools
# .callFunction(n)") and starts its editing and upload frames with inline <script>s whose
# text changes on every page (no hash or nonce can match); without 'unsafe-inline' the
# editor never leaves its loading state. Only /admin/ gets this looser policy
# (portal/middleware.py), behind login, where every rich text is cleaned by nh3 on save
# and everything else is escaped; the public site keeps script-src 'self'.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
    },
}

# --- Rich text (django-ckeditor; see portal/richtext.py) ------------------------------------

CKEDITOR_BASEPATH = STATIC_URL + "ckeditor/ckeditor/"
CKEDITOR_UPLOAD_PATH = "editor/"
# CKEditor's allowed-content rules for pasted text: headings, paragraphs, lists, tables, bold
# and italic, links and images; no styles, classes (but image2's), fonts or colours.
PASTE_FILTER = (
    "h2 h3 h4 p br hr blockquote ul ol li strong b em i u s sub sup;"
    " table caption thead tbody tfoot tr; th[colspan,rowspan,scope]; td[colspan,rowspan];"
    " a[!href]; img[!src,alt,width,height]; figure(image); figcaption"
)
CKEDITOR_CONFIGS = {
    "default": {
        "language": "vi",
        "height": 480,
        "width": "100%",
        "toolbar": "Newsroom",
        "toolbar_Newsroom": [
            ["Format", "Bold", "Italic", "Underline", "Strike", "Subscript", "Superscript", "RemoveFormat"],
            [
                "NumberedList",
                "BulletedList",
                "Blockquote",
                "JustifyLeft",
                "JustifyCenter",
                "JustifyRight",
                "JustifyBlock",
            ],
            ["Link", "Unlink", "Image", "Table", "HorizontalRule", "SpecialChar", "Iframe"],
            ["Undo", "Redo", "PasteText", "Maximize", "Source"],
        ],
        "format_tags": "p;h2;h3;h4",
        "extraPlugins": "image2,uploadimage",
        "removePlugins": "exportpdf,image",
        "image2_captionedClass": "image",
        "image2_alignClasses": ["image-left", "image-center", "image-right"],
        # Uploads answer JSON to XHR, never the inline <script> callback CSP would block.
        "filebrowserUploadMethod": "xhr",
        "uploadUrl": "/admin/editor/upload/?responseType=json",
        "filebrowserUploadUrl": "/admin/editor/upload/",
        "filebrowserImageUploadUrl": "/admin/editor/upload/",
        "allowedContent": True,  # nh3 on save is the real filter (portal/richtext.py)
        # What is pasted (from Word, Google Docs or another site) keeps its structure and loses
        # its looks at once, so that the editor sees what the save will keep: portal/richtext.py
        # enforces the same on the server.
        "pasteFilter": PASTE_FILTER,
        "pasteFromWordRemoveFontStyles": True,
        "pasteFromWordPromptCleanup": False,
        "versionCheck": False,
    },
    "basic": {
        "language": "vi",
        "height": 240,
        "width": "100%",
        "toolbar": [["Bold", "Italic", "Link", "Unlink", "NumberedList", "BulletedList", "RemoveFormat"]],
        "removePlugins": "exportpdf",
        "pasteFilter": PASTE_FILTER,
        "pasteFromWordRemoveFontStyles": True,
        "pasteFromWordPromptCleanup": False,
        "versionCheck": False,
    },
}

# --- Abuse guards (django-ratelimit) -------------------------------------------------------

# How many reverse proxies stand in front of the portal, each appending to X-Forwarded-For
# the address it received the request from (nginx: $proxy_add_x_forwarded_for). 0: none, the
# client is REMOTE_ADDR. Every limit (forms, ratings, sign-in lockouts) counts by
# portal.clients.client_ip, which reads it.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"TRUSTED_PROXY_COUNT={TRUSTED_PROXY_COUNT} must be 0 or more.")

# Counters live in the default cache (Redis in production, shared by every web process).
RATELIMIT_USE_CACHE = "default"
# With Redis down or hung the limits cannot be counted: let the votes and questions through
# (the honeypot and the one-vote-per-browser row still apply) rather than refuse everyone.
RATELIMIT_FAIL_OPEN = True
RATELIMIT_IP_META_KEY = "portal.clients.client_ip"
# A view over its limit (@ratelimit, block=True) answers this: HTTP 429 in Vietnamese.
RATELIMIT_VIEW = "portal.web.views.errors.rate_limited"
if not REDIS_URL:
    # Local-memory counters are per process; acceptable for the embedded default only.
    SILENCED_SYSTEM_CHECKS += ["django_ratelimit.E003", "django_ratelimit.W001"]

# --- Sign-in lockouts (django-axes) --------------------------------------------------------

# Five wrong passwords for one account from one address lock that account at that address
# for 15 minutes, at /dang-nhap/ and /admin/login/ alike; the account still signs in from
# another address, and other accounts from the same address (a school behind one NAT) too.
# The attempts are rows in the database rather than keys in Redis: every web process sees the
# same lock, the cache (which ignores Redis errors) going down or being flushed cannot lift
# it, and staff see and lift locks in the admin (README, Security notes).
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "portal.clients.client_ip"
AXES_RESET_ON_SUCCESS = True
# Attempts during a lock are refused without being counted, so a lock ends when the page says
# it will, even for the owner who keeps trying the right password.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "portal.web.views.errors.sign_in_locked_out"
# Every failure is a row (with whether it locked), and every lock a WARNING in the log that
# names the account and the address, which is what staff need to lift it.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_SENSITIVE_PARAMETERS: list[str] = []
# Log lines name only what a lock is made of (no user agent), and nothing at start-up: every
# manage.py command would print axes' banner.
AXES_VERBOSE = False

# --- History (django-simple-history) -------------------------------------------------------

# History pages show old versions and never save them: every model with a history has a
# workflow whose fields only its services write (portal/admin/history.py refuses the POST;
# this setting hides the button of any history page that is not built on it).
SIMPLE_HISTORY_REVERT_DISABLED = True

# --- Logging ------------------------------------------------------------------------------

# Without SENTRY_DSN, errors of the web processes (Django's own handler) and of the tasks (the
# handler on Celery's trace logger below) are mailed to ADMINS: "Name <address>, Name <address>".
ADMINS = getaddresses(env_list("ADMINS"))
LOG_FORMAT = env("LOG_FORMAT", "plain")
if LOG_FORMAT not in {"plain", "json"}:
    raise ImproperlyConfigured(f"LOG_FORMAT={LOG_FORMAT!r} must be plain or json.")
SENTRY_DSN = env("SENTRY_DSN")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "json": {"()": "portal.logs.JsonLines"},
    },
    # Calls refused by the Redis breaker are not logged one by one: the breaker logs the failure.
    "filters": {
        "skip_paused_redis": {"()": "portal.cache.SkipPausedRedis"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["skip_paused_redis"]},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django_redis": {"level": "WARNING"},
        "django.db.backends": {"level": "WARNING"},
        # A task that failed for good (its retries spent) is logged here at ERROR.
        "celery.app.trace": {"handlers": [] if SENTRY_DSN else ["mail_admins"]},
    },
}

if SENTRY_DSN:
    # Errors of the web processes and of the tasks (this module is loaded by both) go to Sentry
    # instead of the mails: no personal data (addresses, cookies, user names, form bodies).
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    ADMINS = []
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env("SENTRY_ENVIRONMENT", "production"),
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=0.0,
    )

# --- The portal ---------------------------------------------------------------------------

# Rows per page of public lists; admin lists use Django's own default.
PAGE_SIZE = env_int("PAGE_SIZE", 20)
# How long a public page may be served from the cache at most (0 turns page caching off). A
# page is purged by the changes it shows and never kept past its next scheduled change, and
# what ages by itself ("Đọc nhiều") is a live block refreshed on its own period
# (portal/pagecache.py): this is only a safety net, for a purge lost with Redis and the database.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 86400)
# How long a proxy in front (nginx) may keep a public page ("Cache-Control: max-age"): no purge
# reaches it, so this is how stale it may serve a changed page. Less on a page with a live block
# (its period) or a scheduled change ahead; never more than PAGE_CACHE_SECONDS.
PAGE_CACHE_PROXY_SECONDS = env_int("PAGE_CACHE_PROXY_SECONDS", 60)
# A web process serves a page it holds for this long before asking Redis again whether the
# page is still current: how long a purge may take to reach every process (0: ask every time).
PAGE_CACHE_RECHECK_SECONDS = env_int("PAGE_CACHE_RECHECK_SECONDS", 1)
# After a purge, one process rebuilds a page while the others serve its previous copy, for at
# most this long (the rebuild lock's lifetime in Redis); then another process may rebuild too.
PAGE_CACHE_REBUILD_SECONDS = env_int("PAGE_CACHE_REBUILD_SECONDS", 2)
