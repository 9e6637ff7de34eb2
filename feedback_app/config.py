"""Settings from SV_* environment variables, with safe defaults.

Secrets come from the environment or are generated once into the instance folder (never committed),
one per purpose.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SECRET_NAMES = {
    "SECRET_KEY": "SV_SECRET_KEY",
    "RECEIPT_SALT": "SV_RECEIPT_SALT",
    "RATELIMIT_KEY_SECRET": "SV_RATELIMIT_KEY_SECRET",
    "SMS_HMAC_SECRET": "SV_SMS_HMAC_SECRET",
    "VOTER_KEY_SECRET": "SV_VOTER_KEY_SECRET",
}
SECRETS_FILE = "secrets.json"
WITHDRAWAL_RECORD_FILE = "withdrawn-receipts"


def _instance_secrets(instance_path: Path) -> dict[str, str]:
    """Read the instance secrets file, creating it (mode 0600) with fresh secrets if needed."""
    path = instance_path / SECRETS_FILE
    stored: dict[str, str] = {}
    if path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
    missing = [name for name in SECRET_NAMES if name not in stored]
    if missing:
        stored.update({name: secrets.token_hex(32) for name in missing})
        instance_path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(stored, f, indent=2)
    return stored


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
        "SURVEYS_DIR": env.get("SV_SURVEYS_DIR") or str(PROJECT_ROOT / "surveys"),
        # Argon2id cost of receipt keys (OWASP's minimum is m=19 MiB, t=2).
        "RECEIPT_KDF_MEMORY_KIB": _int(env, "SV_RECEIPT_KDF_MEMORY_KIB", 19 * 1024),
        "RECEIPT_KDF_TIME_COST": _int(env, "SV_RECEIPT_KDF_TIME_COST", 2),
        # Argon2id cost of staff and board passwords (issue: memory >= 19 MiB, t >= 2).
        "PASSWORD_HASH_MEMORY_KIB": _int(env, "SV_PASSWORD_HASH_MEMORY_KIB", 19 * 1024),
        "PASSWORD_HASH_TIME_COST": _int(env, "SV_PASSWORD_HASH_TIME_COST", 2),
        "SIGNIN_LIMIT_ACCOUNT": env.get("SV_SIGNIN_LIMIT_ACCOUNT", "5 per minute; 100 per hour"),
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
        # The smallest group the advisory board sees; never below 3 (disclosure.effective_k_min).
        "K_MIN": max(3, _int(env, "SV_K_MIN", 5)),
        # The site's address as survivors type it (for the receipt SMS); empty leaves it out.
        "PUBLIC_URL": env.get("SV_PUBLIC_URL", ""),
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
        # Withdrawn receipt keys, re-applied by `restore`; kept (and backed up) with the secrets.
        "WITHDRAWAL_RECORD": str(instance_path / WITHDRAWAL_RECORD_FILE),
        # Where pg_dump and pg_restore are, if not on PATH (their version must be the server's
        # or newer).
        "PG_BIN_DIR": env.get("SV_PG_BIN_DIR", ""),
    }
    stored = None
    for name, env_name in SECRET_NAMES.items():
        if name in provided:
            continue
        if env.get(env_name):
            settings[name] = env[env_name]
        else:
            stored = stored or _instance_secrets(instance_path)
            settings[name] = stored[name]
    return settings


# Fixed for every deployment: these are safety properties, not preferences.
FIXED_SETTINGS: dict[str, Any] = {
    "SESSION_COOKIE_NAME": "s",
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_REFRESH_EACH_REQUEST": False,
    # A 100 kB answer must reach the form so the survivor gets it back with a kind message;
    # anything much larger is refused with 413 before it is read.
    "MAX_CONTENT_LENGTH": 256 * 1024,
    "MAX_FORM_MEMORY_SIZE": 256 * 1024,
    "SQLALCHEMY_TRACK_MODIFICATIONS": False,
    "WTF_CSRF_TIME_LIMIT": None,  # tied to the browser session instead
    "BABEL_DEFAULT_LOCALE": "en",
    "LANGUAGES": ("en", "es", "fr", "pt", "ar"),
    "RTL_LANGUAGES": ("ar",),
}
