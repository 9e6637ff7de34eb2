"""Public pages: the "you said, we did" change log, its Atom feed and the theme summary."""

from flask import Blueprint

from feedback_app.public.forms import change_status_name

bp = Blueprint("public", __name__)
bp.add_app_template_global(change_status_name, "change_status_name")

from feedback_app.public import routes  # noqa: E402, F401  (registers views)
