"""Staff pages for the advisory board: review rounds, the board's priority list (page and CSV),
and answering the board's recommendations."""

from __future__ import annotations

import csv
import io

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.access import staff_required
from feedback_app.extensions import db
from feedback_app.forms import ConfirmForm
from feedback_app.labels import RECOMMENDATION_STATUS_NAMES
from feedback_app.models import ReviewRound
from feedback_app.providers import k_min
from feedback_app.services import board, staff_themes
from feedback_app.staff import bp
from feedback_app.staff.board_forms import OpenRoundForm, ResponseForm


@bp.route("/rounds", endpoint="rounds")
@staff_required
def rounds_page(form: OpenRoundForm | None = None, status: int = 200) -> tuple[str, int]:
    return render_template("staff/board_rounds.html", rounds=board.all_rounds(db.session),
                           form=form or OpenRoundForm(formdata=None),
                           k_min=k_min()), status


@bp.route("/rounds/open", methods=["POST"])
@staff_required
def open_round() -> Response | tuple[str, int]:
    form = OpenRoundForm()
    if not form.validate_on_submit():
        return rounds_page(form, 400)
    found = board.open_round(db.session, title=form.title.data, actor_id=current_user.id)
    flash(_("The round is open. Board members can now read its themes and rank them."))
    return redirect(url_for(".round_priorities", round_id=found.id), 303)


@bp.route("/rounds/<int:round_id>/close", methods=["POST"])
@staff_required
def close_round(round_id: int) -> Response:
    db.get_or_404(ReviewRound, round_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        board.close_round(db.session, round_id=round_id, actor_id=current_user.id,
                          k_min=k_min())
    except board.RoundClosedError:
        flash(_("This round was closed already."))
    else:
        flash(_("The round is closed. Rankings can no longer change."))
    return redirect(url_for(".round_priorities", round_id=round_id), 303)


@bp.route("/rounds/<int:round_id>")
@staff_required
def round_priorities(round_id: int) -> str:
    found = db.get_or_404(ReviewRound, round_id)
    return render_template(
        "staff/board_round.html", round=found,
        priorities=board.priority_list(db.session, round_id=round_id))


def _csv_cell(value: object) -> str:
    """Text a spreadsheet will not run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@bp.route("/rounds/<int:round_id>/priorities.csv")
@staff_required
def round_priorities_csv(round_id: int) -> Response:
    db.get_or_404(ReviewRound, round_id)
    priorities = board.priority_list(db.session, round_id=round_id)
    if not priorities.published:
        flash(_("The priority list can be downloaded once the round has closed with at least "
                "%(min)d members voting.", min=priorities.minimum))
        return redirect(url_for(".round_priorities", round_id=round_id), 303)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["theme", "points", "place"])
    for row in priorities.priorities:
        label = row.label or _("Theme %(number)d", number=row.theme_id)
        writer.writerow([_csv_cell(label), row.points, row.place])
    return Response(out.getvalue(), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="board-priorities-{round_id}.csv"'})


def _recommendations_page(form: ResponseForm | None = None, form_for: int | None = None,
                          status: int = 200) -> tuple[str, int]:
    recommendations = board.all_recommendations(db.session)
    forms = {rec.id: form if form is not None and rec.id == form_for else ResponseForm(
        formdata=None, prefix=f"r{rec.id}", status=rec.status, response=rec.response or "")
        for rec in recommendations}
    return render_template("staff/board_recommendations.html", recommendations=recommendations,
                           status_names=RECOMMENDATION_STATUS_NAMES, forms=forms,
                           theme_labels=staff_themes.labels_for(db.session, current_user),
                           invalid=form), status


@bp.route("/recommendations", endpoint="recommendations")
@staff_required
def recommendations_page() -> tuple[str, int]:
    return _recommendations_page()


@bp.route("/recommendations/<int:recommendation_id>/answer", methods=["POST"])
@staff_required
def answer_recommendation(recommendation_id: int) -> Response | tuple[str, int]:
    board.get_recommendation(db.session, recommendation_id)  # none: the kind 404
    form = ResponseForm(prefix=f"r{recommendation_id}")
    if not form.validate_on_submit():
        return _recommendations_page(form, recommendation_id, 400)
    board.answer_recommendation(db.session, recommendation_id=recommendation_id,
                                status=form.status.data, response=form.response.data,
                                actor_id=current_user.id)
    flash(_("Your answer is saved. Board members can read it now."))
    return redirect(url_for(".recommendations", _anchor=f"rec-{recommendation_id}"), 303)
