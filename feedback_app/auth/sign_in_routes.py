"""Sign in and out, with an optional second step (a code from an app). Failed passwords and
failed codes are limited per account: five a minute, a hundred an hour."""

from __future__ import annotations

from flask import current_app, g, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, logout_user
from werkzeug.wrappers import Response

from feedback_app import clock
from feedback_app.auth import bp
from feedback_app.auth.forms import CodeForm, SignInForm
from feedback_app.auth.sessions import (
    PENDING,
    PENDING_SECONDS,
    SETUP,
    failed,
    start_session,
)
from feedback_app.extensions import db, limiter
from feedback_app.forms import ConfirmForm
from feedback_app.providers import password_policy
from feedback_app.ratelimits import counter_key
from feedback_app.services.accounts import normalise_email
from feedback_app.services.sign_in import SignInError, sign_in, sign_in_with_code
from feedback_app.services.sign_in import sign_out as sign_out_service


def _account_key() -> str:
    """Limit by the account tried (keyed, so the counter store holds no email address)."""
    # Not rotated daily: an hour's limit must not restart at midnight.
    return "signin:" + counter_key(normalise_email(request.form.get("email") or ""), daily=False)


def _pending_account_id() -> int | None:
    pending = session.get(PENDING)
    if not isinstance(pending, dict) or not isinstance(pending.get("id"), int):
        return None
    if not isinstance(pending.get("until"), int) or pending["until"] < clock.now().timestamp():
        return None
    return pending["id"]


def _code_key() -> str:
    """Limit codes by the account waiting for one, like passwords."""
    return "signin-code:" + counter_key(str(_pending_account_id()), daily=False)


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SIGNIN_LIMIT_ACCOUNT"], key_func=_account_key,
               deduct_when=failed, methods=["POST"], scope="sign-in")
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
@limiter.limit(lambda: current_app.config["SIGNIN_LIMIT_ACCOUNT"], key_func=_code_key,
               deduct_when=failed, methods=["POST"], scope="sign-in-code")
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
