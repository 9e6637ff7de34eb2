"""Sign in and out, with an optional second step (a code from an app). Wrong passwords and wrong
codes count together against the account's limits (sessions.limit_failures)."""

from __future__ import annotations

from flask import g, redirect, render_template, session, url_for
from flask_login import current_user, login_required, logout_user
from werkzeug.wrappers import Response

from feedback_app import clock
from feedback_app.auth import bp
from feedback_app.auth.forms import CodeForm, SignInForm
from feedback_app.auth.sessions import (
    PENDING,
    PENDING_SECONDS,
    SETUP,
    limit_failures,
    start_session,
    typed_email,
)
from feedback_app.extensions import db
from feedback_app.forms import ConfirmForm
from feedback_app.models import Account
from feedback_app.providers import password_policy
from feedback_app.services.sign_in import SignInError, sign_in, sign_in_with_code
from feedback_app.services.sign_in import sign_out as sign_out_service


def _pending_account_id() -> int | None:
    pending = session.get(PENDING)
    if not isinstance(pending, dict) or not isinstance(pending.get("id"), int):
        return None
    if not isinstance(pending.get("until"), int) or pending["until"] < clock.now().timestamp():
        return None
    return pending["id"]


def _pending_email() -> str:
    """The account waiting for a code: its wrong codes count with its wrong passwords."""
    account_id = _pending_account_id()
    account = db.session.get(Account, account_id) if account_id is not None else None
    return account.email if account is not None else ""


@bp.route("/sign-in", methods=["GET", "POST"])
@limit_failures(typed_email)
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
            if account.totp_secret:
                logout_user()
                session[PENDING] = {"id": account.id,
                                    "until": clock.unix_seconds() + PENDING_SECONDS}
                return redirect(url_for(".sign_in_code"), 303)
            start_session(account)
            return redirect(url_for("staff.home"), 303)
    status = 400 if form.errors else 200
    return render_template("auth/sign_in.html", form=form), status


@bp.route("/sign-in/code", methods=["GET", "POST"])
@limit_failures(_pending_email)
def sign_in_code() -> str | Response | tuple[str, int]:
    account_id = _pending_account_id()
    if account_id is None:
        session.pop(PENDING, None)
        return redirect(url_for(".sign_in_page"), 303)
    form = CodeForm()
    if form.validate_on_submit():
        try:
            account = sign_in_with_code(db.session, account_id=account_id, code=form.code.data)
        except SignInError:
            g.sign_in_failed = True
            form.code.errors = [CodeForm.wrong_message()]
        else:
            start_session(account)
            return redirect(url_for("staff.home"), 303)
    status = 400 if form.errors else 200
    return render_template("auth/sign_in_code.html", form=form), status


@bp.route("/sign-out", methods=["POST"])
@login_required
def sign_out() -> Response:
    if ConfirmForm().validate_on_submit():
        sign_out_service(db.session, current_user)
        logout_user()
        session.pop(SETUP, None)
    return redirect(url_for(".sign_in_page"), 303)
