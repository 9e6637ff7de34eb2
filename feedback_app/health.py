"""GET /healthz for monitors and load balancers: 200 "ok" when the database answers and its schema
is at the migrations' head, 503 "unavailable" otherwise.

The body says nothing more (no versions, no error text) so the address can be open to anyone; it
sets no cookie and is not rate-limited, since a monitor polls it from one address all day.
"""

from __future__ import annotations

import logging
from functools import cache

from alembic.config import Config
from alembic.script import ScriptDirectory
from flask import Blueprint, Response, current_app
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from feedback_app.database import RETRY_AFTER_SECONDS, roll_back
from feedback_app.extensions import db, limiter

log = logging.getLogger(__name__)
bp = Blueprint("health", __name__)


@cache
def head_revisions(migrations_dir: str) -> frozenset[str]:
    """The head revision(s) of the migrations, read once per process (the files do not change)."""
    config = Config()
    config.set_main_option("script_location", migrations_dir)
    return frozenset(ScriptDirectory.from_config(config).get_heads())


def schema_at_head() -> bool:
    """Whether the database answers and has every head revision applied; never raises for it."""
    heads = head_revisions(current_app.extensions["migrate"].directory)
    try:
        applied = set(db.session.scalars(text("SELECT version_num FROM alembic_version")))
    except SQLAlchemyError:
        applied = set()
    roll_back(db.session)
    return applied == heads


@bp.route("/healthz")
@limiter.exempt
def healthz() -> Response:
    if schema_at_head():
        return Response("ok", status=200, mimetype="text/plain")
    log.warning("healthz_unavailable")
    response = Response("unavailable", status=503, mimetype="text/plain")
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
