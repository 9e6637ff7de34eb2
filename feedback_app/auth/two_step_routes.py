"""Two-step sign-in (TOTP) for oneself: set it up with a code from an app, or turn it off with
one's password unless an admin requires it. Wrong codes and passwords here count against the
account's sign-in limits."""

from __future__ import annotations

import segno
from flask import current_app, flash, g, redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from feedback_app.auth import bp
from feedback_app.auth.forms import CodeForm, TwoStepOffForm
from feedback_app.auth.sessions import SETUP, limit_failures, own_email
from feedback_app.extensions import db
from feedback_app.providers import password_policy
from feedback_app.services.two_step import (
    TwoStepError,
    disable_two_step,
    enable_two_step,
    new_totp_secret,
    totp_uri,
)
from feedback_app.session_state import seal, unseal


def _setup_secret() -> str | None:
    """The new secret waiting for its first code; sealed in the cookie, so a copy of the cookie
    does not give away the second factor."""
    secret = unseal(session.get(SETUP), field=SETUP)
    return secret if isinstance(secret, str) and len(secret) == 32 else None


def _grouped(secret: str) -> str:
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def _two_step_page(*, code_form: CodeForm | None = None, off_form: TwoStepOffForm | None = None,
                   status: int = 200) -> tuple[str, int]:
    context: dict[str, object] = {"off_form": off_form or TwoStepOffForm(formdata=None)}
    if not current_user.totp_secret:
        secret = _setup_secret()
        if secret is None:
            secret = new_totp_secret()
            session[SETUP] = seal(secret, field=SETUP)
        uri = totp_uri(secret, email=current_user.email,
                       issuer=current_app.config["ORGANISATION_NAME"])
        context.update(secret=_grouped(secret),
                       qr=segno.make(uri, error="m").svg_data_uri(scale=5, border=2),
                       code_form=code_form or CodeForm(formdata=None))
    return render_template("auth/two_step.html", **context), status


@bp.route("/two-step", endpoint="two_step")
@login_required
def two_step() -> tuple[str, int]:
    return _two_step_page()


@bp.route("/two-step/on", methods=["POST"])
@login_required
@limit_failures(own_email)
def two_step_on() -> Response | tuple[str, int]:
    form = CodeForm()
    secret = _setup_secret()
    if current_user.totp_secret or secret is None:
        return redirect(url_for(".two_step"), 303)
    if form.validate_on_submit():
        try:
            enable_two_step(db.session, account_id=current_user.id, secret=secret,
                            code=form.code.data)
        except TwoStepError:
            g.sign_in_failed = True
            form.code.errors = [CodeForm.wrong_message()]
        else:
            session.pop(SETUP, None)
            flash(_("Two-step sign-in is on. From now on you will type a code from your app "
                    "after your password."))
            return redirect(url_for("staff.home"), 303)
    return _two_step_page(code_form=form, status=400)


@bp.route("/two-step/off", methods=["POST"])
@login_required
@limit_failures(own_email)
def two_step_off() -> Response | tuple[str, int]:
    form = TwoStepOffForm()
    if current_user.totp_required or not current_user.totp_secret:
        return redirect(url_for(".two_step"), 303)
    if form.validate_on_submit():
        try:
            disable_two_step(db.session, account_id=current_user.id,
                             password=form.password.data, policy=password_policy())
        except TwoStepError:
            g.sign_in_failed = True
            form.password.errors = [_("That is not your password. Please try again.")]
        else:
            flash(_("Two-step sign-in is off."))
            return redirect(url_for(".two_step"), 303)
    return _two_step_page(off_form=form, status=400)
