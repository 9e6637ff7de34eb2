"""The signed-in side for staff, admins and board members."""

from flask import Blueprint

from feedback_app.extensions import db, login_manager
from feedback_app.models import Account

bp = Blueprint("staff", __name__)


@login_manager.user_loader
def load_account(account_id: str) -> Account | None:
    if not account_id.isdigit():
        return None
    account = db.session.get(Account, int(account_id))
    return account if account is not None and account.active else None


from feedback_app.staff import routes  # noqa: E402, F401  (registers views)
from feedback_app.staff import inbox_routes, programme_routes, theme_routes  # noqa: E402, F401
from feedback_app.staff import board_routes  # noqa: E402, F401
from feedback_app.staff import changelog_routes  # noqa: E402, F401
