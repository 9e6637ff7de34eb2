"""Writing the "you said, we did" log: entries, status updates, themes, quotes, publishing."""

from __future__ import annotations

from typing import NamedTuple

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app import clock
from feedback_app.access import staff_required
from feedback_app.extensions import db
from feedback_app.forms import ConfirmForm, choices
from feedback_app.labels import CHANGE_STATUS_NAMES, HELPED_NAMES
from feedback_app.models import ChangeEntry
from feedback_app.providers import catalogue
from feedback_app.services import change_effect, change_feedback, figure_snapshots, staff_themes
from feedback_app.services import changelog as service
from feedback_app.services.errors import Reason
from feedback_app.services.inbox import programmes_of
from feedback_app.staff import bp
from feedback_app.staff.changelog_forms import (
    MAX_ID,
    EntryForm,
    NewEntryForm,
    QuoteForm,
    StatusForm,
    ThemesForm,
)
from feedback_app.templating import theme_name

Page = tuple[str, int]
ENTRY = f"/changes/<int(max={MAX_ID}):entry_id>"  # larger numbers get the kind 404
STATUS_PREFIX = "update"  # the status form's fields share names with the edit form's
Field = service.ChangeField
# What to say beside the field a service refusal names.
REFUSALS = {
    Field.TITLE: lambda: _("Please give the change a title."),
    Field.REASON: lambda: _("Please say why we are not doing this. People deserve to know."),
    Field.NOTE: lambda: _("Please write a short note about what changed."),
    Field.PROGRAMME: lambda: _("Please choose one of the programmes."),
    Field.STATUS: lambda: _("Please choose one of the statuses."),
    Field.THEMES: lambda: _("Please choose themes from the list."),
    Field.INDICATORS: lambda: _("Please choose from what the programme's survey asks about. "
                                "If you chose another programme, its own list is shown now."),
}


def _prepared(form: EntryForm) -> EntryForm:
    # Staff write only about the programmes they answer for; one about all of them is an admin's.
    every = [("", _("All programmes"))] if current_user.role == "admin" else []
    form.programme.choices = choices(every + [(str(p.id), p.name)
                                              for p in programmes_of(db.session, current_user)])
    return form


def _programme_id(form: EntryForm) -> int | None:
    """The programme the form speaks of: as posted or set if offered, else the first one."""
    offered = [choice.value for choice in form.programme.choices]
    chosen = form.programme.data if form.programme.data in offered else None
    if chosen is None and offered:
        chosen = offered[0]
    return int(chosen) if chosen else None


def _with_indicators(form: EntryForm) -> EntryForm:
    # Without script the list cannot follow the programme menu: it shows the programme's as
    # posted or saved, and says so.
    language = str(get_locale() or "en")
    form.indicators.choices = choices([
        (i.question, i.name(language))
        for i in service.indicator_choices(db.session, catalogue(), _programme_id(form))])
    return form


def _text(form: EntryForm) -> service.EntryText:
    return service.EntryText(title=form.title.data, heard=form.heard.data or "",
                             did=form.did.data or "", reason=form.reason.data or "",
                             programme_id=int(form.programme.data) if form.programme.data
                             else None, indicators=tuple(form.indicators.data or ()))


def _refused(form: EntryForm | StatusForm, error: service.ChangeLogError) -> None:
    named = error.field if error.field in REFUSALS else Field.TITLE
    field = getattr(form, named.value, None) or getattr(form, "title", None) or form.note
    field.errors = [REFUSALS[named]()]


def _saved(message: str, replaced: int) -> None:
    if replaced:
        message += " " + _("Personal details were taken out in %(count)d places. Please read "
                           "the text again.", count=replaced)
    flash(message)


@bp.route("/changes")
@staff_required
def changes() -> str:
    return render_template("staff/changes.html",
                           entries=service.entries_for(db.session, current_user),
                           statuses=CHANGE_STATUS_NAMES)


@bp.route("/changes/new", methods=["GET", "POST"])
@staff_required
def new_change() -> Response | Page:
    form = _prepared(NewEntryForm())
    if form.validate_on_submit():
        try:
            entry, replaced = service.create_entry(db.session, current_user, _text(form),
                                                   status=form.status.data,
                                                   note=form.note.data or "",
                                                   catalogue=catalogue())
        except service.ChangeLogError as error:
            _refused(form, error)
        else:
            _saved(_("The entry was saved as a draft. Link themes, then publish it."), replaced)
            return redirect(url_for(".change", entry_id=entry.id), 303)
    return render_template("staff/changes_new.html", form=_with_indicators(form)), \
        400 if form.errors else 200


def _entry_or_404(entry_id: int) -> ChangeEntry:
    # The error pages answer a missing entry with 404, another programme's with 403.
    return service.entry_for(db.session, current_user, entry_id)


