"""Forms of the staff inbox: replies and moderation."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length

from feedback_app.forms import InChoices, choices, clean_text, strip
from feedback_app.models import SUBMISSION_STATUSES

STATUS_NAMES = {
    "received": _l("New"),
    "read": _l("Read"),
    "answered": _l("Answered"),
    "closed": _l("Closed"),
}


class ReplyForm(FlaskForm):
    body = TextAreaField(
        _l("Your reply to the person who wrote this"),
        description=_l("They read it with their receipt code. Personal details such as names, "
                       "phone numbers and addresses are taken out before it is saved."),
        filters=[clean_text, strip],
        validators=[DataRequired(_l("Please write a reply.")),
                    Length(max=4000, message=_l("Please keep it under %(max)d characters."))],
        render_kw={"maxlength": 4000},
    )


class StatusForm(FlaskForm):
    status = SelectField(
        _l("Status"), choices=choices([(s, STATUS_NAMES[s]) for s in SUBMISSION_STATUSES]),
        validate_choice=False,
        validators=[InputRequired(_l("Please choose a status.")),
                    InChoices(_l("Please choose one of the statuses."))])


class RedactForm(FlaskForm):
    phrase = StringField(
        _l("Words to take out"),
        description=_l("Every place these words appear in this answer becomes [redacted]."),
        filters=[clean_text, strip],
        validators=[DataRequired(_l("Please type the words to take out.")),
                    Length(max=500, message=_l("Please keep it under %(max)d characters."))])
