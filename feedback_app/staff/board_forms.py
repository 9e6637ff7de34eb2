"""Staff forms for the advisory board: opening a review round, answering a recommendation."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length

from feedback_app.forms import InChoices, choices, clean_text, strip
from feedback_app.labels import RECOMMENDATION_STATUS_NAMES
from feedback_app.models import RECOMMENDATION_STATUSES
from feedback_app.services.board import BODY_MAX_CHARS, TITLE_MAX_CHARS


class OpenRoundForm(FlaskForm):
    title = StringField(
        _l("Title of the new round"),
        description=_l("For example the season or the programmes it looks at."),
        filters=[clean_text, strip],
        validators=[DataRequired(_l("Please give the round a title.")),
                    Length(max=TITLE_MAX_CHARS,
                           message=_l("Please keep it under %(max)d characters."))])


class ResponseForm(FlaskForm):
    status = SelectField(
        _l("Status"),
        choices=choices([(s, RECOMMENDATION_STATUS_NAMES[s]) for s in RECOMMENDATION_STATUSES]),
        validate_choice=False,
        validators=[InputRequired(_l("Please choose a status.")),
                    InChoices(_l("Please choose one of the statuses."))])
    response = TextAreaField(
        _l("Your answer to the board"),
        description=_l("Board members read it as written. Personal details such as names, "
                       "phone numbers and addresses are taken out before it is saved."),
        filters=[clean_text, strip],
        validators=[DataRequired(_l("Please write an answer.")),
                    Length(max=BODY_MAX_CHARS,
                           message=_l("Please keep it under %(max)d characters."))],
        render_kw={"maxlength": BODY_MAX_CHARS})
