"""Public pages: the "you said, we did" change log, its Atom feed and the theme summary."""

from flask import Blueprint

bp = Blueprint("public", __name__)

from feedback_app.public import routes  # noqa: E402, F401  (registers views)
