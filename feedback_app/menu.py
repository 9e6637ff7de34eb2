"""The signed-in menu: what each role can open, in the order people use it."""

from __future__ import annotations

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_login import current_user

# (endpoint, label, roles). Pages are listed only once their blueprint registers them.
MENU = (
    ("staff.home", _l("Home"), ("staff", "admin")),
    ("staff.inbox", _l("Inbox"), ("staff", "admin")),
    ("staff.themes", _l("Themes"), ("staff", "admin")),
    ("staff.rounds", _l("Board rounds"), ("staff", "admin")),
    ("staff.recommendations", _l("Recommendations"), ("staff", "admin")),
    ("staff.changes", _l("You said, we did"), ("staff", "admin")),
    ("staff.outcomes_page", _l("Outcomes"), ("staff", "admin")),
    ("staff.programmes", _l("Programmes"), ("admin",)),
    ("staff.accounts", _l("Accounts"), ("admin",)),
    ("staff.audit_log", _l("Audit log"), ("admin",)),
    ("board.home", _l("Board home"), ("board",)),
    ("board.recommendations", _l("Our recommendations"), ("board",)),
    ("board.outcomes_page", _l("Outcomes"), ("board",)),
    ("auth.two_step", _l("Two-step sign-in"), ("staff", "admin", "board")),
)


def menu_items() -> list[tuple[str, object]]:
    if not current_user.is_authenticated:
        return []
    registered = current_app.view_functions
    return [(endpoint, label) for endpoint, label, roles in MENU
            if current_user.role in roles and endpoint in registered]
