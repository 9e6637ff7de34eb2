"""Survivor Voice: anonymous, consented feedback for anti-trafficking programmes."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
from flask import Flask, g, request, session
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from feedback_app.clock import configured_clock
from feedback_app.config import (
    FIXED_SETTINGS,
    MIGRATIONS_DIR,
    STATIC_DIR,
    ConfigurationError,
    check_settings,
    instance_path,
    session_cookie_name,
    settings_from_env,
)
from feedback_app.database import engine_options, keep_instance_private
from feedback_app.models.base import MAX_RANDOM_ID
from feedback_app.services.languages import language_tag


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: settings, extensions, blueprints, headers and error pages."""
    config = config or {}
    app = Flask(
        __name__,
        instance_path=str(config.get("INSTANCE_PATH") or instance_path()),
        instance_relative_config=True,
        static_folder=str(STATIC_DIR),
        static_url_path="/static",
    )
    try:
        app.config.update(settings_from_env(Path(app.instance_path), provided=config))
        app.config.update(FIXED_SETTINGS)
        app.config.update(config)
        check_settings(app.config)
    except ConfigurationError as error:
        if click.get_current_context(silent=True) is None:
            # gunicorn prints a traceback when a worker fails to boot: say it plainly first.
            # (The flask command prints the message itself.)
            logging.getLogger("feedback_app").critical("%s", error.message)
        raise
    if "SESSION_COOKIE_NAME" not in config:
        app.config["SESSION_COOKIE_NAME"] = session_cookie_name(app.config["SESSION_COOKIE_SECURE"])
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = engine_options(app.config)
    keep_instance_private(Path(app.instance_path), app.config["SQLALCHEMY_DATABASE_URI"])
    app.url_map.converters["int"] = RowIdConverter
    app.url_map.converters["randomid"] = RandomIdConverter
    if app.config["TRUSTED_PROXIES"]:
        hops = app.config["TRUSTED_PROXIES"]
        # Only the address and scheme: links come from SV_PUBLIC_URL, never a forwarded host.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops,  # type: ignore[method-assign]
                                x_host=0, x_port=0, x_prefix=0)
    # Before anything reads the time: every date and time the app reads comes from this clock.
    app.extensions["clock"] = configured_clock(app.config)
    _init_extensions(app)
    _register_blueprints(app)
    from feedback_app.cli import register_cli

    register_cli(app)
    return app


class RowIdConverter(IntegerConverter):
    """``<int:…>`` in every route: ids that fit a database integer, so an address such as
    /staff/submissions/99999999999 is a kind 404 rather than an overflow in PostgreSQL."""

    def __init__(self, url_map: Any, fixed_digits: int = 0, min: int | None = None,
                 max: int | None = None, signed: bool = False) -> None:
        super().__init__(url_map, fixed_digits, min, 2**31 - 1 if max is None else max, signed)


class RandomIdConverter(IntegerConverter):
    """``<randomid:…>``: the random 63-bit ids of submissions and answers (random_row_id),
    which PostgreSQL keeps as BIGINT; anything larger is a kind 404."""

    def __init__(self, url_map: Any) -> None:
        super().__init__(url_map, min=1, max=MAX_RANDOM_ID)


def _init_extensions(app: Flask) -> None:
    from feedback_app.extensions import babel, csrf, db, limiter, login_manager, migrate
    from feedback_app.security import init_security, session_identifier
    from feedback_app.templating import init_templating

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=_locale, default_translation_directories="translations")
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.sign_in_page"
    login_manager.session_protection = "strong"
    login_manager._session_identifier_generator = session_identifier  # type: ignore[assignment]
    init_security(app)
    init_templating(app)


def _register_blueprints(app: Flask) -> None:
    from feedback_app.auth import bp as auth_bp
    from feedback_app.board import bp as board_bp
    from feedback_app.health import bp as health_bp
    from feedback_app.public import bp as public_bp
    from feedback_app.sms.gateways import configured_gateway
    from feedback_app.sms.routes import bp as sms_bp
    from feedback_app.staff import bp as staff_bp
    from feedback_app.survivor import bp as survivor_bp

    app.register_blueprint(survivor_bp)
    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp, url_prefix="/staff")
    app.register_blueprint(staff_bp, url_prefix="/staff")
    app.register_blueprint(board_bp, url_prefix="/board")
    app.register_blueprint(sms_bp)
    app.register_blueprint(health_bp)
    app.extensions["sms_gateway"] = configured_gateway(app.config)


def _locale() -> str:
    """The survivor's chosen language; otherwise the browser's preference among ours."""
    from flask import current_app

    languages = current_app.config["LANGUAGES"]
    chosen = g.get("language") or session.get("lang")
    if chosen in languages:
        return str(chosen)
    by_tag = {language_tag(code): code for code in languages}
    if "zh_Hans" in languages:  # browsers in mainland China and Singapore send region tags
        by_tag.update({"zh-CN": "zh_Hans", "zh-SG": "zh_Hans"})
    best = request.accept_languages.best_match(list(by_tag))
    return by_tag[best] if best else "en"



@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL with synchronous=FULL: a receipt is shown only after the row is on disk.

    secure_delete overwrites deleted text in the file instead of leaving it in free pages. The
    busy timeout is set per app, from DB_BUSY_TIMEOUT_MS (feedback_app/database.py).
    """
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "secure_delete=ON"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()
