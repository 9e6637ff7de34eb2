"""How each programme is doing, for anyone: the outcome page and its CSV and JSON exports.

Every figure comes from this month's public outcome snapshot (services/outcome_snapshots.py):
quarters that have ended, responses floored to 5 and shown from 10, shares rounded, intervals
worked out from those shown figures. The page and both exports print the same rows.
"""

from __future__ import annotations

import csv
import io

from flask import Response, abort, jsonify, render_template

from feedback_app.extensions import db
from feedback_app.models import Programme
from feedback_app.providers import catalogue, requested_programme
from feedback_app.public import bp
from feedback_app.services import outcome_snapshots, outcomes
from feedback_app.services.disclosure import PUBLIC_MIN, PUBLIC_STEP
from feedback_app.services.outcome_snapshots import EXPORT_COLUMNS, OutcomeSnapshot
from feedback_app.services.programmes import programmes_by_name


def _snapshot_and_programme() -> tuple[OutcomeSnapshot, Programme | None]:
    slug, programme = requested_programme()
    if slug and programme is None:
        abort(404)
    return outcome_snapshots.public_outcomes(db.session, catalogue()), programme


@bp.route("/outcomes")
def outcomes_page() -> str:
    snapshot, programme = _snapshot_and_programme()
    return render_template("public/outcomes.html", snapshot=snapshot, programme=programme,
                           programmes=programmes_by_name(db.session), public_min=PUBLIC_MIN,
                           public_step=PUBLIC_STEP,
                           provisional_below=outcomes.PROVISIONAL_BELOW)


@bp.route("/outcomes.csv")
def outcomes_csv() -> Response:
    snapshot, programme = _snapshot_and_programme()
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(outcome_snapshots.export_rows(snapshot, programme))
    name = f"outcomes-{programme.slug if programme else 'all'}-{snapshot.month:%Y-%m}.csv"
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.route("/outcomes.json")
def outcomes_json() -> Response:
    snapshot, programme = _snapshot_and_programme()
    return jsonify({"month": snapshot.month.isoformat(), "periods": snapshot.periods,
                    "columns": list(EXPORT_COLUMNS),
                    "rows": outcome_snapshots.export_rows(snapshot, programme)})
