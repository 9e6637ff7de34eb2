"""The staff's and admins' side: inbox, themes, board rounds, change log, programmes, accounts."""

from flask import Blueprint, request

bp = Blueprint("staff", __name__)


def int_arg(name: str) -> int | None:
    """A query argument that is a whole number small enough for a database id, else None."""
    value = request.args.get(name, "")
    return int(value) if value.isdigit() and len(value) < 10 else None


from feedback_app.staff import (  # noqa: E402, F401
    account_routes,
    board_routes,
    changelog_routes,
    inbox_routes,
    outcome_routes,
    programme_routes,
    report_routes,
    routes,
    theme_routes,
)
