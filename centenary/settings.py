"""Centenary settings: one module driven by environment variables.

Unset variables give the embedded default (SQLite, files under media/, local-memory cache, e-mail to
the console), so `make run` needs nothing but Python. Production sets them (see docs/deploy.md).
"""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Reads a yes/no environment variable ("1", "true", "yes", "on" mean yes); unset or empty
    (a bare `NAME=` line of a .env file) means the default."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    """Reads a comma-separated environment variable into a list of non-empty items; unset or
    empty means the default."""
    value = os.environ.get(name, "").strip() or default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

# Headers on every response, in the embedded default too (the Content-Security-Policy and the
# Permissions-Policy are further down, once the media addresses are known).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# Production (DEBUG off) is HTTPS only: a browser that has seen the site once never asks it over
# HTTP again (HSTS), and cookies never travel in clear. The health check answers over HTTP for the
# load balancer that probes the server directly.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS") or (0 if DEBUG else 31_536_000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG
# Behind a proxy that ends TLS, the header it sets to say the request came over HTTPS, as
# "HEADER,value" (e.g. "X-Forwarded-Proto,https"). Only set it when the proxy always sets (or
# strips) that header: otherwise a client could claim HTTPS itself.
if os.environ.get("SECURE_PROXY_SSL_HEADER"):
    _proxy_header, _proxy_value = os.environ["SECURE_PROXY_SSL_HEADER"].split(",", 1)
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + _proxy_header.strip().upper().replace("-", "_"),
        _proxy_value.strip(),
    )

INSTALLED_APPS = [
    "centenary",
    "stories",
    "submissions",
    "sharing",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtailmedia",
    "django_tasks_db",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside WhiteNoise, so that static files carry the policies too: every response does.
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Inside Django's CSP middleware: it hands the admin's own policy to it (see ADMIN_CSP).
    "centenary.security.AdminContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the locale (it finds stories by their /fr/ or /en/ address), before any view and its
    # page cache: a shared link's UTM tags are counted, then redirected away.
    "sharing.visits.UtmVisitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the session, locale and messages it renders with; before any view.
    "centenary.security.AdminLoginRateLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "centenary.urls"
WSGI_APPLICATION = "centenary.wsgi.application"

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
                "django.template.context_processors.i18n",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's PostgreSQL search index uses its GIN indexes and search vectors.
    INSTALLED_APPS.append("django.contrib.postgres")
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The server and the task worker write to the same file: writers wait for each other (and
    # take the lock when their transaction starts, not halfway), readers never wait (WAL).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }


def frontend_cache_backends() -> dict:
    """The CDN or HTTP cache in front of the site, purged when a story is published (Wagtail's
    frontend cache; stories.frontend_cache): none unless configured in the environment."""
    backends = {}
    if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    if os.environ.get("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        }
    if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends


WAGTAILFRONTENDCACHE = frontend_cache_backends()

# Anonymous pages are cached in their own cache so that publishing can purge them alone. It is
# kept in files so that the task worker's purges (a video ready, a card drawn) reach the server.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", BASE_DIR / ".cache" / "pages"),
    },
}


def redis_cache(url: str, database_offset: int) -> dict:
    """A cache on Redis that fails open: when Redis does not answer within half a second, a read
    is a miss and a write is dropped (and logged), so pages get slower, never an error. Each cache
    has its own database (the URL's, plus the offset): purging one (a flush) leaves the other."""
    parts = urlsplit(url)
    database = int(parts.path.strip("/") or 0) + database_offset
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": urlunsplit(parts._replace(path=f"/{database}")),
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }


# On Redis, the cache (and the rate limits in it) and the pages are shared by every server worker
# and the task worker.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL, 0), "pages": redis_cache(REDIS_URL, 1)}
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# French is the source language; English the second.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Submitted originals: never under MEDIA_URL; editors reach them through an admin view only.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if not DEBUG:
    # Production: hashed names (cached for ever by browsers and the CDN) and compressed copies,
    # served by whitenoise. A file missing from the manifest keeps its plain name: a missing
    # picture, not a server error.
    STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    WHITENOISE_MANIFEST_STRICT = False


