"""The signed-in side for staff, admins and board members."""

import hmac

from flask import Blueprint, request

from feedback_app.extensions import db, login_manager
from feedback_app.models import Account

bp = Blueprint("staff", __name__)


def int_arg(name: str) -> int | None:
    """A query argument that is a whole number small enough for a database id, else None."""
    value = request.args.get(name, "")
    return int(value) if value.isdigit() and len(value) < 10 else None


@login_manager.user_loader
def load_account(session_id: str) -> Account | None:
    """The signed-in account, if it is active and its password has not changed since sign-in."""
    account_id, _sep, generation = session_id.partition(":")
    if not account_id.isdigit() or len(account_id) > 10 or not generation:
        return None
    account = db.session.get(Account, int(account_id))
    if account is None or not account.active:
        return None
    return account if hmac.compare_digest(account.get_id().encode(), session_id.encode()) else None


from feedback_app.staff import (  # noqa: E402, F401
    account_routes,
    board_routes,
    changelog_routes,
    inbox_routes,
    programme_routes,
    routes,
    theme_routes,
)
