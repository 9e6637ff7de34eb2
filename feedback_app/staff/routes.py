"""The staff's home page and the admin's audit log."""

from __future__ import annotations

from flask import current_app, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response

from feedback_app.access import admin_required
from feedback_app.extensions import db
from feedback_app.models import Account, AuditEvent
from feedback_app.services import audit
from feedback_app.services.inbox import inbox_summary
from feedback_app.staff import bp, int_arg


@bp.route("/")
@login_required
def home() -> str | Response:
    if current_user.role == "board" and "board.home" in current_app.view_functions:
        return redirect(url_for("board.home"), 303)
    return render_template("staff/home.html",
                           summary=inbox_summary(db.session, current_user))


# Pages an audit event's target can be opened at, by target kind.
TARGET_PAGES = {
    "account": ("staff.account", "account_id"),
    "submission": ("staff.submission", "submission_id"),
    "theme": ("staff.theme", "theme_id"),
    "programme": ("staff.edit_programme", "programme_id"),
    "review_round": ("staff.round_priorities", "round_id"),
    "change_entry": ("staff.change", "entry_id"),
}


def _target_url(event: AuditEvent) -> str | None:
    page = TARGET_PAGES.get(event.target_kind or "")
    if page is None or event.target_id is None:
        return None
    return url_for(page[0], **{page[1]: event.target_id})


@bp.route("/audit")
@admin_required
def audit_log() -> str:
    """The audit log, newest first, filtered by action, account and month, a page at a time.
    Only values the page offered are used; anything else is treated as no filter."""
    actions = audit.known_actions(db.session)
    months = audit.known_months(db.session)
    accounts = {a.id: a for a in db.session.scalars(select(Account).order_by(Account.email))}
    action = request.args.get("action", "")
    actor = int_arg("actor")
    by_key = {m.strftime("%Y-%m"): m for m in months}
    filters = audit.AuditFilter(
        action=action if action in actions else None,
        actor_id=actor if actor in accounts else None,
        month=by_key.get(request.args.get("month", "")),
        before=int_arg("before"),
    )
    page = audit.events_page(db.session, filters)
    survivor_days = audit.survivor_days(db.session, filters.month)
    return render_template("staff/audit.html", page=page, filters=filters, actions=actions,
                           months=months, accounts=accounts, target_url=_target_url,
                           survivor_days=survivor_days)
