"""Forms of the change log: staff write entries in feedback_app/staff/changelog_forms.py; this one
is the survivor's "did this change help you?" on their receipt page."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, RadioField
from wtforms.validators import InputRequired

from feedback_app.survivor.forms import InChoices, choices

HELPED_NAMES = {"yes": _l("Yes"), "partly": _l("A little"), "no": _l("No")}


class HelpedForm(FlaskForm):
    entry = IntegerField(validators=[InputRequired()])
    helped = RadioField(
        _l("Did this change help you?"),
        choices=choices(list(HELPED_NAMES.items())), validate_choice=False,
        validators=[InputRequired(_l("Please choose Yes, A little or No.")),
                    InChoices(_l("Please choose Yes, A little or No."))])


CHANGE_STATUS_NAMES = {
    "planned": _l("Planned"),
    "in progress": _l("We are working on it"),
    "done": _l("Done"),
    "not doing": _l("We are not doing this"),
}


def change_status_name(status: str) -> str:
    """A change-log status in plain words, in the page's language."""
    return str(CHANGE_STATUS_NAMES.get(status, status))