def s3_storages(bucket: str) -> dict:
    """Media on S3 (django-storages): public files (images, videos, cards) under the CDN's domain,
    submitted originals under "private/" (or in their own bucket) reached only through presigned
    URLs that expire in minutes. Credentials come from boto3's usual chain (AWS_ACCESS_KEY_ID and
    AWS_SECRET_ACCESS_KEY, or the machine's role). Only "media/" may be exposed by the CDN."""
    from botocore.config import Config

    connection = {
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "file_overwrite": False,
        # A store that does not answer refuses an upload in seconds rather than holding a worker.
        "client_config": Config(
            connect_timeout=2, read_timeout=30, retries={"mode": "standard", "max_attempts": 3}
        ),
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **connection,
                "bucket_name": bucket,
                "location": "media",
                "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
                "querystring_auth": False,
            },
        },
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **connection,
                "bucket_name": os.environ.get("AWS_PRIVATE_STORAGE_BUCKET_NAME") or bucket,
                "location": "private",
                "querystring_auth": True,
                "querystring_expire": int(os.environ.get("AWS_PRIVATE_URL_SECONDS", "300")),
            },
        },
    }


if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES = {**STORAGES, **s3_storages(os.environ["AWS_STORAGE_BUCKET_NAME"])}

MAILERS = {
    "default": {
        "BACKEND": os.environ.get("EMAIL_BACKEND")
        or "django.core.mail.backends.console.EmailBackend",
    }
}
# An SMTP server, when EMAIL_HOST names one (and EMAIL_BACKEND chooses no other backend).
if os.environ.get("EMAIL_HOST") and not os.environ.get("EMAIL_BACKEND"):
    MAILERS["default"] = {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ["EMAIL_HOST"],
            "port": int(os.environ["EMAIL_PORT"]) if os.environ.get("EMAIL_PORT") else None,
            "username": os.environ.get("EMAIL_HOST_USER") or None,
            "password": os.environ.get("EMAIL_HOST_PASSWORD") or None,
            "use_ssl": env_bool("EMAIL_USE_SSL", False),
            "use_tls": env_bool("EMAIL_USE_TLS", not env_bool("EMAIL_USE_SSL", False)),
            # A server that does not answer fails the attempt (retried later), not the worker.
            "timeout": int(os.environ.get("EMAIL_TIMEOUT") or 10),
        },
    }
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "centenaire@example.org")

WAGTAIL_SITE_NAME = "Centenary"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "txt", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Videos are a wagtailmedia library with our own model (captions, transcript, processing state);
# its admin form probes every upload before it is saved.
WAGTAILMEDIA = {
    "MEDIA_MODEL": "stories.Video",
    "MEDIA_FORM_BASE": "stories.forms.VideoForm",
    # A first filter on the name only: the form then probes what the file really is.
    "VIDEO_EXTENSIONS": ["3gp", "avi", "m4v", "mkv", "mov", "mp4", "mpeg", "mpg", "ogv", "webm"],
}
# Limits on an uploaded video, checked by probing the file (never by its name).
VIDEO_MAX_BYTES = int(os.environ.get("VIDEO_MAX_BYTES", str(2 * 1024**3)))
VIDEO_MAX_SECONDS = int(os.environ.get("VIDEO_MAX_SECONDS", "1200"))
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Stemming for the source language on PostgreSQL; ignored by SQLite's backend.
        "SEARCH_CONFIG": "french",
    }
}

# Background work (e-mails, video processing, share cards) goes to the "background" backend:
# by default a queue in the database, run by `manage.py run_worker` (which `make run` starts
# beside the server). Wagtail's own small tasks (its reference index) use the "default" backend
# of the django-tasks backport it is written against, run at once as they always were.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    },
}

# A task worker silent for this many seconds is dead: its running task is queued again.
TASK_WORKER_DEAD_AFTER = int(os.environ.get("TASK_WORKER_DEAD_AFTER", "30"))

