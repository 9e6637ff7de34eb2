"""Sign in and out, with an optional second step (a code from an app). Failed passwords and
failed codes are limited per account: five a minute, a hundred an hour."""

from __future__ import annotations

from flask import current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from feedback_app import clock
from feedback_app.access import admin_required
from feedback_app.extensions import db, limiter
from feedback_app.forms import ConfirmForm
from feedback_app.models import Account, AuditEvent
from feedback_app.providers import password_policy
from feedback_app.ratelimits import counter_key
from feedback_app.services import audit
from feedback_app.services.accounts import actor_kind, normalise_email
from feedback_app.services.inbox import inbox_summary
from feedback_app.services.sign_in import SignInError, sign_in, sign_in_with_code
from feedback_app.staff import bp, int_arg
from feedback_app.staff.forms import CodeForm, SignInForm


def _account_key() -> str:
    """Limit by the account tried (keyed, so the counter store holds no email address)."""
    # Not rotated daily: an hour's limit must not restart at midnight.
    return "signin:" + counter_key(normalise_email(request.form.get("email") or ""), daily=False)


def _failed(response: Response) -> bool:
    return bool(g.get("sign_in_failed"))


# The account whose password was right but whose code is still to come: not signed in yet.
PENDING = "two_step_pending"
PENDING_SECONDS = 300
# A new two-step secret, kept in the session until a code from it is confirmed.
SETUP = "two_step_setup"


def used_code_steps() -> dict[int, int]:
    """The newest code time step used per account in this process, so a code works once."""
    return current_app.extensions.setdefault("sv_totp_used_steps", {})


# When the signed-in session began, and when it last made a request (seconds, in the signed cookie).
SIGNED_IN_AT = "signed_in_at"
LAST_SEEN = "last_seen"


def start_session(account: Account) -> None:
    session.pop(PENDING, None)
    session.pop(SETUP, None)
    login_user(account, remember=False)
    session[SIGNED_IN_AT] = session[LAST_SEEN] = clock.unix_seconds()


@bp.before_app_request
def end_unattended_sessions() -> Response | None:
    """Sign out after SESSION_IDLE_MINUTES without a request, or SESSION_MAX_HOURS after signing
    in, so a shared office computer left signed in does not keep survivors' words open."""
    # Only a session that holds an account is looked at: loading current_user for any other
    # request would make Flask-Login's session protection clear a remember cookie never set.
    if request.blueprint not in ("staff", "board") or "_user_id" not in session \
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
    return redirect(url_for("staff.sign_in_page"), 303)


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
            if account.totp_secret:
                logout_user()
                session[PENDING] = {"id": account.id,
                                    "until": clock.unix_seconds() + PENDING_SECONDS}
                return redirect(url_for(".sign_in_code"), 303)
            start_session(account)
            return redirect(url_for(".home"), 303)
    status = 400 if form.errors else 200
    return render_template("staff/sign_in.html", form=form), status


@bp.route("/sign-in/code", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["SIGNIN_LIMIT_ACCOUNT"], key_func=_code_key,
               deduct_when=_failed, methods=["POST"], scope="sign-in-code")
def sign_in_code() -> str | Response | tuple[str, int]:
    account_id = _pending_account_id()
    if account_id is None:
        session.pop(PENDING, None)
        return redirect(url_for(".sign_in_page"), 303)
    form = CodeForm()
    if form.validate_on_submit():
        try:
            account = sign_in_with_code(db.session, account_id=account_id, code=form.code.data,
                                        used_steps=used_code_steps())
        except SignInError:
            g.sign_in_failed = True
            form.code.errors = [CodeForm.wrong_message()]
        else:
            start_session(account)
            return redirect(url_for(".home"), 303)
    status = 400 if form.errors else 200
    return render_template("staff/sign_in_code.html", form=form), status


@bp.route("/sign-out", methods=["POST"])
@login_required
def sign_out() -> Response:
    if ConfirmForm().validate_on_submit():
        audit.record(db.session, "account.signed_out", actor_kind=actor_kind(current_user),
                     actor_id=current_user.id, target_kind="account", target_id=current_user.id)
        db.session.commit()
        logout_user()
        session.pop(SETUP, None)
    return redirect(url_for(".sign_in_page"), 303)


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
    return render_template("staff/audit.html", page=page, filters=filters, actions=actions,
                           months=months, accounts=accounts, target_url=_target_url)
