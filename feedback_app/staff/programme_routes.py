"""Programmes: admins add and edit them; staff print a poster with the QR code."""

from __future__ import annotations

import segno
from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response
from wtforms import Field

from feedback_app.access import admin_required, staff_required
from feedback_app.extensions import db
from feedback_app.forms import choices
from feedback_app.links import absolute_url
from feedback_app.models import PROGRAMME_KINDS, Programme
from feedback_app.providers import catalogue, offered_languages
from feedback_app.services import inbox
from feedback_app.services.programmes import (
    KeywordError,
    KeywordProblem,
    ProgrammeError,
    ProgrammeField,
    add_programme,
    programmes_by_name,
    update_programme,
)
from feedback_app.services.surveys import text_in
from feedback_app.staff import bp
from feedback_app.staff.programme_forms import KIND_NAMES, NewProgrammeForm, ProgrammeForm


def _survey_choices() -> list[tuple[str, str]]:
    """'key' follows the newest version; 'key/N' pins version N."""
    surveys = catalogue()
    out = []
    for key in sorted(surveys.keys()):
        newest = surveys.get(key)
        title = text_in(newest.title, str(get_locale() or "en"))
        out.append((key, _("%(title)s (always the newest version)", title=title)))
        out.extend((f"{key}/{v}", _("%(title)s, version %(version)d", title=title, version=v))
                   for v in surveys.versions(key))
    return out


def _prepare(form: ProgrammeForm) -> ProgrammeForm:
    form.kind.choices = choices([(k, KIND_NAMES[k]) for k in PROGRAMME_KINDS])
    form.survey.choices = choices(_survey_choices())
    form.languages.choices = choices(offered_languages())
    return form


def _survey_of(value: str) -> tuple[str, int | None]:
    key, _sep, version = value.partition("/")
    return key, int(version) if version.isdigit() else None


@bp.route("/programmes")
@admin_required
def programmes() -> str:
    return render_template("staff/programmes.html",
                           programmes=programmes_by_name(db.session, with_inactive=True),
                           kinds=KIND_NAMES)


@bp.route("/programmes/new", methods=["GET", "POST"])
@admin_required
def new_programme() -> Response | tuple[str, int]:
    form = _prepare(NewProgrammeForm())
    if request.method == "GET":
        form.languages.data = list(current_app.config["LANGUAGES"])
    if form.validate_on_submit():
        key, version = _survey_of(form.survey.data)
        try:
            add_programme(db.session, catalogue(), slug=form.slug.data, name=form.name.data,
                          survey_key=key, kind=form.kind.data, survey_version=version,
                          actor_id=current_user.id, sms_keyword=form.sms_keyword.data,
                          languages=list(form.languages.data or []) or None)
        except ProgrammeError as error:
            _refused(form, error, otherwise=form.slug)
        else:
            flash(_("The programme was added."))
            return redirect(url_for(".programmes"), 303)
    return render_template("staff/programme_form.html", form=form, programme=None), (
        400 if form.errors else 200)


def _keyword_message(error: KeywordError) -> str:
    if error.problem is KeywordProblem.RESERVED:
        return _("Survivors text this word for something else, such as STOP or HELP. "
                 "Please choose another keyword.")
    if error.problem is KeywordProblem.TAKEN:
        return _("Another programme uses this keyword already. Please choose another.")
    return _("Use 2 to 20 letters (A to Z) or digits, starting with a letter, like SHELTER.")


def _refused(form: ProgrammeForm, error: ProgrammeError, *, otherwise: Field) -> None:
    """Put the service's refusal beside the field it names."""
    if isinstance(error, KeywordError):
        form.sms_keyword.errors = [_keyword_message(error)]
    elif error.field is ProgrammeField.LANGUAGES or otherwise is form.languages:
        form.languages.errors = [_("Choose at least one language that the survey has.")]
    else:
        otherwise.errors = [_("A programme with this short link name exists already, or the "
                              "survey is not published. Please check both.")]


def _programme_or_404(programme_id: int) -> Programme:
    programme = db.session.get(Programme, programme_id)
    if programme is None:
        abort(404)
    return programme


@bp.route("/programmes/<int:programme_id>/edit", methods=["GET", "POST"])
@admin_required
def edit_programme(programme_id: int) -> Response | tuple[str, int]:
    programme = _programme_or_404(programme_id)
    if request.method == "GET":
        form = _prepare(ProgrammeForm(formdata=None, name=programme.name, kind=programme.kind,
                                      active=programme.active, languages=programme.languages,
                                      sms_keyword=programme.sms_keyword or ""))
        form.survey.data = programme.survey_key + (
            f"/{programme.survey_version}" if programme.survey_version else "")
    else:
        form = _prepare(ProgrammeForm())
    if form.validate_on_submit():
        key, version = _survey_of(form.survey.data)
        try:
            update_programme(db.session, catalogue(), programme, name=form.name.data,
                             kind=form.kind.data, survey_key=key, survey_version=version,
                             languages=list(form.languages.data or []),
                             active=bool(form.active.data), actor_id=current_user.id,
                             sms_keyword=form.sms_keyword.data)
        except ProgrammeError as error:
            _refused(form, error, otherwise=form.languages)
        else:
            flash(_("The programme was saved."))
            return redirect(url_for(".programmes"), 303)
    return render_template("staff/programme_form.html", form=form, programme=programme), (
        400 if form.errors else 200)


def qr_data_uri(link: str) -> str:
    """The link as a QR code (segno, SVG) in a data: URI for an <img> with alt text."""
    return segno.make(link, error="m").svg_data_uri(scale=6, border=2)


@bp.route("/programmes/<int:programme_id>/poster")
@staff_required
def poster(programme_id: int) -> str:
    programme = _programme_or_404(programme_id)
    if programme not in inbox.programmes_of(db.session, current_user):
        abort(404)
    # The plain link: no tracking parameters, nothing that tells who printed it or where.
    link = absolute_url("survivor.programme_flow", slug=programme.slug)
    return render_template("staff/poster.html", programme=programme, link=link,
                           qr=qr_data_uri(link), sms_number=current_app.config["SMS_NUMBER"],
                           sms_on=current_app.extensions.get("sms_gateway") is not None)
