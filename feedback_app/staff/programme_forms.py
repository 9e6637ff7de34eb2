"""Forms for programmes (admins)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, Regexp

from feedback_app.forms import InChoices, clean_text

KIND_NAMES = {
    "shelter": _l("Shelter"),
    "legal-aid": _l("Legal aid"),
    "case-management": _l("Case management"),
    "health": _l("Health"),
    "job-training": _l("Job training"),
    "other": _l("Other"),
}


class ProgrammeForm(FlaskForm):
    name = StringField(_l("Name"), filters=[clean_text], validators=[
        DataRequired(_l("Please give the programme a name.")),
        Length(max=200, message=_l("Please keep it under %(max)d characters."))])
    kind = SelectField(_l("Kind of programme"), validate_choice=False, validators=[
        InputRequired(_l("Please choose a kind.")), InChoices(_l("Please choose a kind."))])
    survey = SelectField(_l("Survey"), validate_choice=False, validators=[
        InputRequired(_l("Please choose a survey.")),
        InChoices(_l("Please choose one of the published surveys."))])
    languages = SelectMultipleField(_l("Languages offered"), validate_choice=False)
    active = BooleanField(_l("Open for feedback"), default=True)
    sms_keyword = StringField(
        _l("SMS keyword (optional)"),
        description=_l("The word survivors text to start, like SHELTER: 2 to 20 letters or "
                       "digits. Case and accents do not matter. Leave empty for no SMS."),
        filters=[clean_text], validators=[Length(max=40)])


class NewProgrammeForm(ProgrammeForm):
    slug = StringField(
        _l("Short link name"),
        description=_l("Lowercase letters, digits and dashes, like safe-house. It is printed on "
                       "posters, so it cannot change later."),
        filters=[lambda v: v.strip().lower() if isinstance(v, str) else v],
        validators=[DataRequired(_l("Please give a short link name.")), Length(max=64),
                    Regexp(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$", message=_l(
                        "Use only lowercase letters, digits and dashes, like safe-house."))])
