"""Settings from SV_* environment variables, with safe defaults.

Secrets come from the environment or from the instance folder's file, which only
`flask --app feedback_app secrets init` writes (never committed), one per purpose. The app never
makes secrets up: two processes that did would each keep their own receipt salt.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
from flask.sansio.scaffold import find_package

from feedback_app.services.languages import TRANSLATIONS_DIR, glossaries

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent  # the repository, when running from a checkout


def _bundled(name: str) -> Path:
    """One of the app's own folders: inside the package when installed from a wheel (the build
    puts it there), at the top of the repository in a checkout or an editable install."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PROJECT_ROOT / name


STATIC_DIR = _bundled("static")
SURVEYS_DIR = _bundled("surveys")
MIGRATIONS_DIR = _bundled("migrations")

SECRET_NAMES = {
    "SECRET_KEY": "SV_SECRET_KEY",
    "RECEIPT_SALT": "SV_RECEIPT_SALT",
    "RATELIMIT_KEY_SECRET": "SV_RATELIMIT_KEY_SECRET",
    "SMS_HMAC_SECRET": "SV_SMS_HMAC_SECRET",
    "VOTER_KEY_SECRET": "SV_VOTER_KEY_SECRET",
}
SECRETS_FILE = "secrets.json"
WITHDRAWAL_RECORD_FILE = "withdrawn-receipts"


class ConfigurationError(click.ClickException):
    """A deployment setting is missing or wrong. The message is one line saying what to do; as a
    ClickException, the ``flask`` command prints just that line."""


def default_instance_path() -> Path:
    """Where Flask would put the instance folder: ``instance/`` beside a checkout, or
    ``<prefix>/var/feedback_app-instance`` for an installed package."""
    prefix, package_path = find_package("feedback_app")
    if prefix is None:
        return Path(package_path) / "instance"
    return Path(prefix) / "var" / "feedback_app-instance"


def instance_path(env: Mapping[str, str] = os.environ) -> Path:
    """The instance folder: ``SV_INSTANCE_PATH``, or Flask's default."""
    configured = env.get("SV_INSTANCE_PATH", "").strip()
    return Path(configured).resolve() if configured else default_instance_path()


def read_instance_secrets(folder: Path) -> dict[str, str]:
    """The secrets in the instance folder's file, or none. Web processes only read this file:
    `secrets init` writes it (feedback_app/secrets_cli.py), so every process has the same salt."""
    path = folder / SECRETS_FILE
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        raise ConfigurationError(f"The secrets file {path} cannot be read ({error}).") from error
    return {name: value for name, value in stored.items()
            if name in SECRET_NAMES and isinstance(value, str) and value}


# Every language the package ships whole (catalogue, glossary, survey texts), and those offered
# when SV_LANGUAGES does not say: the ones whose redaction the benchmark has measured at its
# targets (tests/bench/redaction.py). The others are offered only where a deployment names them,
# having read their figures (docs/translating.md): their names are not yet reliably taken out.
SHIPPED_LANGUAGES = ("en", "es", "fr", "pt", "ar", "vi", "zh_Hans", "ru", "uk", "ro", "sq", "ti")
DEFAULT_LANGUAGES = ("en", "es", "fr", "pt", "ar")


def _codes(value: str) -> tuple[str, ...]:
    """Language codes from a comma-separated setting, in order, each once."""
    return tuple(dict.fromkeys(code.strip() for code in value.split(",") if code.strip()))


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    value = env.get(name, "").strip()
    return int(value) if value else default


