"""One-time links: an invited person joins, and someone given a reset link chooses a new
password. An unknown, used or expired link gets the same page, so nothing tells which."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import logout_user
from werkzeug.wrappers import Response

from feedback_app.auth import bp
from feedback_app.auth.forms import JoinForm, NewPasswordForm
from feedback_app.auth.sessions import start_session
from feedback_app.extensions import db
from feedback_app.labels import ROLE_NAMES
from feedback_app.models import AccountLink
from feedback_app.providers import password_policy
from feedback_app.services import account_links, accounts


def _link_gone() -> tuple[str, int]:
    return render_template("auth/join.html", gone=True, form=None, link=None), 404


def _usable(token: str, purpose: str) -> AccountLink | None:
    if len(token) > 100:
        return None
    try:
        return account_links.check_link(db.session, token=token, purpose=purpose)
    except account_links.LinkError:
        return None


@bp.route("/join/<token>", methods=["GET", "POST"])
def join(token: str) -> Response | tuple[str, int]:
    link = _usable(token, "invite")
    if link is None:
        return _link_gone()
    form = JoinForm()
    if form.validate_on_submit():
        try:
            joined = account_links.join(db.session, token=token, name=form.name.data,
                                        password=form.password.data, policy=password_policy())
        except account_links.LinkError:
            return _link_gone()
        except accounts.EmailTakenError:
            form.name.errors = [_("An account with this email exists already. Please sign in, "
                                  "or ask the person who sent the link for a password reset.")]
        else:
            start_session(joined)
            return redirect(url_for("staff.home"), 303)
    return render_template("auth/join.html", gone=False, form=form, link=link,
                           role_names=ROLE_NAMES), 400 if form.errors else 200


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset(token: str) -> Response | tuple[str, int]:
    link = _usable(token, "reset")
    if link is None:
        return _link_gone()
    form = NewPasswordForm()
    if form.validate_on_submit():
        try:
            account_links.reset_password(db.session, token=token,
                                         password=form.password.data, policy=password_policy())
        except account_links.LinkError:
            return _link_gone()
        logout_user()
        flash(_("Your new password is saved. Please sign in with it."))
        return redirect(url_for(".sign_in_page"), 303)
    return render_template("auth/reset.html", form=form, link=link), 400 if form.errors else 200
