"""A programme's printable report for a funder or a board meeting, one quarter or one year.

Staff of the programme and admins print it; every figure in it is by the public rules
(services/outcome_report.py), so it can leave the organisation.
"""

from __future__ import annotations

from flask import abort, render_template, request
from flask_login import current_user

from feedback_app import clock
from feedback_app.access import staff_required
from feedback_app.extensions import db
from feedback_app.models import Programme
from feedback_app.providers import catalogue
from feedback_app.services import outcome_report, outcomes
from feedback_app.services.disclosure import PUBLIC_MIN, PUBLIC_STEP
from feedback_app.services.errors import Reason
from feedback_app.services.programmes import programmes_by_name
from feedback_app.services.staff_themes import programmes_answered_for
from feedback_app.staff import bp


def _programme(slug: str) -> Programme:
    """The programme, if this person answers for it; another programme's is the kind 404, the
    same as one that does not exist, so a report's address tells nothing about others."""
    mine = programmes_answered_for(current_user)
    for programme in programmes_by_name(db.session, with_inactive=True):
        if programme.slug == slug and (mine is None or programme.id in mine):
            return programme
    abort(404)


@bp.route("/outcomes/<slug>/report")
@staff_required
def outcome_report_page(slug: str) -> tuple[str, int]:
    programme = _programme(slug[:80])
    today = clock.today()
    try:
        period = outcome_report.parse_period(request.args.get("period"), today=today)
    except outcome_report.ReportPeriodError as error:
        return render_template(
            "staff/outcome_report_periods.html", programme=programme,
            periods=outcome_report.periods_offered(today),
            not_over=error.reason == Reason.NOT_FOUND), \
            404 if error.reason == Reason.NOT_FOUND else 400
    report = outcome_report.outcome_report(db.session, catalogue(), programme, period)
    return render_template("staff/outcome_report.html", report=report,
                           periods=outcome_report.periods_offered(today),
                           public_min=PUBLIC_MIN, public_step=PUBLIC_STEP,
                           provisional_below=outcomes.PROVISIONAL_BELOW), 200