# The public submission form: per-IP limit on stories sent (django-ratelimit's "N/period").
SUBMISSION_RATE_LIMIT = os.environ.get("SUBMISSION_RATE_LIMIT", "20/h")
RATELIMIT_USE_CACHE = "default"
# Redis down: the limit is not counted rather than every sender refused (the cache fails open).
RATELIMIT_FAIL_OPEN = True
CSRF_FAILURE_VIEW = "submissions.views.csrf_failure"
# Uploads above this size go to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 12
# The admin's sign-in form: attempts per IP address and per user name (django-ratelimit's rate).
ADMIN_LOGIN_RATE_LIMIT = os.environ.get("ADMIN_LOGIN_RATE_LIMIT") or "10/15m"
# Pages the editors keep private (Wagtail's page privacy): the password form is ours (standalone,
# it shows nothing of the page) and its attempts are limited like the sign-in form's
# (stories.views.private; centenary.urls for a page kept for signed-in people).
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "private_page.html"
# Behind a proxy, the request header that holds the visitor's address for the rate limits, as
# Django names it (e.g. "HTTP_X_REAL_IP"); unset, the address of the connection.
RATELIMIT_IP_META_KEY = os.environ.get("RATELIMIT_IP_META_KEY") or None


def source_of(url: str | None) -> list[str]:
    """The origin of an absolute URL (or a bare domain) as a CSP source; [] for a path on this
    site, which 'self' already allows."""
    if not url:
        return []
    parts = urlsplit(url if "//" in url else f"https://{url}")
    return [f"{parts.scheme}://{parts.netloc}"] if parts.netloc else []


# Where images, videos and cards may come from: this site, its MEDIA_URL, the CDN's domain and the
# S3 endpoint (on AWS without either, the bucket's own amazonaws.com address).
MEDIA_SOURCES = sorted(
    {
        *source_of(MEDIA_URL),
        *source_of(os.environ.get("AWS_S3_CUSTOM_DOMAIN")),
        *source_of(os.environ.get("AWS_S3_ENDPOINT_URL")),
        *(
            ["https://*.amazonaws.com"]
            if os.environ.get("AWS_STORAGE_BUCKET_NAME")
            and not os.environ.get("AWS_S3_ENDPOINT_URL")
            else []
        ),
    }
)


def direct_upload_sources() -> list[str]:
    """Where the browser sends a large video straight to S3 (submissions/direct_uploads.py): the
    origin of boto3's presigned POST for the originals' storage, [] when it is not on S3."""
    private = STORAGES["private"]
    if private["BACKEND"] != "storages.backends.s3.S3Storage":
        return []
    options = private["OPTIONS"]
    return source_of(options["endpoint_url"]) or [
        f"https://{options['bucket_name']}.s3.amazonaws.com"
    ]


# The privacy-enhanced players that a video facade loads when the visitor presses play.
VIDEO_PLAYER_SOURCES = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
# Scripts and styles only from files of this site: no inline script, style or event handler runs,
# so injected markup cannot act. (JSON-LD is data, which the policy leaves alone.) No nonce: the
# page cache would serve one visitor's nonce to the next.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", *MEDIA_SOURCES],
    "media-src": ["'self'", *MEDIA_SOURCES],
    # Direct uploads of large videos go from the browser to the originals' bucket, nowhere else.
    "connect-src": ["'self'", *direct_upload_sources()],
    "frame-src": VIDEO_PLAYER_SOURCES,
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
}
# The admin (Wagtail's and Django's) runs Wagtail's own inline scripts and styles, its templates
# compiled with new Function(), blob: and data: previews of uploads, and frames its own previews:
# it gets the same policy with those allowed. Only signed-in staff reach it beyond the sign-in
# page, and it still loads nothing from another origin.
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *MEDIA_SOURCES],
    "media-src": ["'self'", "blob:", *MEDIA_SOURCES],
    "frame-src": ["'self'", *VIDEO_PLAYER_SOURCES],
    "frame-ancestors": ["'self'"],
}
ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
# Editors' e-mail addresses are not sent to gravatar.com, and the admin loads no image from it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin does not call releases.wagtail.io (the lock file decides the version).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No page may use the camera, microphone, location, payment or sensors; the video players loaded
# by a facade may play, go full screen and decrypt, as their iframe's `allow` asks.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self", *VIDEO_PLAYER_SOURCES],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": ["self", *VIDEO_PLAYER_SOURCES],
    "fullscreen": ["self", *VIDEO_PLAYER_SOURCES],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self", *VIDEO_PLAYER_SOURCES],
    "usb": [],
}

# The century the site tells: stories are dated from the first year of the founding decade.
CENTENARY = {
    "COMPANY_NAME": os.environ.get("COMPANY_NAME", "Maison Ferrandier"),
    "FOUNDING_YEAR": 1914,
    "FIRST_DECADE": 1910,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # One line per background task is noise, not news.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
