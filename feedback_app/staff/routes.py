"""Sign in and out. Failed sign-ins are limited per account: five a minute, a hundred an hour."""

from __future__ import annotations

import re

from flask import current_app, g, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from werkzeug.wrappers import Response

from feedback_app.access import admin_required
from feedback_app.extensions import db, limiter
from feedback_app.ratelimits import counter_key
from feedback_app.services import audit
from feedback_app.services.accounts import (
    PasswordPolicy,
    SignInError,
    normalise_email,
    sign_in,
)
from feedback_app.services.inbox import inbox_summary
from feedback_app.staff import bp
from feedback_app.staff.forms import SignInForm
from feedback_app.survivor.forms import ConfirmForm


def password_policy() -> PasswordPolicy:
    config = current_app.config
    return PasswordPolicy(memory_kib=config["PASSWORD_HASH_MEMORY_KIB"],
                          time_cost=config["PASSWORD_HASH_TIME_COST"])


def _account_key() -> str:
    """Limit by the account tried (keyed, so the counter store holds no email address)."""
    # Not rotated daily: an hour's limit must not restart at midnight.
    return "signin:" + counter_key(normalise_email(request.form.get("email") or ""), daily=False)


def _failed(response: Response) -> bool:
    return bool(g.get("sign_in_failed"))


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SIGNIN_LIMIT_ACCOUNT"], key_func=_account_key,
               deduct_when=_failed, methods=["POST"], scope="sign-in")
def sign_in_page() -> str | Response | tuple[str, int]:
    form = SignInForm()
    if form.validate_on_submit():
        try:
            account = sign_in(db.session, email=form.email.data, password=form.password.data,
                              policy=password_policy())
        except SignInError:
            g.sign_in_failed = True
            form.password.errors = [SignInForm.wrong_message()]
        else:
            login_user(account, remember=False)
            return redirect(url_for(".home"), 303)
    status = 400 if form.errors else 200
    return render_template("staff/sign_in.html", form=form), status


@bp.route("/sign-out", methods=["POST"])
@login_required
def sign_out() -> Response:
    if ConfirmForm().validate_on_submit():
        audit.record(db.session, "account.signed_out", actor_kind="staff",
                     actor_id=current_user.id, target_kind="account", target_id=current_user.id)
        db.session.commit()
        logout_user()
    return redirect(url_for(".sign_in_page"), 303)


@bp.route("/")
@login_required
def home() -> str | Response:
    if current_user.role == "board" and "board.home" in current_app.view_functions:
        return redirect(url_for("board.home"), 303)
    return render_template("staff/home.html",
                           summary=inbox_summary(db.session, current_user))


@bp.route("/audit")
@admin_required
def audit_log() -> str:
    """The audit log, newest first, filtered by action and actor (read-only: never edited)."""
    action = (request.args.get("action") or "").strip()[:80]
    if not re.fullmatch(r"[a-z_.]+", action):  # action names only; NUL and the like never reach SQL
        action = ""
    actor = request.args.get("actor", "")
    events = audit.recent_events(db.session, action=action or None,
                                 actor_id=int(actor) if actor.isdigit() else None)
    return render_template("staff/audit.html", events=events, action=action, actor=actor,
                           actions=audit.known_actions(db.session))
