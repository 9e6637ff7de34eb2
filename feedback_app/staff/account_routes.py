"""Accounts: admins invite people, make reset links and change roles, programmes, two-step and
access; invited people join; everyone may turn two-step sign-in (TOTP) on for themselves.

One-time links are shown once, on the page that made them: this release sends no email.
"""

from __future__ import annotations

import segno
from flask import (
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user, login_required, logout_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from werkzeug.wrappers import Response

from feedback_app.access import admin_required
from feedback_app.extensions import db, limiter
from feedback_app.forms import ConfirmForm, choices
from feedback_app.links import absolute_url
from feedback_app.models import Account, AccountLink, Programme
from feedback_app.providers import password_policy
from feedback_app.ratelimits import counter_key
from feedback_app.services import account_links, accounts
from feedback_app.services.two_step import (
    TwoStepError,
    disable_two_step,
    enable_two_step,
    new_totp_secret,
    totp_uri,
)
from feedback_app.staff import bp
from feedback_app.staff.forms import (
    ROLE_NAMES,
    ROLE_SHORT_NAMES,
    ActiveForm,
    CodeForm,
    InviteForm,
    JoinForm,
    NewPasswordForm,
    ProgrammesForm,
    RequireTwoStepForm,
    RoleForm,
    TwoStepOffForm,
)
from feedback_app.staff.routes import (
    SETUP,
    _failed,
    start_session,
    used_code_steps,
)

# Someone an admin requires to use two-step sign-in, who has not set it up yet, may open only these.
SET_UP_FIRST_ALLOWED = {"staff.two_step", "staff.two_step_on", "staff.sign_out"}


@bp.before_app_request
def _two_step_first() -> Response | None:
    if request.blueprint not in ("staff", "board") or request.endpoint in SET_UP_FIRST_ALLOWED:
        return None
    if "_user_id" not in session:  # not signed in: do not wake Flask-Login's session protection
        return None
    if (current_user.is_authenticated and current_user.totp_required
            and not current_user.totp_secret):
        return redirect(url_for("staff.two_step"), 303)
    return None


# Admin pages ------------------------------------------------------------------------------------


def _programme_choices(form: FlaskForm) -> FlaskForm:
    rows = db.session.scalars(select(Programme).order_by(Programme.name)).all()
    form.programmes.choices = choices([(str(p.id), p.name) for p in rows])
    return form


def _accounts_page(form: InviteForm | None = None, *, link: str | None = None,
                   status: int = 200) -> tuple[str, int]:
    form = form or _programme_choices(InviteForm(formdata=None))
    return render_template("staff/accounts.html", form=form, link=link,
                           accounts=accounts.all_accounts(db.session),
                           pending=account_links.pending_links(db.session),
                           role_names=ROLE_SHORT_NAMES), status


@bp.route("/accounts", endpoint="accounts")
@admin_required
def accounts_page() -> tuple[str, int]:
    return _accounts_page()


@bp.route("/accounts/invite", methods=["POST"])
@admin_required
def invite() -> tuple[str, int]:
    form = _programme_choices(InviteForm())
    if form.validate_on_submit():
        try:
            token = account_links.invite(db.session, email=form.email.data,
                                         role=form.role.data,
                                         programme_ids=[int(i) for i in form.programmes.data or []],
                                         actor_id=current_user.id,
                                         hours=current_app.config["INVITE_HOURS"])
        except accounts.EmailTakenError:
            form.email.errors = [_("This person has an account already: you will find them in "
                                   "the list below. If they forgot their password, make them a "
                                   "reset link there.")]
        except accounts.AccountError:
            form.email.errors = [_("Please check the email address, the role and the "
                                   "programmes, and try again.")]
        else:
            link = absolute_url(".join", token=token)
            return _accounts_page(link=link)
    return _accounts_page(form, status=400)


def _account_or_404(account_id: int) -> Account:
    account = db.session.get(Account, account_id)
    if account is None:
        abort(404)
    return account


def _person_page(account: Account, *, link: str | None = None, status: int = 200,
                 **forms: FlaskForm) -> tuple[str, int]:
    forms.setdefault("role_form", RoleForm(formdata=None, role=account.role))
    forms.setdefault("programmes_form", _programme_choices(ProgrammesForm(
        formdata=None, programmes=[str(p.id) for p in account.programmes])))
    forms.setdefault("two_step_form", RequireTwoStepForm(
        formdata=None, required="yes" if account.totp_required else "no"))
    forms.setdefault("active_form", ActiveForm(formdata=None,
                                               active="yes" if account.active else "no"))
    return render_template("staff/accounts_person.html", account=account, link=link,
                           role_names=ROLE_SHORT_NAMES, **forms), status


@bp.route("/accounts/<int:account_id>")
@admin_required
def account(account_id: int) -> tuple[str, int]:
    return _person_page(_account_or_404(account_id))


def _changed(account: Account) -> Response:
    flash(_("Saved."))
    return redirect(url_for(".account", account_id=account.id), 303)


def _unchanged(account: Account) -> Response:
    flash(_("Nothing changed: the account was like that already."))
    return redirect(url_for(".account", account_id=account.id), 303)


@bp.route("/accounts/<int:account_id>/role", methods=["POST"])
@admin_required
def change_role(account_id: int) -> Response | tuple[str, int]:
    found, form = _account_or_404(account_id), RoleForm()
    if form.validate_on_submit():
        try:
            accounts.change_role(db.session, account_id=found.id, role=form.role.data,
                                 actor_id=current_user.id)
        except accounts.NothingToChangeError:
            return _unchanged(found)
        except accounts.LastAdminError:
            form.role.errors = [_("This is the last active admin. Please make someone else an "
                                  "admin first.")]
        except accounts.AccountError:
            form.role.errors = [_("Please choose one of the roles.")]
        else:
            return _changed(found)
    return _person_page(found, role_form=form, status=400)


@bp.route("/accounts/<int:account_id>/programmes", methods=["POST"])
@admin_required
def set_programmes(account_id: int) -> Response | tuple[str, int]:
    found, form = _account_or_404(account_id), _programme_choices(ProgrammesForm())
    if form.validate_on_submit():
        try:
            accounts.set_programmes(db.session, account_id=found.id,
                                    programme_ids=[int(i) for i in form.programmes.data or []],
                                    actor_id=current_user.id)
        except accounts.AccountError:
            form.programmes.errors = [_("Only staff answer for chosen programmes: admins see "
                                        "every programme and the board sees none.")]
        else:
            return _changed(found)
    return _person_page(found, programmes_form=form, status=400)


@bp.route("/accounts/<int:account_id>/two-step", methods=["POST"])
@admin_required
def require_two_step(account_id: int) -> Response | tuple[str, int]:
    found, form = _account_or_404(account_id), RequireTwoStepForm()
    if form.validate_on_submit():
        try:
            accounts.require_two_step(db.session, account_id=found.id,
                                      required=form.required.data == "yes",
                                      actor_id=current_user.id)
        except accounts.NothingToChangeError:
            return _unchanged(found)
        return _changed(found)
    return _person_page(found, two_step_form=form, status=400)


@bp.route("/accounts/<int:account_id>/active", methods=["POST"])
@admin_required
def set_active(account_id: int) -> Response | tuple[str, int]:
    found, form = _account_or_404(account_id), ActiveForm()
    if form.validate_on_submit():
        try:
            accounts.set_active(db.session, account_id=found.id,
                                active=form.active.data == "yes", actor_id=current_user.id)
        except accounts.NothingToChangeError:
            return _unchanged(found)
        except accounts.OwnAccountError:
            form.active.errors = [_("You cannot stop your own account. Ask another admin.")]
        except accounts.LastAdminError:
            form.active.errors = [_("This is the last active admin. Please make someone else an "
                                    "admin first.")]
        else:
            return _changed(found)
    return _person_page(found, active_form=form, status=400)


@bp.route("/accounts/<int:account_id>/reset-link", methods=["POST"])
@admin_required
def make_reset_link(account_id: int) -> Response | tuple[str, int]:
    found = _account_or_404(account_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    token = account_links.make_reset_link(db.session, account_id=found.id,
                                          actor_id=current_user.id,
                                          hours=current_app.config["RESET_HOURS"])
    return _person_page(found, link=absolute_url(".reset", token=token))


# One-time links: joining and choosing a new password ---------------------------------------------


def _link_gone() -> tuple[str, int]:
    """The same page for an unknown, used or expired link: nothing tells which."""
    return render_template("staff/join.html", gone=True, form=None, link=None), 404


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
            return redirect(url_for(".home"), 303)
    return render_template("staff/join.html", gone=False, form=form, link=link,
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
    return render_template("staff/reset.html", form=form, link=link), 400 if form.errors else 200


# Two-step sign-in for oneself --------------------------------------------------------------------


def _grouped(secret: str) -> str:
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def _two_step_page(*, code_form: CodeForm | None = None, off_form: TwoStepOffForm | None = None,
                   status: int = 200) -> tuple[str, int]:
    context: dict[str, object] = {"off_form": off_form or TwoStepOffForm(formdata=None)}
    if not current_user.totp_secret:
        secret = session.get(SETUP)
        if not isinstance(secret, str) or len(secret) != 32:
            secret = session[SETUP] = new_totp_secret()
        uri = totp_uri(secret, email=current_user.email,
                       issuer=current_app.config["ORGANISATION_NAME"])
        context.update(secret=_grouped(secret),
                       qr=segno.make(uri, error="m").svg_data_uri(scale=5, border=2),
                       code_form=code_form or CodeForm(formdata=None))
    return render_template("staff/two_step.html", **context), status


@bp.route("/two-step", endpoint="two_step")
@login_required
def two_step() -> tuple[str, int]:
    return _two_step_page()


@bp.route("/two-step/on", methods=["POST"])
@login_required
def two_step_on() -> Response | tuple[str, int]:
    form = CodeForm()
    secret = session.get(SETUP)
    if current_user.totp_secret or not isinstance(secret, str):
        return redirect(url_for(".two_step"), 303)
    if form.validate_on_submit():
        try:
            enable_two_step(db.session, account_id=current_user.id, secret=secret,
                            code=form.code.data, used_steps=used_code_steps())
        except TwoStepError:
            form.code.errors = [CodeForm.wrong_message()]
        else:
            session.pop(SETUP, None)
            flash(_("Two-step sign-in is on. From now on you will type a code from your app "
                    "after your password."))
            return redirect(url_for(".home"), 303)
    return _two_step_page(code_form=form, status=400)


def _own_account_key() -> str:
    return "two-step-off:" + counter_key(str(current_user.get_id()), daily=False)


@bp.route("/two-step/off", methods=["POST"])
@login_required
@limiter.limit(lambda: current_app.config["SIGNIN_LIMIT_ACCOUNT"], key_func=_own_account_key,
               deduct_when=_failed, methods=["POST"], scope="two-step-off")
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
