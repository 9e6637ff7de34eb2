"""The survivor's side: programme entry, consent, survey, preview, receipt, return, withdraw."""

from flask import Blueprint

bp = Blueprint("survivor", __name__)

from feedback_app.survivor import receipt_routes, routes  # noqa: E402, F401  (registers views)
