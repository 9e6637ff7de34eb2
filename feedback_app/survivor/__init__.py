"""The survivor's side: programme entry, consent, survey, preview, receipt, return, withdraw."""

from flask import Blueprint
from flask_babel import format_date

from feedback_app.survivor.helpers import LANGUAGE_NAMES, marked, status_text

bp = Blueprint("survivor", __name__)
bp.add_app_template_filter(marked, "marked")
bp.add_app_template_global(status_text, "status_text")
bp.add_app_template_global(format_date, "format_date")
bp.add_app_template_global(LANGUAGE_NAMES, "language_names")

from feedback_app.survivor import receipt_routes, routes  # noqa: E402, F401  (registers views)
