"""Building test apps: settings for tests, the migrated schema, the demo programmes."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from flask import Flask

from feedback_app import create_app
from feedback_app.config import SHIPPED_LANGUAGES
from feedback_app.extensions import db

TEST_SECRETS = {
    "SECRET_KEY": "test-session-key",
    "RECEIPT_SALT": "test-receipt-salt",
    "RATELIMIT_KEY_SECRET": "test-ratelimit-key",
    "SMS_HMAC_SECRET": "test-sms-key",
    "VOTER_KEY_SECRET": "test-voter-key",
}


def config_for_tests(database_url: str, **extra: Any) -> dict[str, Any]:
    """Settings for a test app: fast receipt keys, fixed secrets, memory rate limits."""
    return {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "RECEIPT_KDF_MEMORY_KIB": 1024,
        "RECEIPT_KDF_TIME_COST": 1,
        "RATELIMIT_STORAGE_URI": "memory://",
        "SESSION_COOKIE_SECURE": False,
        "EXIT_URL": "https://weather.example/",
        # Links from the request, as on a developer's machine; tests of SV_PUBLIC_URL set it.
        "PUBLIC_URL": "",
        # Every shipped language, whatever a deployment offers by default.
        "LANGUAGES": SHIPPED_LANGUAGES,
        # Never the checkout's instance/ folder.
        "WITHDRAWAL_RECORD": str(Path(tempfile.mkdtemp(prefix="sv-record-"))
                                 / "withdrawn-receipts"),
        **TEST_SECRETS,
        **extra,
    }


def upgrade_schema(database_url: str) -> None:
    """Build the schema the way a deployment does: through the migrations."""
    from flask_migrate import upgrade

    app = create_app(config_for_tests(database_url))
    with app.app_context():
        upgrade()
        db.engine.dispose()


def make_app(database_url: str, **extra: Any) -> Flask:
    from feedback_app.demo_cli import DEMO_PROGRAMMES
    from feedback_app.providers import catalogue
    from feedback_app.services.programmes import add_programme

    app = create_app(config_for_tests(database_url, **extra))
    with app.app_context():
        for slug, name, kind, survey_key, keyword in DEMO_PROGRAMMES:
            add_programme(db.session, catalogue(), slug=slug, name=name, survey_key=survey_key,
                          kind=kind, sms_keyword=keyword)
    return app


