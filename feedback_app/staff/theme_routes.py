"""Curating themes in the browser: rename, merge, split, move an answer, re-run discovery.

Staff see and curate themes through their programmes' answers only (services/staff_themes.py).
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.access import staff_required
from feedback_app.extensions import db
from feedback_app.forms import ConfirmForm
from feedback_app.models import Answer
from feedback_app.services import inbox, staff_themes, themes
from feedback_app.services.staff_themes import StaffTheme, ThemeNotYoursError
from feedback_app.staff import bp
from feedback_app.staff.theme_forms import MergeForm, MoveForm, RenameForm, SplitForm
from feedback_app.templating import theme_name

Page = tuple[str, int]


def _not_yours() -> str:
    return _("This theme also holds feedback of programmes you do not answer for, so only an "
             "admin can change it.")


@bp.route("/themes", endpoint="themes")
@staff_required
def themes_page(merge_form: MergeForm | None = None, status: int = 200) -> Page:
    return render_template("staff/themes.html",
                           themes=staff_themes.themes_for(db.session, current_user),
                           merge_form=merge_form or MergeForm(formdata=None),
                           confirm=ConfirmForm()), status


def _theme_or_404(theme_id: int) -> StaffTheme:
    # Gone, retired, or holding nothing of this person's programmes: the kind 404 alike.
    view = staff_themes.theme_for(db.session, current_user, theme_id)
    if view is None:
        abort(404)
    return view


def _theme_page(theme_id: int, *, rename_form: RenameForm | None = None,
                split_form: SplitForm | None = None, status: int = 200) -> Page:
    view = _theme_or_404(theme_id)
    return render_template(
        "staff/theme.html", view=view,
        answers=themes.answers_in_theme(db.session, current_user, view.id), others=[
            t for t in staff_themes.themes_for(db.session, current_user)
            if t.id != view.id and t.curatable],
        rename_form=rename_form or RenameForm(formdata=None, label=view.label or ""),
        split_form=split_form or SplitForm(formdata=None), move_form=MoveForm(formdata=None),
        confirm=ConfirmForm()), status


@bp.route("/themes/<int:theme_id>")
@staff_required
def theme(theme_id: int) -> Page:
    return _theme_page(theme_id)


@bp.route("/themes/<int:theme_id>/rename", methods=["POST"])
@staff_required
def rename_theme(theme_id: int) -> Response | Page:
    _theme_or_404(theme_id)
    form = RenameForm()
    if not form.validate_on_submit():
        return _theme_page(theme_id, rename_form=form, status=400)
    try:
        themes.rename_theme(db.session, theme_id=theme_id, label=form.label.data,
                            actor_id=current_user.id)
    except ThemeNotYoursError:
        form.label.errors = [_not_yours()]
        return _theme_page(theme_id, rename_form=form, status=403)
    flash(_("The theme was renamed."))
    return redirect(url_for(".theme", theme_id=theme_id), 303)


@bp.route("/themes/<int:theme_id>/split", methods=["POST"])
@staff_required
def split_theme(theme_id: int) -> Response | Page:
    _theme_or_404(theme_id)
    form = SplitForm()
    status = 400
    if form.validate_on_submit():
        try:
            children = themes.split_theme(db.session, theme_id=theme_id, parts=form.parts.data,
                                          actor_id=current_user.id)
        except ThemeNotYoursError:
            form.parts.errors, status = [_not_yours()], 403
        except themes.ThemeError:
            form.parts.errors = [_("This theme has too few answers to split that many ways.")]
        else:
            flash(_("The theme was split into %(count)d themes.", count=len(children)))
            return redirect(url_for(".themes"), 303)
    return _theme_page(theme_id, split_form=form, status=status)


@bp.route("/themes/merge", methods=["POST"])
@staff_required
def merge_themes() -> Response | Page:
    form = MergeForm()
    status = 400
    if form.validate_on_submit():
        try:
            target = themes.merge_themes(db.session, source_ids=list(form.sources.data or []),
                                         target_id=form.target.data, actor_id=current_user.id)
        except ThemeNotYoursError:
            form.sources.errors, status = [_not_yours()], 403
        except themes.ThemeError:
            form.sources.errors = [_("Choose at least one theme to merge, and a different "
                                     "theme to merge it into.")]
        else:
            view = staff_themes.theme_for(db.session, current_user, target.id)
            flash(_("The themes were merged into “%(label)s”.",
                    label=theme_name(target.id, view.label if view else None)))
            return redirect(url_for(".theme", theme_id=target.id), 303)
    return themes_page(merge_form=form, status=status)


@bp.route("/answers/<randomid:answer_id>/move", methods=["POST"])
@staff_required
def move_answer(answer_id: int) -> Response:
    answer = db.session.get(Answer, answer_id)
    if answer is None:
        abort(404)
    # Not this person's to see: the error pages answer 404, as for a missing answer.
    inbox.submission_for(db.session, current_user, answer.submission_id)
    form = MoveForm()
    if not form.validate_on_submit():
        abort(400)
    # A theme that is gone or retired: the error pages answer 400; one that holds other
    # programmes' answers: 403.
    themes.move_answer(db.session, answer_id=answer_id, theme_id=form.theme.data,
                       actor_id=current_user.id)
    flash(_("The answer was moved. Re-running discovery will leave it there."))
    return redirect(url_for(".theme", theme_id=form.theme.data), 303)


@bp.route("/themes/refresh", methods=["POST"])
@staff_required
def refresh_themes() -> Response:
    if not ConfirmForm().validate_on_submit():
        abort(400)
    counts = themes.refresh_themes(db.session, actor_id=current_user.id)
    flash(_("Discovery ran over %(answers)d answers and found %(themes)d themes. Named, merged "
            "and split themes stayed as people left them.", answers=counts["answers"],
            themes=counts["themes"]))
    return redirect(url_for(".themes"), 303)