def settings_from_env(
    instance_path: Path,
    env: Mapping[str, str] = os.environ,
    *,
    provided: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """All settings for create_app, from the environment with defaults.

    Secrets already ``provided`` (tests pass them) are not read from or written to the instance.
    """
    provided = provided or {}
    in_production = env.get("SV_ENV", "production") != "development"
    settings: dict[str, Any] = {
        "SQLALCHEMY_DATABASE_URI": env.get("SV_DATABASE_URL")
        or f"sqlite:///{instance_path / 'survivor-voice.sqlite3'}",
        "EXIT_URL": env.get("SV_EXIT_URL", "https://www.bbc.co.uk/weather"),
        "SAFETY_TIPS_URL": env.get("SV_SAFETY_TIPS_URL", ""),
        "RATELIMIT_STORAGE_URI": env.get("SV_RATELIMIT_STORAGE_URI", "memory://"),
        "RETENTION_DAYS": _int(env, "SV_RETENTION_DAYS", 365),
        "ORGANISATION_NAME": env.get("SV_ORGANISATION_NAME", "Survivor Voice"),
        "SURVEYS_DIR": env.get("SV_SURVEYS_DIR") or str(SURVEYS_DIR),
        # The languages offered, in the order the language step lists them (docs/translating.md).
        "LANGUAGES": _codes(env.get("SV_LANGUAGES", "")) or DEFAULT_LANGUAGES,
        # How long a SQLite write waits for another writer before the survivor is told to try
        # again (503). Our write transactions take milliseconds, so 3 s covers a busy moment
        # without leaving someone staring at a page that does not load.
        "DB_BUSY_TIMEOUT_MS": max(0, _int(env, "SV_DB_BUSY_TIMEOUT_MS", 3000)),
        # How long a PostgreSQL connection may take before the page says to try again (503).
        "DB_CONNECT_TIMEOUT_SECONDS": max(1, _int(env, "SV_DB_CONNECT_TIMEOUT_SECONDS", 5)),
        # Argon2id cost of receipt keys (OWASP's minimum is m=19 MiB, t=2).
        "RECEIPT_KDF_MEMORY_KIB": _int(env, "SV_RECEIPT_KDF_MEMORY_KIB", 19 * 1024),
        "RECEIPT_KDF_TIME_COST": _int(env, "SV_RECEIPT_KDF_TIME_COST", 2),
        # Argon2id cost of staff and board passwords (issue: memory >= 19 MiB, t >= 2).
        "PASSWORD_HASH_MEMORY_KIB": _int(env, "SV_PASSWORD_HASH_MEMORY_KIB", 19 * 1024),
        "PASSWORD_HASH_TIME_COST": _int(env, "SV_PASSWORD_HASH_TIME_COST", 2),
        # Wrong passwords and two-step codes: per account and client address (in memory or Redis,
        # never the database), and a slower limit per account from everywhere. One address can
        # never use up the account's limit (20 a day against 50), so it cannot keep the person
        # out while they sign in from another.
        "SIGNIN_LIMIT_CLIENT": env.get("SV_SIGNIN_LIMIT_CLIENT", "5 per 15 minutes; 20 per day"),
        "SIGNIN_LIMIT_ACCOUNT": env.get("SV_SIGNIN_LIMIT_ACCOUNT", "50 per day"),
        # How long one-time links from an admin work: an invitation, a password reset.
        "INVITE_HOURS": _int(env, "SV_INVITE_HOURS", 72),
        "RESET_HOURS": _int(env, "SV_RESET_HOURS", 24),
        # Signed-in sessions end after this long without a request, and this long after sign-in.
        "SESSION_IDLE_MINUTES": max(1, _int(env, "SV_SESSION_IDLE_MINUTES", 60)),
        "SESSION_MAX_HOURS": max(1, _int(env, "SV_SESSION_MAX_HOURS", 12)),
        "RECEIPT_LIMIT_CLIENT": env.get("SV_RECEIPT_LIMIT_CLIENT", "10 per hour"),
        "RECEIPT_LIMIT_ALL": env.get("SV_RECEIPT_LIMIT_ALL", "1000 per hour"),
        "SUBMIT_LIMIT_CLIENT": env.get("SV_SUBMIT_LIMIT_CLIENT", "20 per hour"),
        "SUBMIT_LIMIT_ALL": env.get("SV_SUBMIT_LIMIT_ALL", "2000 per hour"),
        "SESSION_COOKIE_SECURE": in_production,
        "IN_PRODUCTION": in_production,
        # The smallest group the advisory board sees; never below 3 (disclosure.effective_k_min).
        "K_MIN": max(3, _int(env, "SV_K_MIN", 5)),
        # The site's address as survivors type it: every absolute link is built from it (required
        # in production, so a forged Host header never ends up in a poster or an invitation).
        "PUBLIC_URL": env.get("SV_PUBLIC_URL", "").strip().rstrip("/"),
        # How many reverse proxies stand in front (nginx: 1); their forwarded headers are trusted.
        "TRUSTED_PROXIES": max(0, _int(env, "SV_TRUSTED_PROXIES", 0)),
        # SMS: which gateway (kannel, twilio, or empty for none), and the number on posters.
        "SMS_GATEWAY": env.get("SV_SMS_GATEWAY", "").strip().lower(),
        "SMS_NUMBER": env.get("SV_SMS_NUMBER", ""),
        "KANNEL_TOKEN": env.get("SV_KANNEL_TOKEN", ""),
        "KANNEL_SENDSMS_URL": env.get("SV_KANNEL_SENDSMS_URL", ""),
        "KANNEL_USERNAME": env.get("SV_KANNEL_USERNAME", ""),
        "KANNEL_PASSWORD": env.get("SV_KANNEL_PASSWORD", ""),
        "TWILIO_AUTH_TOKEN": env.get("SV_TWILIO_AUTH_TOKEN", ""),
        "TWILIO_WEBHOOK_URL": env.get("SV_TWILIO_WEBHOOK_URL", ""),
        # A survey is about 15 texts; a flood from one number is slowed down, kindly.
        "SMS_LIMIT_SENDER": env.get("SV_SMS_LIMIT_SENDER", "20 per 5 minutes; 150 per day"),
        "SMS_LIMIT_ALL": env.get("SV_SMS_LIMIT_ALL", "6000 per hour"),
        "SMS_CODE_LIMIT_SENDER": env.get("SV_SMS_CODE_LIMIT_SENDER", "5 per hour"),
        # Webhook requests with a wrong Kannel token or Twilio signature, counted as wrong
        # receipt codes are: per client, and in all.
        "SMS_REFUSED_LIMIT_CLIENT": env.get("SV_SMS_REFUSED_LIMIT_CLIENT", "10 per hour"),
        "SMS_REFUSED_LIMIT_ALL": env.get("SV_SMS_REFUSED_LIMIT_ALL", "1000 per hour"),
        # How long a text the webhook took is remembered (as a keyed hash), so a gateway's retry
        # or a replayed request is answered without being handled twice.
        "SMS_REPLAY_WINDOW_SECONDS": max(1, _int(env, "SV_SMS_REPLAY_WINDOW_SECONDS", 600)),
        # Withdrawn receipt keys, re-applied by `restore`; kept (and backed up) with the secrets.
        "WITHDRAWAL_RECORD": str(instance_path / WITHDRAWAL_RECORD_FILE),
        # Where pg_dump and pg_restore are, if not on PATH (their version must be the server's
        # or newer).
        "PG_BIN_DIR": env.get("SV_PG_BIN_DIR", ""),
    }
    settings.update(_secrets(instance_path, env, provided))
    if in_production and "PUBLIC_URL" not in provided:
        _check_public_url(settings["PUBLIC_URL"])
    return settings


def _secrets(folder: Path, env: Mapping[str, str], provided: Mapping[str, Any]) -> dict[str, str]:
    wanted = [name for name in SECRET_NAMES if name not in provided]
    found = {name: env[SECRET_NAMES[name]] for name in wanted if env.get(SECRET_NAMES[name])}
    if len(found) < len(wanted):
        stored = read_instance_secrets(folder)
        found.update({name: stored[name] for name in wanted
                      if name not in found and name in stored})
    missing = [SECRET_NAMES[name] for name in wanted if name not in found]
    if missing:
        raise ConfigurationError(
            f"Secrets are missing ({', '.join(missing)}): run `flask --app feedback_app secrets "
            f"init` once (it writes {folder / SECRETS_FILE}), or set them in the environment.")
    return found


def _check_public_url(url: str) -> None:
    """In production every absolute link (posters, invitations, the feed) is built from this."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or parts.query or parts.fragment:
        raise ConfigurationError(
            "SV_PUBLIC_URL must be the site's address as survivors type it, starting with "
            "https://, e.g. https://feedback.example.org (set SV_ENV=development on your own "
            "machine).")


KANNEL_TOKEN_MIN_CHARS = 32


def check_settings(config: Mapping[str, Any]) -> None:
    """Checks of the settings as the app will run with them (the environment's and the ones a
    caller passed): raises ConfigurationError."""
    if config.get("SMS_GATEWAY") == "kannel":
        _check_kannel_token(str(config.get("KANNEL_TOKEN") or ""))
    _check_languages(tuple(config.get("LANGUAGES", ())))


def _check_languages(codes: tuple[str, ...]) -> None:
    """Every offered language has its glossary and (English aside) its compiled catalogue; the
    whole list of what a language needs is docs/translating.md."""
    if "en" not in codes:
        raise ConfigurationError("SV_LANGUAGES must include en: every text is written in English "
                                 "first, and it is what a missing translation falls back to.")
    known = glossaries()
    for code in codes:
        catalogue = TRANSLATIONS_DIR / code / "LC_MESSAGES" / "messages.mo"
        if code not in known or (code != "en" and not catalogue.is_file()):
            raise ConfigurationError(
                f"SV_LANGUAGES names {code!r}, which has no glossary or compiled catalogue under "
                f"feedback_app/translations/{code}/ (docs/translating.md says what a language "
                "needs).")


def _check_kannel_token(token: str) -> None:
    """The get-url token is all that tells Kannel's requests from anyone's: a short one can be
    guessed, and whoever has it can text the app as any number."""
    if len(token) < KANNEL_TOKEN_MIN_CHARS:
        raise ConfigurationError(
            f"SV_KANNEL_TOKEN must be at least {KANNEL_TOKEN_MIN_CHARS} characters (it has "
            f"{len(token)}): make one with `python3 -c 'import secrets; "
            "print(secrets.token_urlsafe(32))'` and put the same value in Kannel's get-url.")


def session_cookie_name(secure: bool) -> str:
    """`__Host-s` when the cookie is Secure: browsers then accept it only if it is Secure, for /
    and without a Domain, so no other site under the same domain (a sibling sub-domain, a page
    hosted beside ours) can set or replace it, e.g. to plant a session. Plain `s` over HTTP on a
    developer's machine, where browsers refuse the prefix."""
    return "__Host-s" if secure else "s"


# Fixed for every deployment: these are safety properties, not preferences.
FIXED_SETTINGS: dict[str, Any] = {
    # For / on this host only: the __Host- prefix (session_cookie_name) requires both.
    "SESSION_COOKIE_PATH": "/",
    "SESSION_COOKIE_DOMAIN": None,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_REFRESH_EACH_REQUEST": False,
    # A 100 kB answer must reach the form so the survivor gets it back with a kind message;
    # anything much larger is refused with 413 before it is read.
    "MAX_CONTENT_LENGTH": 256 * 1024,
    "MAX_FORM_MEMORY_SIZE": 256 * 1024,
    "SQLALCHEMY_TRACK_MODIFICATIONS": False,
    "WTF_CSRF_TIME_LIMIT": None,  # tied to the browser session instead
    # Flask-WTF's HTTPS check wants a Referer, which our no-referrer policy tells browsers not to
    # send: it refused every form over HTTPS. security.check_origin checks Origin instead.
    "WTF_CSRF_SSL_STRICT": False,
    "BABEL_DEFAULT_LOCALE": "en",
}
