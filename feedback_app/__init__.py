"""Survivor Voice: anonymous, consented feedback for anti-trafficking programmes."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, g, request, session
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.routing import IntegerConverter

from feedback_app.config import FIXED_SETTINGS, MIGRATIONS_DIR, STATIC_DIR, settings_from_env


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: settings, extensions, blueprints, headers and error pages."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        static_folder=str(STATIC_DIR),
        static_url_path="/static",
    )
    app.config.update(settings_from_env(Path(app.instance_path), provided=config or {}))
    app.config.update(FIXED_SETTINGS)
    app.config.update(config or {})
    app.url_map.converters["int"] = RowIdConverter
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


def _init_extensions(app: Flask) -> None:
    from feedback_app.extensions import babel, csrf, db, limiter, login_manager, migrate
    from feedback_app.menu import menu_items
    from feedback_app.security import init_security

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR), render_as_batch=True)
    csrf.init_app(app)
    babel.init_app(app, locale_selector=_locale, default_translation_directories="translations")
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "staff.sign_in_page"
    login_manager.session_protection = "strong"
    init_security(app)
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    app.context_processor(_template_globals)
    app.jinja_env.globals["menu_items"] = menu_items


def _register_blueprints(app: Flask) -> None:
    from feedback_app.board import bp as board_bp
    from feedback_app.public import bp as public_bp
    from feedback_app.sms.gateways import configured_gateway
    from feedback_app.sms.routes import bp as sms_bp
    from feedback_app.staff import bp as staff_bp
    from feedback_app.survivor import bp as survivor_bp

    app.register_blueprint(survivor_bp)
    app.register_blueprint(public_bp)
    app.register_blueprint(staff_bp, url_prefix="/staff")
    app.register_blueprint(board_bp, url_prefix="/board")
    app.register_blueprint(sms_bp)
    app.extensions["sms_gateway"] = configured_gateway(app.config)


def _locale() -> str:
    """The survivor's chosen language; otherwise the browser's preference among ours."""
    from flask import current_app

    languages = current_app.config["LANGUAGES"]
    chosen = g.get("language") or session.get("lang")
    if chosen in languages:
        return str(chosen)
    return request.accept_languages.best_match(languages) or "en"


def _template_globals() -> dict[str, Any]:
    from flask import current_app
    from flask_babel import get_locale

    language = str(get_locale() or "en")
    rtl = language in current_app.config["RTL_LANGUAGES"]
    return {"lang": language, "text_dir": "rtl" if rtl else "ltr"}


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL with synchronous=FULL: a receipt is shown only after the row is on disk.

    secure_delete overwrites deleted text in the file instead of leaving it in free pages.
    """
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "secure_delete=ON", "busy_timeout=10000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()