def _page(entry_id: int, *, edit_form: EntryForm | None = None,
          status_form: StatusForm | None = None, themes_form: ThemesForm | None = None,
          quote_form: QuoteForm | None = None, status: int = 200) -> Page:
    entry = _entry_or_404(entry_id)
    if edit_form is None:
        edit_form = _prepared(EntryForm(formdata=None, title=entry.title, heard=entry.heard,
                                        did=entry.did, reason=entry.reason or "",
                                        indicators=[i.question for i in entry.indicators]))
        edit_form.programme.data = str(entry.programme_id or "")
    return render_template(
        "staff/changes_entry.html", entry=entry, edit_form=_with_indicators(edit_form),
        statuses=CHANGE_STATUS_NAMES,
        effect=change_effect.staff_effect(db.session, catalogue(), entry, today=clock.today()),
        min_responses=change_effect.EFFECT_MIN_RESPONSES, helped_names=HELPED_NAMES,
        # Survivors' answers as the public reads them: exact counts watched over time would
        # tell staff how someone they just met answered.
        tally=change_feedback.helped_tally(entry, figure_snapshots.public_figures(db.session)),
        status_form=status_form or StatusForm(formdata=None, prefix=STATUS_PREFIX,
                                                     status=entry.status),
        themes_form=themes_form or ThemesForm(
            formdata=None, themes=[link.theme_id for link in entry.themes]),
        quote_form=quote_form or QuoteForm(formdata=None), confirm=ConfirmForm(),
        themes=_theme_options(),
        candidates=service.quote_candidates(db.session, current_user, entry)), status


class ThemeOption(NamedTuple):
    id: int
    label: str


def _theme_options() -> list[ThemeOption]:
    """The themes this person sees, by the names they may see."""
    return [ThemeOption(view.id, theme_name(view.id, view.label))
            for view in staff_themes.themes_for(db.session, current_user)]


@bp.route(ENTRY)
@staff_required
def change(entry_id: int) -> Page:
    return _page(entry_id)


def _back(entry_id: int, message: str) -> Response:
    flash(message)
    return redirect(url_for(".change", entry_id=entry_id), 303)


@bp.route(f"{ENTRY}/edit", methods=["POST"])
@staff_required
def edit_change(entry_id: int) -> Response | Page:
    _entry_or_404(entry_id)
    form = _prepared(EntryForm())
    if form.validate_on_submit():
        try:
            replaced = service.edit_entry(db.session, current_user, entry_id, _text(form),
                                          catalogue=catalogue())
        except service.ChangeLogError as error:
            _refused(form, error)
        else:
            _saved(_("The entry was saved."), replaced)
            return redirect(url_for(".change", entry_id=entry_id), 303)
    return _page(entry_id, edit_form=form, status=400)


@bp.route(f"{ENTRY}/status", methods=["POST"])
@staff_required
def change_status(entry_id: int) -> Response | Page:
    _entry_or_404(entry_id)
    form = StatusForm(prefix=STATUS_PREFIX)
    if form.validate_on_submit():
        try:
            replaced = service.change_status(db.session, current_user, entry_id,
                                             status=form.status.data, note=form.note.data,
                                             reason=form.reason.data or "")
        except service.ChangeLogError as error:
            _refused(form, error)
        else:
            _saved(_("The update was added to the history."), replaced)
            return redirect(url_for(".change", entry_id=entry_id), 303)
    return _page(entry_id, status_form=form, status=400)


@bp.route(f"{ENTRY}/themes", methods=["POST"])
@staff_required
def link_change_themes(entry_id: int) -> Response | Page:
    _entry_or_404(entry_id)
    form = ThemesForm()
    if form.validate_on_submit():
        try:
            service.link_themes(db.session, current_user, entry_id, form.themes.data or [])
        except service.ChangeLogError:
            form.themes.errors = [REFUSALS[Field.THEMES]()]
        else:
            return _back(entry_id, _("The themes were saved."))
    return _page(entry_id, themes_form=form, status=400)


@bp.route(f"{ENTRY}/quotes", methods=["POST"])
@staff_required
def link_change_quote(entry_id: int) -> Response | Page:
    _entry_or_404(entry_id)
    form = QuoteForm()
    if form.validate_on_submit():
        try:
            service.link_quote(db.session, current_user, entry_id, form.answer.data)
        except service.ChangeLogError as error:
            form.answer.errors = [
                _("This quote is on the entry already.") if error.reason is Reason.CONFLICT
                else _("Only words a moderator approved, from someone who agreed to be quoted, "
                       "can be shown.")]
        else:
            return _back(entry_id, _("The quote was added."))
    return _page(entry_id, quote_form=form, status=400)


@bp.route(f"{ENTRY}/quotes/<randomid:answer_id>/remove", methods=["POST"])
@staff_required
def unlink_change_quote(entry_id: int, answer_id: int) -> Response:
    _entry_or_404(entry_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    service.unlink_quote(db.session, current_user, entry_id, answer_id)  # not linked: 404
    return _back(entry_id, _("The quote was taken off."))


@bp.route(f"{ENTRY}/publish", methods=["POST"])
@staff_required
def publish_change(entry_id: int) -> Response:
    _entry_or_404(entry_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    publish = request.form.get("publish") != "no"
    service.set_published(db.session, current_user, entry_id, publish)
    return _back(entry_id, _("The entry is public now.") if publish
                 else _("The entry is no longer public."))
