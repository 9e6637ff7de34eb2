"""How each programme is doing: the outcome indicators of the programmes a person answers for.

Staff read exact figures (they read each submission in the inbox anyway), by quarter or by
month, the current period marked "so far"; an admin reads every programme.
"""

from __future__ import annotations

from flask import render_template, request
from flask_login import current_user

from feedback_app import clock
from feedback_app.access import staff_required
from feedback_app.extensions import db
from feedback_app.models import Programme
from feedback_app.providers import catalogue
from feedback_app.services import outcomes
from feedback_app.services.programmes import programmes_by_name
from feedback_app.services.staff_themes import programmes_answered_for
from feedback_app.staff import bp


def _programmes() -> list[Programme]:
    mine = programmes_answered_for(current_user)
    every = programmes_by_name(db.session, with_inactive=True)
    return [p for p in every if mine is None or p.id in mine]


@bp.route("/outcomes")
@staff_required
def outcomes_page() -> tuple[str, int]:
    by = "month" if request.args.get("by") == "month" else "quarter"
    programmes = _programmes()
    slug = request.args.get("programme", "")[:80]
    chosen = [p for p in programmes if p.slug == slug] if slug else programmes
    series = outcomes.staff_series(db.session, catalogue(), chosen, today=clock.today(), by=by)
    return render_template("staff/outcomes.html", series=series, programmes=programmes,
                           chosen=chosen, slug=slug, by=by,
                           provisional_below=outcomes.PROVISIONAL_BELOW), \
        404 if slug and not chosen else 200
