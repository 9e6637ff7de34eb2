"""A signed-in session: how it starts, how long it lasts, what someone who must set up two-step
sign-in may open before they have, and the limits on wrong passwords and codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import current_app, flash, g, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from werkzeug.wrappers import Response

from feedback_app import clock
from feedback_app.auth import bp
from feedback_app.extensions import limiter
from feedback_app.models import Account
from feedback_app.ratelimits import client_network, counter_key
from feedback_app.services.accounts import normalise_email
from feedback_app.session_state import renew_session

View = TypeVar("View", bound=Callable[..., object])

# The signed-in blueprints, whose pages a session's limits apply to.
SIGNED_IN_BLUEPRINTS = ("auth", "staff", "board")
# The account whose password was right but whose code is still to come: not signed in yet.
PENDING = "two_step_pending"
PENDING_SECONDS = 300
# A new two-step secret, kept in the session (sealed) until a code from it is confirmed.
SETUP = "two_step_setup"
# When the signed-in session began, and when it last made a request (seconds, in the signed cookie).
SIGNED_IN_AT = "signed_in_at"
LAST_SEEN = "last_seen"
# Someone an admin requires to use two-step sign-in, who has not set it up yet, may open only these.
SET_UP_FIRST_ALLOWED = {"auth.two_step", "auth.two_step_on", "auth.sign_out"}


def failed(response: Response) -> bool:
    """Whether this request was a failed password or code, which the rate limits count."""
    return bool(g.get("sign_in_failed"))


def limit_failures(account_email: Callable[[], str]) -> Callable[[View], View]:
    """Count the view's wrong passwords and codes against the account's limits.

    Every page that checks a password or a code counts into the same two counters of an account
    (named by `account_email`): one per account and client address, and a slower one per account
    from everywhere. So a stranger's guesses lock out the stranger's address, not the person,
    while many addresses guessing together still meet a limit. The counters live in Flask-Limiter's
    storage (memory or Redis), keyed by an HMAC: they hold neither the email nor the address.
    Not rotated daily, so a day's limit does not restart at midnight.
    """
    def per_client() -> str:
        client = client_network(request.remote_addr or "unknown")
        return "signin-client:" + counter_key(f"{account_email()}\n{client}", daily=False)

    def per_account() -> str:
        return "signin-account:" + counter_key(account_email(), daily=False)

    def decorate(view: View) -> View:
        for setting, key_func, scope in (("SIGNIN_LIMIT_ACCOUNT", per_account, "sign-in-account"),
                                         ("SIGNIN_LIMIT_CLIENT", per_client, "sign-in-client")):
            view = limiter.shared_limit(
                lambda setting=setting: current_app.config[setting], scope=scope,
                key_func=key_func, deduct_when=failed, methods=["POST"])(view)
        return view

    return decorate


def typed_email() -> str:
    """The account a sign-in form names."""
    return normalise_email(request.form.get("email") or "")


def own_email() -> str:
    """The signed-in person's account, whose password or code a page checks."""
    return normalise_email(current_user.email) if current_user.is_authenticated else ""


def start_session(account: Account) -> None:
    """Sign in, in a fresh session with a new CSRF token: nothing of a session from before (one
    planted by someone who kept a copy, a half-done sign-in) carries over."""
    renew_session(keep=("lang",))
    login_user(account, remember=False)
    session[SIGNED_IN_AT] = session[LAST_SEEN] = clock.unix_seconds()


@bp.before_app_request
def end_unattended_sessions() -> Response | None:
    """Sign out after SESSION_IDLE_MINUTES without a request, or SESSION_MAX_HOURS after signing
    in, so a shared office computer left signed in does not keep survivors' words open."""
    # Only a session that holds an account is looked at: loading current_user for any other
    # request would make Flask-Login's session protection clear a remember cookie never set.
    if request.blueprint not in SIGNED_IN_BLUEPRINTS or "_user_id" not in session \
            or not current_user.is_authenticated:
        return None
    now, config = clock.unix_seconds(), current_app.config
    started, seen = session.get(SIGNED_IN_AT), session.get(LAST_SEEN)
    if (isinstance(started, int) and isinstance(seen, int)
            and now - seen <= config["SESSION_IDLE_MINUTES"] * 60
            and now - started <= config["SESSION_MAX_HOURS"] * 3600):
        if now - seen >= 60:  # the cookie changes at most once a minute
            session[LAST_SEEN] = now
        return None
    logout_user()
    session.pop(SIGNED_IN_AT, None)
    session.pop(LAST_SEEN, None)
    flash(_("You were signed out because this page was not used for a while. Please sign in "
            "again."))
    return redirect(url_for("auth.sign_in_page"), 303)


@bp.before_app_request
def two_step_first() -> Response | None:
    if request.blueprint not in SIGNED_IN_BLUEPRINTS or request.endpoint in SET_UP_FIRST_ALLOWED:
        return None
    if "_user_id" not in session:  # not signed in: do not wake Flask-Login's session protection
        return None
    if (current_user.is_authenticated and current_user.totp_required
            and not current_user.totp_secret):
        return redirect(url_for("auth.two_step"), 303)
    return None
