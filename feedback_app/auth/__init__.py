"""Signing in and staying signed in, for staff, admins and board members alike: password and
two-step code, one-time links to join or choose a new password, two-step set-up, the user loader
and how long a session lasts. Its pages live under /staff, where people have always found them."""

import hmac

from flask import Blueprint

from feedback_app.extensions import db, login_manager
from feedback_app.models import Account

bp = Blueprint("auth", __name__)


@login_manager.user_loader
def load_account(session_id: str) -> Account | None:
    """The signed-in account, if it is active and neither its session version (raised at sign-out
    and at a reset) nor its password has changed since this session signed in."""
    account_id, _sep, generation = session_id.partition(":")
    if not account_id.isdigit() or len(account_id) > 10 or not generation:
        return None
    account = db.session.get(Account, int(account_id))
    if account is None or not account.active:
        return None
    return account if hmac.compare_digest(account.get_id().encode(), session_id.encode()) else None


from feedback_app.auth import (  # noqa: E402, F401  (registers views)
    link_routes,
    sessions,
    sign_in_routes,
    two_step_routes,
)
