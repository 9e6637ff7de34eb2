"""Accounts: admins invite people, make reset links and change roles, programmes, whether
two-step sign-in is required, and access. The invited join, and everyone sets up two-step
sign-in, on the auth pages.

One-time links are shown once, on the page that made them: this release sends no email.
"""

from __future__ import annotations

from flask import (
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from feedback_app.access import admin_required
from feedback_app.extensions import db
from feedback_app.forms import ConfirmForm, choices
from feedback_app.labels import ROLE_SHORT_NAMES
from feedback_app.links import absolute_url
from feedback_app.models import Account
from feedback_app.services import account_links, accounts
from feedback_app.services.programmes import programmes_by_name
from feedback_app.staff import bp
from feedback_app.staff.forms import (
    ActiveForm,
    InviteForm,
    ProgrammesForm,
    RequireTwoStepForm,
    RoleForm,
)

# Admin pages ------------------------------------------------------------------------------------


def _programme_choices(form: FlaskForm) -> FlaskForm:
    rows = programmes_by_name(db.session, with_inactive=True)
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
            link = absolute_url("auth.join", token=token)
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
    return _person_page(found, link=absolute_url("auth.reset", token=token))
