"""The survivor advisory board's pages: review rounds, ranking, recommendations."""

from flask import Blueprint

bp = Blueprint("board", __name__)

from feedback_app.board import routes  # noqa: E402, F401  (registers views)
