"""Board pages: the review rounds, ranking the themes of an open round, recommendations."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.access import board_required
from feedback_app.board import bp
from feedback_app.board.forms import (
    RANK_PREFIX,
    BallotForm,
    RecommendationForm,
    ballot_form,
)
from feedback_app.extensions import db
from feedback_app.labels import RECOMMENDATION_STATUS_NAMES
from feedback_app.models import ReviewRound
from feedback_app.providers import catalogue, k_min, requested_programme
from feedback_app.services import board, figure_snapshots, outcome_snapshots, outcomes
from feedback_app.services.disclosure import effective_k_min
from feedback_app.services.programmes import programmes_by_name


@bp.route("/", endpoint="home")
@board_required
def home() -> str:
    return render_template("board/home.html", rounds=board.all_rounds(db.session))


def _round_page(found: ReviewRound, form: BallotForm | None = None,
                status: int = 200) -> tuple[str, int]:
    snapshot = figure_snapshots.board_figures(db.session, k_min=k_min())
    themes = board.round_themes(db.session, snapshot)
    visible = [view for view in themes if view.visible]
    chosen = board.own_ballot(db.session, round_id=found.id, account_id=current_user.id)
    if form is None:
        form = ballot_form(visible, chosen, formdata=None)
    return render_template("board/round.html", round=found, themes=themes, visible=visible,
                           form=form, voted=bool(chosen), k_min=snapshot.k_min,
                           month=snapshot.month,
                           priorities=board.priority_list(db.session, round_id=found.id)), status


@bp.route("/rounds/<int:round_id>")
@board_required
def round_page(round_id: int) -> tuple[str, int]:
    return _round_page(db.get_or_404(ReviewRound, round_id))


BALLOT_MESSAGES = {
    "empty": lambda: _("Please give at least one theme a number. 1 is the most important."),
    "unknown theme": lambda: _("Only the themes shown on this page can be ranked."),
    "out of range": lambda: _("Please choose a number from the list, or Not ranked."),
    "repeated rank": lambda: _("Each number can be used once. Please give these themes "
                               "different numbers."),
}


@bp.route("/rounds/<int:round_id>/ballot", methods=["POST"])
@board_required
def cast_ballot(round_id: int) -> Response | tuple[str, int]:
    found = db.get_or_404(ReviewRound, round_id)
    if found.state != "open":
        flash(_("This round is closed, so rankings can no longer change. Thank you for taking "
                "part."))
        return redirect(url_for(".round_page", round_id=round_id), 303)
    snapshot = figure_snapshots.board_figures(db.session, k_min=k_min())
    form = ballot_form(board.visible_themes(db.session, snapshot))
    if form.validate_on_submit():
        try:
            ranks = board.check_ballot(form.theme_ids, _posted_ranks())
            board.cast_ballot(db.session, round_id=round_id, account_id=current_user.id,
                              ranks=ranks, k_min=k_min())
        except board.RoundClosedError:
            flash(_("This round closed before your ranking arrived, so it was not saved."))
            return redirect(url_for(".round_page", round_id=round_id), 303)
        except board.BallotError as error:
            _ballot_errors(form, error)
        else:
            flash(_("Thank you. Your ranking is saved. You can change it while the round is "
                    "open."))
            return redirect(url_for(".round_page", round_id=round_id), 303)
    return _round_page(found, form, 400)


def _posted_ranks() -> dict[str, str]:
    """The number posted beside each theme, by the theme id as posted (``rank_12`` -> "12")."""
    return {key[len(RANK_PREFIX):]: value for key, value in request.form.items()
            if key.startswith(RANK_PREFIX)}


def _ballot_errors(form: BallotForm, error: board.BallotError) -> None:
    message = BALLOT_MESSAGES[error.problem]()
    fields = dict(form.rank_fields())
    marked = [fields[t] for t in error.theme_ids if t in fields] or [
        field for _id, field in form.rank_fields()][:1]
    for field in marked:
        field.errors = [*field.errors, message]


def _recommendations_page(form: RecommendationForm | None = None,
                          status: int = 200) -> tuple[str, int]:
    recommendations = board.all_recommendations(db.session)
    snapshot = figure_snapshots.board_figures(db.session, k_min=k_min())
    return render_template(
        "board/recommendations.html", recommendations=recommendations,
        names=board.theme_names(db.session, recommendations, snapshot),
        themes=board.recommendable_themes(db.session, snapshot),
        form=form or RecommendationForm(formdata=None), k_min=k_min(),
        status_names=RECOMMENDATION_STATUS_NAMES), status


@bp.route("/recommendations", endpoint="recommendations")
@board_required
def recommendations_page() -> tuple[str, int]:
    return _recommendations_page()


@bp.route("/recommendations/new", methods=["POST"])
@board_required
def write_recommendation() -> Response | tuple[str, int]:
    form = RecommendationForm()
    if form.validate_on_submit():
        try:
            board.write_recommendation(db.session, author_id=current_user.id,
                                       title=form.title.data, body=form.body.data,
                                       theme_ids=list(form.themes.data or []), k_min=k_min(),
                                       language=str(get_locale() or "en"))
        except board.RecommendationError:
            form.themes.errors = [_("Please tick themes from the list: only themes shown in an "
                                    "open round can be linked.")]
        else:
            flash(_("Thank you. Your recommendation was sent to the staff."))
            return redirect(url_for(".recommendations"), 303)
    return _recommendations_page(form, 400)


@bp.route("/outcomes")
@board_required
def outcomes_page() -> tuple[str, int]:
    """The programmes' outcome indicators by quarter, from this month's board snapshot: only
    what survivors let the board read, responses floored to K_MIN."""
    slug, programme = requested_programme()
    snapshot = outcome_snapshots.board_outcomes(db.session, catalogue(), k_min=k_min())
    return render_template("board/outcomes.html", snapshot=snapshot, programme=programme,
                           programmes=programmes_by_name(db.session),
                           k_min=effective_k_min(k_min()),
                           provisional_below=outcomes.PROVISIONAL_BELOW), \
        404 if slug and programme is None else 200
