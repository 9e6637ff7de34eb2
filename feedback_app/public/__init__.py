"""Public pages: the "you said, we did" change log, its Atom feed, the theme summary and the
outcomes."""

from flask import Blueprint

bp = Blueprint("public", __name__)

from feedback_app.public import outcome_routes, routes  # noqa: E402, F401  (registers views)
